/**
 * Round 59: follow-up (a bare "Periode:" field with two dates, "Næste gennemgang: <time>", a document's span and a law
 * amount's yearly rise left out), scope that goes on in a refusal ("modtager fortsat den hjælp, De har i dag: …"), aim with
 * the verb put first and the aim of other help the citizen "kan få" in a refusal, reasons in a fronted "Fordi" clause with
 * an inverted verdict and old help that runs out in a grant, a report with its time between "har" and "skrevet", and a
 * professional's report with an indefinite article; blind batches ed and ee measured once as unseen letters before they
 * were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-03-01T12:00:00') };
const END = '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLone Berg\n';
const has = (t: string, el: ElementId) => present(t, el, opts);

describe('opfoelgning: a "Periode:" field with both ends as dates', () => {
  const grant = (field: string) =>
    'Kære Mette\n\nDu får dækket tabt arbejdsfortjeneste efter barnets lov § 87.\n\nBevilget: 15 timer om ugen\n' + field + '\n\nPengene kommer på din NemKonto.' + END;
  it('"Periode: 01-04-2026 til 30-09-2026" says how long the grant lasts', () =>
    expect(has(grant('Periode: 01-04-2026 til 30-09-2026'), 'opfoelgning')).toBe(true));
  it('an applied-for period on its line, "Ansøgt periode: …", is none', () =>
    expect(has(grant('Ansøgt periode: 01-04-2026 til 30-09-2026'), 'opfoelgning')).toBe(false));
});

describe('opfoelgning: the next review as a field with its time', () => {
  const letter = (line: string) =>
    'Kære Bo\n\nDin merudgiftsydelse bliver sat ned til 600 kr. om måneden fra 1. april, fordi du ikke længere køber medicin.\n\n' + line + END;
  it('"Næste gennemgang: marts 2027" is a look ahead', () => expect(has(letter('Næste gennemgang: marts 2027.'), 'opfoelgning')).toBe(true));
  it('"Baggrund: Årlig gennemgang af ydelsen" is the review behind this letter', () =>
    expect(has(letter('Baggrund: Årlig gennemgang af ydelsen.'), 'opfoelgning')).toBe(false));
});

describe('opfoelgning: the span a document covers, and an index rise of a law amount', () => {
  const letter = (extra: string) =>
    'Kære Lars\n\nDu får dækket dine merudgifter med 800 kr. om måneden efter servicelovens § 100.\n\n' + extra + END;
  it('"Lønsedler for 3 mdr. er vedlagt" is the record\'s period', () =>
    expect(has(letter('Lønsedler for 3 mdr. er vedlagt ansøgningen.'), 'opfoelgning')).toBe(false));
  it('"Ydelsen gælder for 6 måneder" is how long the help lasts', () =>
    expect(has(letter('Ydelsen gælder for 6 måneder.'), 'opfoelgning')).toBe(true));
  it('a limit "(2025-niveau, beløbet reguleres hvert år)" is the law\'s amount', () =>
    expect(has(letter('Der skal være merudgifter på mindst 7.000 kr. om året (2025-niveau, beløbet reguleres hvert år).'), 'opfoelgning')).toBe(false));
  it('"Vi genberegner din ydelse en gang om året" is a look at this help', () =>
    expect(has(letter('Vi genberegner din ydelse en gang om året.'), 'opfoelgning')).toBe(true));
});

describe('omfang: help that goes on, named as what the citizen has now, in a refusal', () => {
  const letter = (s: string) =>
    'Kære Inger\n\nDu kan ikke få en plejebolig nu. Vi har lagt vægt på, at du klarer det meste selv.\n\n' + s + END;
  it('"Du modtager fortsat den hjælp, du har i dag: hjemmepleje 3 gange om dagen" is the scope that goes on', () =>
    expect(has(letter('Du modtager fortsat den hjælp, du har i dag: hjemmepleje 3 gange om dagen.'), 'omfang')).toBe(true));
  it('"Du har i dag hjemmepleje 3 gange om dagen" alone grants nothing', () =>
    expect(has(letter('Du har i dag hjemmepleje 3 gange om dagen.'), 'omfang')).toBe(false));
});

describe('formaal: the aim with the verb put first, and other help the citizen can get in a refusal', () => {
  const change = (s: string) =>
    'Kære Ali\n\nFra 1. juni får du 2 timers bostøtte om ugen i stedet for 4 efter servicelovens § 85.\n\n' + s + END;
  it('"Fremover skal støtten især hjælpe dig med regningerne" is the aim', () =>
    expect(has(change('Fremover skal støtten især hjælpe dig med regningerne og med at komme til tandlægen.'), 'formaal')).toBe(true));
  it('"Fremover skal støtten foregå hjemme hos dig" is where, no aim', () =>
    expect(has(change('Fremover skal støtten foregå hjemme hos dig.'), 'formaal')).toBe(false));
  const refusal = (s: string) =>
    'Kære Ellen\n\nAfslag på plejebolig\n\nDu kan ikke få en plejebolig, fordi du klarer det meste selv med hjemmeplejen.\n\n' + s + END;
  it('in a refusal, "Du kan i stedet få et nødkald, så du kan tilkalde hjælp" is other help\'s aim', () =>
    expect(has(refusal('Du kan i stedet få et nødkald, så du kan tilkalde hjælp om natten.'), 'formaal')).toBe(false));
  const grant = (s: string) => 'Kære Ellen\n\nDu får bevilget et nødkald efter servicelovens § 112.\n\n' + s + END;
  it('in a grant, "Du får et nødkald, så du kan tilkalde hjælp" is the aim', () =>
    expect(has(grant('Du får nødkaldet, så du kan tilkalde hjælp om natten.'), 'formaal')).toBe(true));
});

describe('begrundelse: a fronted "Fordi" clause with the verdict inverted', () => {
  const letter = (s: string) =>
    'Kære Sara og Jens\n\nI har spurgt, om kommunen kan betale for svømmetræning til Emil. Det kan vi desværre ikke.\n\n' + s + END;
  it('"Fordi træningen allerede gives i hans børnehave, er det ikke en nødvendig merudgift" is a reason', () =>
    expect(has(letter('Fordi træningen allerede gives i hans børnehave, og fordi hans fysioterapeut ikke har anbefalet svømning, er det ikke en nødvendig merudgift.'), 'begrundelse')).toBe(true));
  it('a rule in the clause, "Fordi svømning er behandling efter sundhedsloven, …", is none', () =>
    expect(has(letter('Fordi svømning er behandling efter sundhedsloven, er det ikke en nødvendig merudgift.'), 'begrundelse')).toBe(false));
});

describe('begrundelse: old help that runs out, in a grant', () => {
  const letter = (s: string) =>
    'Hej Noah\n\n' + s + '\n\nDu får Ali som kontaktperson som efterværn efter barnets lov. I ses 3 timer om ugen fra den 1. maj 2026.' + END;
  it('"… fylder 18, og det betyder, at den støtte, du har haft, stopper" is background in a grant', () =>
    expect(has(letter('Du har fået bevilget efterværn. Snart fylder du 18, og det betyder, at den støtte, du har haft som barn, stopper.'), 'begrundelse')).toBe(false));
  it('a reason for the grant itself, "fordi du selv har bedt om hjælp til at finde en bolig", stays', () =>
    expect(has(letter('Du har fået bevilget efterværn, fordi du selv har bedt om hjælp til at finde en bolig og klare økonomien.'), 'begrundelse')).toBe(true));
});

describe('faktiske-oplysninger: a report with its time between "har" and "skrevet"', () => {
  const letter = (s: string) =>
    'Kære Simon\n\nFra den 1. juni får du 3 timers bostøtte om ugen i stedet for 5 efter servicelovens § 85.\n\n' + s + END;
  it('"Kim har i sin statusrapport fra maj skrevet, at du nu selv laver mad" reports what the case shows', () =>
    expect(has(letter('Kim har i sin statusrapport fra maj skrevet, at du nu selv laver mad tre dage om ugen.'), 'faktiske-oplysninger')).toBe(true));
  it('"Kim skal i sin statusrapport til december skrive, hvordan det går" is still to come', () =>
    expect(has(letter('Kim skal i sin statusrapport til december skrive, hvordan det går med at lave mad.'), 'faktiske-oplysninger')).toBe(false));
});

describe('borgerens-synspunkter: a professional\'s report with an indefinite article', () => {
  const letter = (s: string) =>
    'Kære Louise og Anders\n\nFra 1. marts får Malthe aflastning hjemme 6 timer om ugen i stedet for på aflastningsstedet.\n\n' + s + END;
  it('"Aflastningsstedet har i en status af 2. februar beskrevet, at …" is the place\'s report', () =>
    expect(has(letter('Aflastningsstedet har i en status af 2. februar beskrevet, at Malthe sover dårligt efter hver weekend.'), 'borgerens-synspunkter')).toBe(false));
  it('"I har i en mail beskrevet, at …" is the parents\' own account', () =>
    expect(has(letter('I har i en mail beskrevet, at Malthe sover dårligt efter hver weekend.'), 'borgerens-synspunkter')).toBe(true));
});
