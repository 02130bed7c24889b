/**
 * Round 60: begrundelse, faktiske-oplysninger, hovedhensyn and opfoelgning — reasons that are empty (the source named with
 * only that it came in, the verdict that the amount given is right, an offer of other help under the reasons heading), the
 * reason announced with what it is the reason for, the applicant's own account told right after the application, a dated
 * document named between the auxiliary and the finding, a weight that names the reader's situation before the rule, and
 * follow-up at a named meeting, when the granted span has run, or as a table field. Held-out sets 40 and 41 measured once
 * before they were fixed, plus older rows. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const el = (t: string, e: string) => analyzeLetter(t, opts).elements[e as 'begrundelse']!.present;
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nAnne Dahl\nSagsbehandler\n';

describe('begrundelse: empty reasons stay absent', () => {
  const offer = (after: string) =>
    'Kære Bo\n\nDu har søgt om plads i et længerevarende botilbud. Du får afslag.\n\nBegrundelse:\nDu vurderes ikke at have et behov for omfattende hjælp til daglige funktioner. Der er lagt vægt på, at du ikke opfylder betingelserne i servicelovens § 108.\n\n' +
    after + END;
  it('an offer of other help with two words before "tilbyde", under the heading, is no reason', () =>
    expect(el(offer('Kommunen kan i stedet tilbyde dig bostøtte i din lejlighed efter servicelovens § 85. Ring til os, hvis du vil have det.'), 'begrundelse')).toBe(false));
  it('look-alike: a concrete reason under the heading still counts', () =>
    expect(el(offer('Du kan bo i din egen lejlighed, fordi du selv klarer at handle, lave mad og tage din medicin.'), 'begrundelse')).toBe(true));

  const grant = (source: string) =>
    'Kære Lise\n\nKommunen har ' + source + ' besluttet at bevilge dig dækning af tabt arbejdsfortjeneste efter servicelovens § 42 til pasning af din datter.\n\nDu får dækket 12 timer om ugen fra 1. juni 2026.\n\nMed venlig hilsen\nPer\n';
  it('"på baggrund af de oplysninger, vi har modtaget" before deciding is no reason', () =>
    expect(el(grant('på baggrund af de oplysninger, vi har modtaget,'), 'begrundelse')).toBe(false));
  it('look-alike: a cause of the case before deciding is a reason', () =>
    expect(el(grant('fordi din datter efter sin operation skal passes hjemme i fire måneder, og derfor har vi'), 'begrundelse')).toBe(true));

  const verdict = (v: string) =>
    'Kære Tina\n\nI har søgt om en støtteperson til Emil 5 timer om ugen.\n\nVi har talt med Emils lærer og med jer.\n\n' + v +
    '\n\nEmil får derfor en støtteperson efter barnets lov § 32 i 2 timer om ugen. De sidste 3 timer får I afslag på.' + END;
  it('"Vi vurderer, at 2 timer om ugen er tilstrækkeligt til Emil" is the verdict, no reason', () =>
    expect(el(verdict('Vi vurderer, at 2 timer om ugen er tilstrækkeligt til Emil.'), 'begrundelse')).toBe(false));
  it('look-alike: the same verdict with a fact of the case behind it is a reason', () =>
    expect(el(verdict('Vi vurderer, at 2 timer om ugen er nok, fordi Emil allerede går til spejder to eftermiddage om ugen.'), 'begrundelse')).toBe(true));
});

describe('begrundelse: the reason announced with what it is the reason for', () => {
  const change = (why: string) => 'Kære Hanne\n\nDin rengøring flyttes fra mandag til onsdag fra uge 12.\n\n' + why + END;
  it('"Grunden til flytningen er, at …" with a concrete cause is a reason', () =>
    expect(el(change('Grunden til flytningen er, at leverandøren har lagt sine ruter om i dit område.'), 'begrundelse')).toBe(true));
  it('look-alike: the party\'s own reason for applying is not ours', () =>
    expect(el('Kære Hanne\n\nDu har søgt om rengøring hver uge. Du får afslag.\n\nGrunden til din ansøgning er, at du har ondt i ryggen.' + END, 'begrundelse')).toBe(false));
});

describe('faktiske-oplysninger', () => {
  it('information only said to have come in ("de oplysninger, vi har modtaget,") is no fact', () =>
    expect(el('Kære Lise\n\nKommunen har på baggrund af de oplysninger, vi har modtaget, besluttet at bevilge dig tabt arbejdsfortjeneste.\n\nDu får 12 timer om ugen.\n\nMed venlig hilsen\nPer\n', 'faktiske-oplysninger')).toBe(false));
  it('look-alike: what the information says is a fact', () =>
    expect(el('Kære Lise\n\nDe oplysninger, vi har modtaget fra sygehuset, viser, at din datter skal passes hjemme i fire måneder.\n\nDu får 12 timer om ugen.\n\nMed venlig hilsen\nPer\n', 'faktiske-oplysninger')).toBe(true));

  const told = (talk: string) =>
    'Kære Rikke\n\n' + talk + 'Du har søgt om en støtteperson til Oliver. Du har fortalt, at Oliver sidder meget alene på sit værelse, og at du er bekymret for ham.\n\nVi vurderer ikke, at der er behov for en støtteperson nu, og du får derfor afslag.' + END;
  it('the applicant\'s account told right after the application, with no talk named, is their view', () =>
    expect(el(told(''), 'faktiske-oplysninger')).toBe(false));
  it('look-alike: the same account with the talk it came out of named is a fact', () =>
    expect(el(told('Tak for en god snak i telefonen i tirsdags.\n\n'), 'faktiske-oplysninger')).toBe(true));

  it('a dated document named between "har i sin" and the finding is a fact', () =>
    expect(el('Kære Ole\n\nDu har søgt om et værkstedstilbud. Du får afslag.\n\nJobcentret har i sin indstilling af 4. marts 2026 konkluderet, at du kan arbejde i et fleksjob.' + END, 'faktiske-oplysninger')).toBe(true));
  it('look-alike: a document still to come is no fact', () =>
    expect(el('Kære Ole\n\nDu har søgt om et værkstedstilbud. Du får afslag.\n\nJobcentret vil i sin indstilling af 4. marts 2026 se på, om du kan arbejde i et fleksjob.' + END, 'faktiske-oplysninger')).toBe(false));
});

describe('hovedhensyn: the reader\'s situation weighed before the rule', () => {
  const w = (clause: string) => 'Kære Jytte\n\nDu har søgt om kørsel til træning. Du får ikke kørsel.\n\nVi har lagt vægt på, at ' + clause + END;
  it('"at du selv kan …, og at kørsel kun gives til borgere, der …" names a consideration', () =>
    expect(el(w('du selv kan tage bussen, og at kørsel kun gives til borgere, der ikke selv kan komme frem.'), 'hovedhensyn')).toBe(true));
  it('look-alike: the rule alone names none', () =>
    expect(el(w('kørsel kun gives til borgere, der ikke selv kan komme frem.'), 'hovedhensyn')).toBe(false));
});

describe('opfoelgning', () => {
  const letter = (body: string) => 'Kære Åse\n\nDu får afslag på en plejebolig. Du får fortsat hjemmehjælp.\n\n' + body + END;
  it('a look again at a named meeting with its month is a follow-up', () =>
    expect(el(letter('Udvalget vil drøfte din situation igen på udvalgsmødet i oktober 2026.'), 'opfoelgning')).toBe(true));
  it('look-alike: the complaint\'s "ser på sagen igen" with no meeting and time is none', () =>
    expect(el(letter('Hvis du klager, ser vi på sagen igen.'), 'opfoelgning')).toBe(false));

  const training = (body: string) => 'Kære Poul\n\nDu får genoptræning 2 gange om ugen på Træningscentret.\n\n' + body + END;
  it('"Når de 10 uger er gået, ser vi på, om …" is a follow-up', () =>
    expect(el(training('Når de 10 uger er gået, ser vi sammen med dig på, om du har brug for flere gange.'), 'opfoelgning')).toBe(true));
  it('look-alike: the help that just stops when the span has run is none', () =>
    expect(el(training('Når de 10 uger er gået, stopper træningen, og du kan selv gå til motion i hallen.'), 'opfoelgning')).toBe(false));

  it('a "Periode" field with the dates on the next line says how long the help lasts', () =>
    expect(el(training('Indsats\n\nHoldtræning\n\nPeriode\n\n4. maj til 10. juli 2026'), 'opfoelgning')).toBe(true));
  it('look-alike: an "Omfang" field with the times on the next line is no period', () =>
    expect(el(training('Indsats\n\nHoldtræning\n\nOmfang\n\n2 gange om ugen'), 'opfoelgning')).toBe(false));
});
