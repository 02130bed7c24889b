/**
 * Round 44: partial grants read as grants or refusals (another or cheaper aid than the one applied for, the dearer
 * model refused, a refused thing said by a pronoun, help offered as "vi kan hjælpe dig" with its amount before the
 * part refused, a table row of 0 kr. in a letter read as a refusal, the granted amount only in the subject line) and
 * changes read as grants (an amount had "since" a time, then a smaller one from a date), batches dj–dm measured
 * once unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('another aid than the one applied for is a partial grant (guide: a cheaper aid instead)', () => {
  const letter = (applied: string, granted: string) =>
    `Kære Karen\n\nDu har søgt om ${applied}.\n\nVi bevilger dig ${granted} som udlån efter servicelovens § 112.\n\nBegrundelse\n\nDu går stadig selv rundt i lejligheden.\n\nFormålet er, at du kan klare dig selv.`;
  it('a walker for an electric scooter: partial', () => expect(type(letter('en el-scooter', 'en rollator'))).toBe('delvis'));
  it('the scooter itself: a grant', () => expect(type(letter('en el-scooter', 'en el-scooter med kurv'))).toBe('bevilling'));
  it('bath aids listed under the grant line for a rebuilt shower: partial', () =>
    expect(
      type(
        'Kære Frode\n\nDu har søgt om at få bygget en brusekabine i stedet for dit badekar.\n\nVi bevilger dig følgende:\nen badebænk til karret\nto støttegreb ved væggen\nHjælpemidlerne bevilges efter servicelovens § 112.\n\nFormålet er, at du selv kan komme i bad.',
      ),
    ).toBe('delvis'));
  it('the same aid applied for in the list: a grant', () =>
    expect(
      type(
        'Kære Frode\n\nDu har søgt om støttegreb ved dit badekar.\n\nVi bevilger dig følgende:\nto støttegreb ved væggen\nen badebænk til karret\nHjælpemidlerne bevilges efter servicelovens § 112.\n\nFormålet er, at du selv kan komme i bad.',
      ),
    ).toBe('bevilling'));
});

describe('the dearer model refused after a grant', () => {
  const letter = (reason: string) =>
    `Kære Bent\n\nVi har behandlet din ansøgning om en kørestol.\n\nDu bevilges en kørestol fra vores depot efter servicelovens § 112.\n\nVurdering\n\nDu ønskede en sammenklappelig letvægtsstol. ${reason}\n\nFormålet er, at du kan komme rundt.`;
  it('"vi dækker ikke den dyrere stol": partial', () =>
    expect(type(letter('Depotets stol passer til dine behov, så vi dækker ikke den dyrere stol.'))).toBe('delvis'));
  it('a price comparison without refusing a model: a grant', () =>
    expect(type(letter('Depotets stol er ikke dyrere end andre stole, og den passer til dine behov.'))).toBe('bevilling'));
});

describe('a refused thing said by a pronoun after the sentence that names it', () => {
  const letter = (last: string) =>
    `Kære Gunnar\n\nDu har søgt om en badestol og om en plejeseng.\n\nDu får en badestol, som bliver bragt ud i næste uge.\n\nOm plejesengen\n\nDu sover godt i din egen seng, og du kommer selv op om morgenen, så plejesengen vil ikke gøre en forskel for dig. ${last}\n\nFormålet er, at du trygt kan tage bad.`;
  it('"Derfor kan vi ikke give dig den": partial', () => expect(type(letter('Derfor kan vi ikke give dig den.'))).toBe('delvis'));
  it('a pronoun about something else: still a grant', () =>
    expect(type(letter('Den kan du altid låne på plejecentret ved behov.'))).toBe('bevilling'));
});

describe('help offered in the municipality’s voice with its amount, before the part refused', () => {
  const letter = (offer: string) =>
    `Kære Ingrid\n\nDu bad om hjælp til rengøring hver uge. ${offer} Hver uge kan vi ikke give dig.\n\nBegrundelse\n\nDin lejlighed er lille, og du støver selv af.`;
  it('"Vi kan hjælpe dig med rengøring hver 14. dag": partial', () =>
    expect(type(letter('Vi kan hjælpe dig med rengøring 1 gang hver 14. dag.'))).toBe('delvis'));
  it('"Vi kan hjælpe dig med at søge" (no amount): a refusal', () =>
    expect(type(letter('Vi kan hjælpe dig med at finde et privat firma.'))).toBe('afslag'));
});

describe('a table row with 0 kr. in a letter whose prose ends in a refusal', () => {
  const letter = (first: string) =>
    `Kære Jytte\n\nDu har søgt om støtte til en el-cykel og en cykelkurv.\n\nVores afgørelse ser sådan ud:\n\nAnsøgt\nPris\nKommunens støtte\nEl-cykel\n16.000 kr.\n${first}\nCykelkurv\n600 kr.\n0 kr.\n\nHvorfor?\n\nKurven er almindeligt udstyr, som alle cyklister køber. Derfor giver vi ikke støtte til kurven.`;
  it('one row granted, the other 0 kr.: partial', () => expect(type(letter('8.000 kr.'))).toBe('delvis'));
  it('every row 0 kr.: a refusal', () => expect(type(letter('0 kr.'))).toBe('afslag'));
});

describe('the granted amount told only in the subject line', () => {
  const letter = (subject: string) =>
    `Emne: Aflastning – ${subject}\n\nKære Mette\n\nVi har behandlet din ansøgning om aflastning til Oskar. Du bevilges aflastning som angivet i emnelinjen.\n\nDu har søgt om 3 weekender om måneden.\n\nBegrundelse\n\nOskar trives i sin børnehave.`;
  it('fewer weekends in the subject line than applied for: partial', () => expect(type(letter('1 weekend om måneden'))).toBe('delvis'));
  it('the weekends applied for: a grant', () => expect(type(letter('3 weekender om måneden'))).toBe('bevilling'));
});

describe('an amount had "since" a time, then a smaller one from a date', () => {
  const letter = (now: string) =>
    `Kære Lars\n\nVi har set på din ledsagelse igen. Du har siden foråret 2024 fået ledsagelse 12 timer om måneden.\n\nFra 1. maj 2026 får du ${now} om måneden.\n\nBegrundelse\n\nDu tager nu selv bussen til træning.`;
  it('fewer hours from the date: a change', () => expect(type(letter('ledsagelse 8 timer'))).toBe('aendring'));
  it('more hours from the date: not a change', () => expect(type(letter('ledsagelse 15 timer'))).not.toBe('aendring'));
});
