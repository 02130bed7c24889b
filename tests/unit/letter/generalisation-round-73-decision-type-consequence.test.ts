/**
 * Round 73b (A): decisionType when the result is told only by what happens next: a part asked for that the citizen goes on
 * managing on their own beside a grant (partial); the thing asked for left to the citizen to buy if they still want it, with
 * "for at De kan blive boende" read as the aim of a need and not as a grant (refusal); and a refused period beside an asked
 * period told only as where the child is then (partial). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nHenrik Skov\nVisitator\n';
const OPEN = 'Egelund Kommune\nSocial og Sundhed\n\nDato: 14. april 2026\n\n';

const type = (subject: string, salutation: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\n' + salutation + '\n\n' + body + END, { date: new Date('2026-04-14T12:00:00') }).decisionType;

describe('decisionType: a part asked for, left to the citizen as before, beside a grant is partial', () => {
  it('"Indkøbene, som du også bad om hjælp til, står du stadig selv for"', () =>
    expect(type('Hjælp til rengøring', 'Kære Bodil', 'Tak for din ansøgning af 20. marts.\n\nFra uge 17 gør hjemmeplejen rent hos dig hver 14. dag i 1 time.\n\nIndkøbene, som du også bad om hjælp til, står du stadig selv for.\n\nDin datter handler ind for dig hver lørdag, og det kan fortsætte.')).toBe('delvis'));
  it('the thing named in the ask: "Tøjvasken klarer du fortsat selv"', () =>
    expect(type('Din ansøgning om praktisk hjælp', 'Kære Poul', 'Du har søgt om hjælp til rengøring og tøjvask, efter du har fået en ny hofte.\n\nHjemmeplejen kommer og gør rent hos dig hver anden uge fra den 1. maj.\n\nTøjvasken klarer du fortsat selv, for vaskemaskinen står i køkkenet.')).toBe('delvis'));
  it('look-alike: help the citizen never asked for stays theirs, a plain grant', () =>
    expect(type('Hjælp til rengøring', 'Kære Bodil', 'Du har søgt om hjælp til rengøring.\n\nFra uge 17 gør hjemmeplejen rent hos dig hver 14. dag i 1 time.\n\nDerfor skal du fortsat selv betale dine egne rengøringsmidler.')).toBe('bevilling'));
});

describe('decisionType: the thing asked for left to the citizen to get, if they still want it, is a refusal', () => {
  it('"Vil du stadig have en el-scooter, må du selv købe den"', () =>
    expect(type('Din ansøgning om el-scooter', 'Kære Hanne', 'Tak for din ansøgning af 3. marts om en el-scooter.\n\nVil du stadig have en el-scooter, må du selv købe den.\n\nVi har lagt vægt på, at du kan gå 500 meter med din rollator, og at bussen holder lige ved dit hus.')).toBe('afslag'));
  it('"Hvis I fortsat ønsker et badekar, skal I selv betale"', () =>
    expect(type('Jeres ansøgning om badekar', 'Kære Lise og Ole', 'Vi har fået jeres ansøgning om et badekar til Noah.\n\nHvis I fortsat ønsker et badekar, skal I selv betale for det og for ombygningen.\n\nNoah kan bades sikkert i brusebadet med den badestol, han har.')).toBe('afslag'));
  it('"for at du kan blive boende" is the aim of a need, not a grant', () =>
    expect(type('Din ansøgning om rampe', 'Kære Erik', 'Tak for din ansøgning om en rampe ved hoveddøren.\n\nØnsker du fortsat en rampe, må du selv sørge for at få den lavet og betale den.\n\nEn rampe er ikke nødvendig, for at du kan blive boende i huset, da du kan bruge bagdøren uden trin.')).toBe('afslag'));
  it('look-alike: the thing granted and a share the citizen pays, no wish-condition', () =>
    expect(type('Din ansøgning om el-scooter', 'Kære Hanne', 'Tak for din ansøgning af 3. marts om en el-scooter.\n\nDu kan få en el-scooter fra hjælpemiddeldepotet.\n\nØnsker du en anden model, må du selv betale forskellen.')).toBe('bevilling'));
});

describe('decisionType: an asked period told only as where the child is then, beside a refused one, is partial', () => {
  it('"I efterårsferien er Sofie hos plejefamilien" beside a refused weekend', () =>
    expect(type('Ekstra aflastning', 'Kære Mette', 'Du spurgte den 2. september, om Sofie kunne få ekstra aflastning i efterårsferien og den 25. oktober.\n\nI efterårsferien er Sofie hos plejefamilien Brandt fra mandag til torsdag.\n\nAflastning den 25. oktober kan vi ikke bevilge.\n\nFamilien Brandt har selv gæster den dag.')).toBe('delvis'));
  it('"I uge 42 bliver Malte på aflastningsstedet" beside a refused week', () =>
    expect(type('Aflastning i ferierne', 'Kære Ida og Kasper', 'I har søgt om aflastning til Malte i uge 42 og i uge 52.\n\nI uge 42 bliver Malte på aflastningsstedet Solsikken fra søndag til fredag.\n\nUge 52 kan vi ikke dække, fordi Solsikken holder lukket i julen.')).toBe('delvis'));
  it('look-alike: only the refused period is named again, a refusal', () =>
    expect(type('Aflastning i ferierne', 'Kære Ida og Kasper', 'I har søgt om aflastning til Malte i uge 42.\n\nUge 42 kan vi ikke dække, fordi Solsikken holder lukket.\n\nMalte var hos Solsikken i uge 30, og det gik godt.')).toBe('afslag'));
});

describe('decisionType: a wish with an adverb ("ønsker derfor, at kommunen dækker …") is what was asked, not a part granted', () => {
  it('"De ønsker derfor, at kommunen dækker svømmeundervisning til 420 kr. om måneden" in a refusal', () =>
    expect(type('Ansøgning om merudgifter', 'Kære Hanne Berg', 'Deres ansøgning om tilskud til svømmeundervisning kan ikke imødekommes.\n\nDe har oplyst, at Mads har brug for at styrke sin motorik. De ønsker derfor, at kommunen dækker svømmeundervisning til 420 kr. om måneden.\n\nVi har lagt vægt på, at svømmeundervisning er en almindelig fritidsaktivitet for børn.')).toBe('afslag'));
  it('"Du ønsker også, at kommunen betaler kørslen" in a refusal', () =>
    expect(type('Din ansøgning om kørsel', 'Kære Johan', 'Vi kan ikke give dig tilskud til kørsel til fysioterapi.\n\nDu ønsker også, at kommunen betaler kørslen til træning om lørdagen, 300 kr. om måneden.\n\nDu kan tage bussen, der holder ved din dør, og du har selv oplyst, at du tager den til byen hver uge.')).toBe('afslag'));
  it('look-alike: the answer after the wish is a part granted', () =>
    expect(type('Ansøgning om merudgifter', 'Kære Hanne Berg', 'De ønsker, at kommunen dækker svømmeundervisning og ridning.\n\nKommunen dækker derfor svømmeundervisning med 420 kr. om måneden. Ridning kan vi ikke dække.\n\nVi har lagt vægt på, at Mads kan styrke sin motorik i svømmehallen.')).toBe('delvis'));
});
