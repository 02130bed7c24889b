/**
 * Round 44: help said to go on "som hidtil"/"uændret" with its scope after the colon or comma, also beside a refusal;
 * a report's "står der, at …" and what staff "har måttet" do; the caseworker's own visits at a rhythm of months (omfang);
 * a call after a holiday, an amount taken up again in the passive or checked against new figures, a date right after
 * "igen", "senest et år" after a new treatment, a meeting set with "vi holder", the caseworker's visits at a rhythm, and
 * what is not a look ahead: "frem til nu", "følges op efter behov", how it goes told or noted, a rental's length
 * (opfoelgning). Batches dj–dm measured once unseen before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const REFUSAL = 'Kære Inger\n\nDu har søgt om en plads i en plejebolig. Det kan vi ikke give dig, fordi du klarer dig i din lejlighed med den hjælp, du har.\n\n';
const GRANT = 'Kære Jens\n\nDu får et tilskud på 520 kr. om måneden til dine ekstra udgifter efter servicelovens § 100.\n\n';
const SUPPORT = 'Kære Ole\n\nDu får socialpædagogisk støtte efter servicelovens § 85, 3 timer om ugen.\n\n';

describe('omfang: help that goes on, what a report says, the caseworker’s visits', () => {
  it('"Din hjælp fortsætter uændret: rengøring hver 14. dag" in a refusal is the scope that goes on', () =>
    expect(el(`${REFUSAL}Din hjælp fortsætter uændret: rengøring hver 14. dag.`).omfang.present).toBe(true));
  it('"Samværet fortsætter som nu: hver anden weekend" is the child’s contact, no scope', () =>
    expect(
      el('Kære Pia\n\nDu har bedt om, at Emil flytter hjem. Det kan vi ikke imødekomme, fordi han stadig har brug for ro.\n\nSamværet fortsætter som nu: hver anden weekend.').omfang.present,
    ).toBe(false));
  it('"I handleplanen står der, at du cykler til værkstedet tre dage om ugen" is no scope', () =>
    expect(el(`${REFUSAL}I handleplanen står der, at du cykler til værkstedet tre dage om ugen.`).omfang.present).toBe(false));
  it('"Personalet har måttet vække ham to nætter om ugen" is what has happened, no scope', () =>
    expect(el(`${REFUSAL}På aflastningsstedet har personalet måttet vække ham to nætter om ugen.`).omfang.present).toBe(false));
  it('"Jeg besøger Liam i plejefamilien hver sjette måned" is supervision, no scope', () =>
    expect(el('Kære Jonas og Line\n\nLiam anbringes i plejefamilie efter barnets lov § 46 med jeres samtykke.\n\nJeg besøger Liam i plejefamilien hver sjette måned.').omfang.present).toBe(false));
  it('a scope granted in the same letter stays a scope', () =>
    expect(el('Kære Jonas og Line\n\nLiam får aflastning efter barnets lov § 84, én weekend om måneden.').omfang.present).toBe(true));
});

describe('opfoelgning: looks ahead in other words', () => {
  it('"Jeg ringer til dig efter påske, i uge 16, og hører, hvordan det er gået"', () =>
    expect(el(`${SUPPORT}Jeg ringer til dig efter påske, i uge 16, og hører, hvordan det er gået.`).opfoelgning.present).toBe(true));
  it('"Jeg ringer til dig efter påske" to set a start is no follow-up', () =>
    expect(el(`${SUPPORT}Bostøtten ringer til dig efter påske for at aftale tid.`).opfoelgning.present).toBe(false));
  it('"Tilskuddet bliver taget op igen i marts 2027"', () =>
    expect(el(`${GRANT}Tilskuddet bliver taget op igen i marts 2027.`).opfoelgning.present).toBe(true));
  it('"Sagen tages op igen" with no time (the complaint) is none', () =>
    expect(el(`${GRANT}Hvis du klager, tages sagen op igen.`).opfoelgning.present).toBe(false));
  it('"Send os nye kvitteringer i januar. Så regner vi beløbet efter."', () =>
    expect(el(`${GRANT}Send os nye kvitteringer i januar. Så regner vi beløbet efter.`).opfoelgning.present).toBe(true));
  it('"Vi regner beløbet efter statens takst" is how it is worked out', () =>
    expect(el(`${GRANT}Vi regner beløbet efter statens takst.`).opfoelgning.present).toBe(false));
  it('"Vi ser på støtten igen 15. september 2026"', () =>
    expect(el(`${SUPPORT}Vi ser på støtten igen 15. september 2026.`).opfoelgning.present).toBe(true));
  it('"Tilbuddet skal behandles igen senest et år efter opstarten"', () =>
    expect(el(`${SUPPORT}Tilbuddet skal behandles igen senest et år efter opstarten.`).opfoelgning.present).toBe(true));
  it('"Vi holder et statusmøde i oktober 2026, hvor vi ser på, hvordan du er kommet i gang"', () =>
    expect(el(`${SUPPORT}Vi holder et statusmøde i oktober 2026, hvor vi ser på, hvordan du er kommet i gang.`).opfoelgning.present).toBe(true));
  it('"Vi holdt et statusmøde i januar 2026, hvor du fortalte …" already happened', () =>
    expect(el(`${SUPPORT}Vi holdt et statusmøde den 5. januar 2026, hvor du fortalte om din uge.`).opfoelgning.present).toBe(false));
  it('"Vi besøger Liam hvert halve år" as caseworker is a follow-up', () =>
    expect(el('Kære Jonas og Line\n\nLiam anbringes i plejefamilie efter barnets lov § 46 med jeres samtykke.\n\nVi besøger Liam i plejefamilien hvert halve år.').opfoelgning.present).toBe(true));
});

describe('opfoelgning: what only looks like a look ahead', () => {
  it('"har frem til nu fået" is up to now', () =>
    expect(el(`${SUPPORT}Du har frem til nu fået hjælp til indkøb.`).opfoelgning.present).toBe(false));
  it('"Der følges op ved behov" has no time or plan', () =>
    expect(el(`${SUPPORT}Der følges op ved behov.`).opfoelgning.present).toBe(false));
  it('"Der følges op i september" has one', () => expect(el(`${SUPPORT}Der følges op i september.`).opfoelgning.present).toBe(true));
  it('"Bostøtten har noteret, hvordan det går med dine indkøb" is a record', () =>
    expect(el(`${SUPPORT}Bostøtten har noteret, hvordan det går med dine indkøb.`).opfoelgning.present).toBe(false));
  it('"fortalte du selv, hvordan det går" is the citizen telling', () =>
    expect(el(`${SUPPORT}Da vi talte sammen, fortalte du selv, hvordan det går.`).opfoelgning.present).toBe(false));
  it('"Vi ringer og hører, hvordan det går" is a look ahead', () =>
    expect(el(`${SUPPORT}Vi ringer i maj og hører, hvordan det går.`).opfoelgning.present).toBe(true));
  it('a rental "for en uge ad gangen" is no duration of the help', () =>
    expect(
      el('Kære Inger\n\nDu får ikke en el-scooter, fordi du kan gå til bussen.\n\nEnkelte butikker udlejer kørestole for en uge ad gangen.').opfoelgning.present,
    ).toBe(false));
});
