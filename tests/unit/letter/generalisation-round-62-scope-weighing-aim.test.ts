/**
 * Round 62: omfang, hovedhensyn and formaal — help the reader goes on with, named as "the help you have today" in the
 * sentence or as a lead-in over lines of its own, a visit every morning named with "dit", the reader's counted expenses
 * added up in the next sentence, the reader's own cycling, a place in a § 104 "samværshus", the need narrowed to what
 * another means of the case does not meet, and a plain-language "Hvad det skal gøre:" heading over what the reader shall be
 * able to do, held-out sets 44 and 45 measured once before they were fixed, and the unseen batches ef and eg. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const scope = (t: string) => present(t, 'omfang', opts);
const weighed = (t: string) => present(t, 'hovedhensyn', opts);
const aim = (t: string) => present(t, 'formaal', opts);
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nSanne Holm\nVisitator\n';

const refusal = (middle: string) =>
  'Svar på din ansøgning om hjælp om eftermiddagen\n\nKære Erik Lund\n\nDu har spurgt, om hjemmeplejen også kan komme om eftermiddagen. ' +
  'Det kan vi ikke tilbyde dig, og du får afslag. ' + middle +
  '\n\nBegrundelse\nDu klarer selv at varme din mad og at komme på toilettet om eftermiddagen.' + END;

describe('omfang: the help the reader keeps, named as the help they have today', () => {
  it('"Du fortsætter med den hjælp, du har i dag: 3 besøg om dagen" beside a refusal is the scope that goes on', () =>
    expect(scope(refusal('Du fortsætter med den hjælp, du har i dag: 3 besøg om dagen, morgen, middag og aften.'))).toBe(true));
  it('look-alike: the amount the reader asked for, refused, is no scope', () =>
    expect(scope(refusal('Du bad om 4 besøg om dagen i stedet for de besøg, du får nu.'))).toBe(false));
  it('a lead-in "Du beholder den støtte, du har nu:" over lines of their own keeps the amounts under it', () =>
    expect(scope(refusal('Du beholder den støtte, du har nu:\n\nhjælp til personlig pleje med 2 besøg dagligt\n\nrengøring hver 14. dag'))).toBe(true));
  it('look-alike: a lead-in over what was applied for names the refused amounts', () =>
    expect(scope(refusal('Du har søgt om denne hjælp:\n\nhjælp til personlig pleje med 4 besøg dagligt\n\nrengøring hver uge'))).toBe(false));
});

const change = (middle: string) =>
  'Ændring af tidspunktet for din hjælp\n\nKære Bodil Friis\n\nVi har ændret tidspunktet for din hjælp, fordi ruterne i dit område er lagt om. ' +
  'Fra den 1. april kommer vi lidt senere end i dag. ' + middle + END;

describe('omfang: the reader\'s own visit named with "dit" every morning', () => {
  it('"Du får stadig dit besøg hver aften" in a change of the time is the scope that goes on', () =>
    expect(scope(change('Du får stadig dit besøg hver aften. Hjælpen er den samme som før.'))).toBe(true));
  it('look-alike: "dit besøg hver aften" said to stop is help that ends', () =>
    expect(scope(change('Dit besøg hver aften ophører samtidig, fordi du nu selv kan komme i seng.'))).toBe(false));
});

const expenses = (middle: string, decided: string) =>
  'Afgørelse om merudgifter\n\nKære Lene Dam\n\nDu har søgt om dækning af merudgifter på grund af din gigt. ' + middle + ' ' + decided + END;

describe('omfang: the reader\'s counted expenses added up in the next sentence', () => {
  it('"Det giver samlet ca. 240 kr. om måneden" after the costs counted is their own costs, not an allowance', () =>
    expect(scope(expenses('De udgifter, vi kan regne med, er ekstra vask af tøj og dyrere sko. Det giver samlet ca. 240 kr. om måneden.', 'Beløbet er under grænsen, så dem dækker vi ikke. Vi bevilger dig i stedet en gribetang som hjælpemiddel.'))).toBe(false));
  it('look-alike: the same sum after a sentence that covers the costs is the allowance granted', () =>
    expect(scope(expenses('Vi dækker dine ekstra udgifter til vask af tøj og dyrere sko. Det bliver i alt 240 kr. om måneden fra 1. april.', 'Beløbet udbetales sammen med din pension.'))).toBe(true));
});

const bike = (middle: string) =>
  'Din ansøgning om en el-cykel\n\nHej Ole\n\nKommunen betaler din el-cykel efter serviceloven. ' + middle + '\n\nHjælpemiddeldepotet ringer til dig om en tid.' + END;

describe('omfang: the reader\'s own cycling', () => {
  it('"Du cykler stadig hver dag til jobbet" is the reader\'s own week, no scope granted', () =>
    expect(scope(bike('Du cykler stadig hver dag de 5 km til dit arbejde, og derfor skal du have en cykel med motor.'))).toBe(false));
  it('look-alike: a support person granted who rides along twice a week is a scope', () =>
    expect(scope(bike('Vi bevilger også en støtteperson, som cykler med dig 2 gange om ugen, indtil du er tryg på cyklen.'))).toBe(true));
});

describe('omfang: a place in a samværshus under § 104', () => {
  const grant = (middle: string, who = 'Kære Jonas') =>
    'Afgørelse om samværstilbud\n\n' + who + '\n\n' + middle + END;
  it('"en plads i Samværshuset Birken 2 dage om ugen" is the scope granted', () =>
    expect(scope(grant('Du får en plads i Samværshuset Birken 2 dage om ugen efter servicelovens § 104. Her kan du spise og være sammen med andre.'))).toBe(true));
  it('look-alike: a child\'s contact with a parent every other weekend is no scope', () =>
    expect(scope(grant('Samværet med far foregår fortsat hver anden weekend, som I selv har aftalt. Vi giver jer ikke aflastning.', 'Kære Mette'))).toBe(false));
});

const ending = (weight: string) =>
  'Afgørelse om ophør af natbesøg\n\nKære Knud Berg\n\nDine natbesøg ophører fra den 1. april.\n\nBegrundelse\n' +
  'Nattevagten har de sidste to måneder fundet dig sovende ved besøgene. ' + weight + END;

describe('hovedhensyn: the need narrowed to what another means of the case does not meet', () => {
  it('"at du ikke længere har behov for hjælp om natten, som ikke kan dækkes af din tryghedsalarm" names what was weighed', () =>
    expect(weighed(ending('Vi har lagt vægt på, at du ikke længere har behov for hjælp om natten, som ikke kan dækkes af din tryghedsalarm.'))).toBe(true));
  it('look-alike: the rule\'s own means, "som ikke kan dækkes efter anden lovgivning", weighs nothing', () =>
    expect(weighed(ending('Vi har lagt vægt på, at du ikke længere har behov for hjælp, som ikke kan dækkes efter anden lovgivning.'))).toBe(false));
});

const adaptation = (heading: string, line: string) =>
  'Om ombygning af dit badeværelse\n\nKære Aase Lind\n\nKort fortalt:\n• Kanten ind til bruseren bliver fjernet. Det betaler kommunen.\n\n' +
  'Det har vi bygget på:\n• Ergoterapeuten har målt badeværelset op.\n\n' + heading + '\n' + line + END;

describe('formaal: a plain-language "Hvad det skal gøre:" heading over what the reader shall be able to do', () => {
  it('"Hvad det skal gøre:" with "Du skal kunne gå i bad alene" under it states the aim', () =>
    expect(aim(adaptation('Hvad det skal gøre:', '• Du skal kunne gå sikkert i bad alene, også om aftenen.'))).toBe(true));
  it('look-alike: "Hvad du skal gøre nu:" over the reader\'s next step is no aim', () =>
    expect(aim(adaptation('Hvad du skal gøre nu:', '• Du skal kunne give håndværkerne adgang en dag i næste uge.'))).toBe(false));
});
