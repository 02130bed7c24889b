/**
 * Round 73: omfang for help kept unchanged beside a refusal ("– er uændret", a current benefit "fortsætter uændret"), a
 * lead-in "Du får nu:" with the old amount in a parenthesis, the employment of a carer for a close relative with its hours,
 * and a benefit paid out with the pension; formaal not from a template field left unfilled. Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nKaren Dahl\nSagsbehandler\n';
const OPEN = 'Lyngby Å Kommune\n\nDato: 9. februar 2026\n\n';
const el = (subject: string, body: string, id: 'omfang' | 'formaal') =>
  analyzeLetter(OPEN + subject + '\n\nKære Jens\n\n' + body + END, { date: new Date('2026-02-09T12:00:00') }).elements[id].present;

describe('omfang: help kept as it is beside a refusal', () => {
  it('an aside with the amount, then "er uændret"', () =>
    expect(el('Afslag på indkøbsordning', 'Du har bedt om hjælp til indkøb. Vi giver dig afslag, fordi du selv kan bestille varer på nettet. Din øvrige hjælp – bad 2 gange om ugen – er uændret.', 'omfang')).toBe(true));
  it('a current benefit with the amount that goes on unchanged', () =>
    expect(el('Afslag på forhøjelse', 'Du har søgt om at få udgifter til fodterapi lagt oven i din ydelse. Det kan vi ikke give dig tilskud til. Din nuværende ydelse på 820 kr. om måneden til særlig kost fortsætter uændret.', 'omfang')).toBe(true));
  it('look-alike: the amount applied for in a refusal', () =>
    expect(el('Afslag på forhøjelse', 'Du har søgt om 400 kr. om måneden til fodterapi. Det kan vi ikke give dig tilskud til.', 'omfang')).toBe(false));
});

describe('omfang: "Du får nu:" lists the new help', () => {
  it('a list with the old rhythm in a parenthesis', () =>
    expect(el('Ændring af din hjælp', 'Du bad om mere hjælp, og det får du.\n\nDu får nu:\n  hjælp til bad to gange om ugen (før en gang om ugen)\n  indkøb en gang om ugen (ny)', 'omfang')).toBe(true));
  it('one item after the colon', () =>
    expect(el('Ændring af din hjælp', 'Vi har set på din hjælp igen, efter du skrev til os.\n\nDu får nu: rengøring 1 gang om ugen.', 'omfang')).toBe(true));
  it('look-alike: only the old amount, in a parenthesis', () =>
    expect(el('Ændring af din hjælp', 'Du bad om at få et andet tidspunkt.\n\nDu får nu besøget om formiddagen (før 2 gange om ugen om eftermiddagen) og det er på samme tid som før.', 'omfang')).toBe(false));
});

describe('omfang: a carer employed for a close relative, the hours of the employment', () => {
  it('"Ansættelsen fortsætter … (30 timer om ugen)"', () =>
    expect(el('Forlængelse', 'Din ansættelse efter servicelovens § 118 til pasning af din far bliver forlænget, og det får du: Ansættelsen fortsætter på deltid (30 timer om ugen) til og med 31. august 2026.', 'omfang')).toBe(true));
  it('"ansat … til at passe", then "Ansættelsen er på …"', () =>
    expect(el('Pasning', 'Du bliver ansat af kommunen til at passe din mand. Ansættelsen er på 25 timer om ugen fra 1. marts 2026.', 'omfang')).toBe(true));
  it('look-alike: the citizen\'s own job', () =>
    expect(el('Afslag', 'Du har søgt om støtte. Du har en ansættelse som kassemedarbejder på 25 timer om ugen. Vi giver dig afslag.', 'omfang')).toBe(false));
});

describe('omfang: a benefit paid out with the pension', () => {
  it('"udbetales sammen med din pension og udgør …"', () =>
    expect(el('Merudgifter', 'Vi bevilger dig dækning af merudgifter. Beløbet udbetales sammen med din folkepension fra 1. april 2026 og udgør 540 kr. om måneden.', 'omfang')).toBe(true));
  it('"sammen med hendes førtidspension"', () =>
    expect(el('Merudgifter', 'Vi har bevilget Lise merudgiftsydelse. Ydelsen kommer sammen med hendes førtidspension og er på 300 kr. om måneden.', 'omfang')).toBe(true));
  it('look-alike: the pension itself', () =>
    expect(el('Afslag på merudgifter', 'Du har søgt om merudgifter. Din førtidspension er på 15.200 kr. om måneden. Vi giver dig afslag.', 'omfang')).toBe(false));
});

describe('formaal: a template field for the aim left unfilled', () => {
  it('"Formål med indsatsen: [INDSÆT FORMÅL]"', () =>
    expect(el('Bevilling af støtte', 'Vi bevilger støtte efter barnets lov § 32.\n\nFormål med indsatsen: [INDSÆT FORMÅL]\nOmfang: 2 timer om ugen', 'formaal')).toBe(false));
  it('"Formål: «Formaal»"', () =>
    expect(el('Bevilling af støtte', 'Vi bevilger en kontaktperson.\n\nFormål: «Formaal»\nStart: 1. marts 2026', 'formaal')).toBe(false));
  it('look-alike: the field filled in', () =>
    expect(el('Bevilling af støtte', 'Vi bevilger en kontaktperson.\n\nFormål: at du kommer i skole hver dag og får en fast hverdag.\nStart: 1. marts 2026', 'formaal')).toBe(true));
});
