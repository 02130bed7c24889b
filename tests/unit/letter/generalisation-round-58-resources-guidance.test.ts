/**
 * Round 58: ressourcer and vejledning-andre-ydelser — a "Kærlig hilsen" sign-off, a thing or a hardship acknowledged
 * before a refusal, an open counselling place "hvor du selv kan komme", a "netværksmøde", friends named inside what a
 * child does not want; help granted "bl.a. til … kontakt til jobcentret", and a doctor's referral that began the case.
 * Held-out sets 38 and 39 measured once before they were fixed, plus older rows. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-03-01T12:00:00') };
const has = (t: string, id: ElementId) => present(t, id, opts);
const END = '\n\nMed venlig hilsen\nJonas Krogh\nVisitator\n';

describe('ressourcer: a warm closing formula is no warmth of the family', () => {
  const letter = (close: string, body = '') =>
    'Hej Grete\n\nDu får afløsning hver torsdag fra kl. 10 til 14, så din mand har selskab, mens du er til gymnastik.' + body +
    `\n\n${close}\nJonas Krogh\nDemenskoordinator\n`;
  it('"Kærlig hilsen" at the end stays absent', () => expect(has(letter('Kærlig hilsen'), 'ressourcer')).toBe(false));
  it('"Kærlige hilsner" at the end stays absent', () => expect(has(letter('Kærlige hilsner'), 'ressourcer')).toBe(false));
  it('a parent who is loving in the body counts', () =>
    expect(has(letter('Venlig hilsen', ' Plejefamilien fortæller, at mor er kærlig og rolig under samværet.'), 'ressourcer')).toBe(true));
});

describe('ressourcer: a thing or a hardship acknowledged before a refusal', () => {
  const letter = (ack: string) =>
    'Kære Lene og Kasper\n\nI har søgt om dækning af et årskort til svømmehallen til Malte efter barnets lov § 86.\n\n' +
    `Vi ${ack}, men det er en udgift, som andre familier også har. Derfor får I afslag.` + END;
  it('"anerkender, at svømning er sundt for Malte" stays absent', () =>
    expect(has(letter('anerkender, at svømning er sundt for Malte'), 'ressourcer')).toBe(false));
  it('"anerkender, at turen til hallen er lang" stays absent', () =>
    expect(has(letter('anerkender, at turen til hallen er lang'), 'ressourcer')).toBe(false));
  it('"anerkender, at I er meget engagerede i Maltes træning" counts', () =>
    expect(has(letter('anerkender, at I har gjort meget for at Malte kommer afsted hver uge'), 'ressourcer')).toBe(true));
  it('"anerkender, at Malte er kommet godt i gang" counts (a name as the subject)', () =>
    expect(has(letter('anerkender, at Malte har trænet fast hver uge i et år'), 'ressourcer')).toBe(true));
});

describe('ressourcer: an open place "hvor du selv kan komme" is how it takes people in', () => {
  const letter = (s: string) =>
    'Kære forældre til Asta\n\nI har søgt om en støtteperson til Asta. Det får I afslag på efter barnets lov § 32.\n\n' + s + END;
  it('"Familiecaféen, hvor Asta selv kan komme og tale med en voksen" stays absent', () =>
    expect(has(letter('I kan bruge Familiecaféen, hvor Asta selv kan komme og tale med en voksen om onsdagen.'), 'ressourcer')).toBe(false));
  it('"Asta kan selv komme op og cykle til skole" counts', () =>
    expect(has(letter('Asta cykler selv til skole og kan selv komme op om morgenen.'), 'ressourcer')).toBe(true));
});

describe('ressourcer: a "netværksmøde" is a kind of meeting, not the network', () => {
  const letter = (s: string) =>
    'Kære Rasmus\n\nDu får et midlertidigt ophold på Botilbuddet Engly efter servicelovens § 107.\n\n' + s + END;
  it('"På netværksmødet den 4. maj sagde du …" stays absent', () =>
    expect(has(letter('På netværksmødet den 4. maj sagde du, at du gerne vil have en lejlighed på sigt.'), 'ressourcer')).toBe(false));
  it('"Du har et godt netværk i din bror og hans kone" counts', () =>
    expect(has(letter('Du har et godt netværk i din bror og hans kone, som ser dig hver søndag.'), 'ressourcer')).toBe(true));
});

describe('ressourcer: friends inside what a child does not want', () => {
  const letter = (s: string) =>
    'Kære Anne og Peter\n\nI får dækket 300 kr. om måneden til særlig kost til Johan efter barnets lov § 86.\n\n' + s + END;
  it('"Johan vil ikke have, at kammeraterne ser hans madpakke" stays absent', () =>
    expect(has(letter('I har fortalt, at Johan ikke vil have, at kammeraterne ser, at han spiser noget andet.'), 'ressourcer')).toBe(false));
  it('"Johan har gode kammerater i klassen" counts', () =>
    expect(has(letter('I har fortalt, at Johan har gode kammerater i klassen.'), 'ressourcer')).toBe(true));
});

describe('vejledning-andre-ydelser: the list of what granted support covers', () => {
  const letter = (s: string) =>
    'Kære Nikolaj\n\nDu får bostøtte efter servicelovens § 85 på Bostedet Lyngen, hvor du flytter ind den 1. juni.\n\n' + s + END;
  it('"Du vil få støtte efter behov, bl.a. til økonomi og kontakt til jobcentret" stays absent', () =>
    expect(has(letter('Du vil få støtte efter behov, bl.a. til økonomi, indkøb og kontakt til jobcentret.'), 'vejledning-andre-ydelser')).toBe(false));
  it('"Du kan kontakte jobcentret om et fleksjob" counts', () =>
    expect(has(letter('Vil du gerne i arbejde, kan du kontakte jobcentret og spørge om et fleksjob.'), 'vejledning-andre-ydelser')).toBe(true));
});

describe('vejledning-andre-ydelser: a doctor\'s referral that began the case', () => {
  const letter = (s: string) =>
    'Kære Inge\n\n' + s + ' Du får et forløb med holdtræning efter servicelovens § 86, stk. 2, to gange om ugen i 10 uger.' + END;
  it('"Din læge har henvist dig til træning" stays absent', () =>
    expect(has(letter('Din læge har henvist dig til træning, efter at du brækkede håndleddet.'), 'vejledning-andre-ydelser')).toBe(false));
  it('"Vi har henvist dig til seniorholdet i Aktivitetshuset" counts', () =>
    expect(has(letter('Vi har desuden henvist dig til seniorholdet i Aktivitetshuset, når forløbet slutter.'), 'vejledning-andre-ydelser')).toBe(true));
});

describe('vejledning-andre-ydelser: a list under "Hvad får du støtte til?"', () => {
  const letter = (heading: string) =>
    'Kære Nikolaj\n\nDu får bostøtte efter servicelovens § 85 i 4 timer om ugen.\n\n' + heading +
    '\n\nat lave en madplan\n\nat holde kontakt med jobcentret og din læge\n\nat betale dine regninger til tiden' + END;
  it('the items under "Hvad får du støtte til?" stay absent', () =>
    expect(has(letter('Hvad får du støtte til?'), 'vejledning-andre-ydelser')).toBe(false));
  it('an item under "Gode råd" that sends the citizen to ask the jobcentre counts', () =>
    expect(has('Kære Nikolaj\n\nDu får bostøtte efter servicelovens § 85 i 4 timer om ugen.\n\nGode råd\n\nat lave en madplan\n\n' +
      'at kontakte jobcentret og spørge om et fleksjob' + END, 'vejledning-andre-ydelser')).toBe(true));
});
