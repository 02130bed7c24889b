/**
 * Round 39: partial grants shown only by numbers or a cheaper aid (a shorter course than applied for, a sum below the
 * price applied for, a list item with a lower frequency than asked, the applied-for aid refused with an existential
 * "og der … ikke"), batches cy/cz/da measured once unseen before they were fixed. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('a shorter period than applied for', () => {
  const letter = (granted: string) =>
    `Kære Otto\n\nDu har søgt om genoptræning to gange om ugen i 10 uger.\n\nVi har besluttet, at du får genoptræning efter ældrelovens § 13. Du træner hos os to gange om ugen, ${granted}.\n\nFormålet er, at du igen kan gå på trapper.`;
  it('"i alt 4 uger" against 10 applied for is partial', () => expect(type(letter('i alt 4 uger'))).toBe('delvis'));
  it('"i alt 10 uger" is all of it', () => expect(type(letter('i alt 10 uger'))).toBe('bevilling'));
  it('"i 3 måneder" against "12 uger" is no shorter period', () =>
    expect(
      type(
        'Kære Otto\n\nDu har søgt om holdtræning i 12 uger.\n\nVi har besluttet, at du får holdtræning efter ældrelovens § 13 i 3 måneder.\n\nFormålet er, at du bliver stærkere.',
      ),
    ).toBe('bevilling'));
});

describe('a sum below the price applied for', () => {
  const letter = (sum: string) =>
    `Kære Inge\n\nDu har søgt om støtte til en trehjulet cykel til 14.000 kr. efter servicelovens § 113.\n\nDu får et tilskud på ${sum} til cyklen. Pengene kommer på din NemKonto.`;
  it('5.500 kr. against a price of 14.000 kr. is partial', () => expect(type(letter('5.500 kr.'))).toBe('delvis'));
  it('the whole 14.000 kr. is a grant', () => expect(type(letter('14.000 kr.'))).toBe('bevilling'));
  it('a monthly sum is not set against a yearly one', () =>
    expect(
      type(
        'Kære Inge\n\nDu har søgt om dækning af merudgifter på 6.000 kr. om året efter servicelovens § 100.\n\nDu får 500 kr. om måneden til dine merudgifter.',
      ),
    ).toBe('bevilling'));
});

describe('a list of granted help with a lower frequency than asked', () => {
  const letter = (shopping: string) =>
    `Kære Bodil\n\nDu har søgt om hjælp til indkøb hver uge og om hjælp til tøjvask.\n\nVi har besluttet at bevilge dig praktisk hjælp efter ældrelovens § 10. Hjælpen består af:\n- tøjvask 1 gang om ugen\n- indkøb ${shopping}\n\nFormålet er, at du kan blive i dit hjem.`;
  it('shopping every other week against every week is partial', () => expect(type(letter('hver 14. dag'))).toBe('delvis'));
  it('shopping every week is all of it', () => expect(type(letter('hver uge'))).toBe('bevilling'));
  it('another help in the list, not applied for, is not compared', () =>
    expect(
      type(
        'Kære Bodil\n\nDu har søgt om hjælp til bad hver dag.\n\nVi har besluttet at bevilge dig helhedspleje efter ældrelovens § 10. Den består af:\n- bad hver dag\n- støvsugning hver 14. dag\n\nFormålet er, at du kan blive i dit hjem.',
      ),
    ).toBe('bevilling'));
});

describe('the aid applied for refused in the reasons with an existential "der"', () => {
  const letter = (reason: string, granted = 'en manuel kørestol og en rollator') =>
    `Kære Poul\n\nVi har behandlet din ansøgning af 3. februar 2026 om en el-kørestol.\n\nVi bevilger dig ${granted} som udlån efter servicelovens § 112.\n\nBegrundelse\n${reason}`;
  it('"…, og der bevilges ikke en el-kørestol" refuses what was applied for', () =>
    expect(type(letter('Din datter kan skubbe dig på længere ture, og der bevilges derfor ikke en el-kørestol.'))).toBe('delvis'));
  // (Round 44: the look-alike now grants the el-kørestol applied for. It used to grant a manual wheelchair and a walker
  // and expect a full grant, but another, cheaper aid than the one applied for is a partial grant by the guide.)
  it('a relative "der" describing the old el-kørestol refuses nothing', () =>
    expect(type(letter('Din gamle el-kørestol, der ikke dækkes af garantien, kan ikke længere repareres.', 'en ny el-kørestol'))).toBe('bevilling'));
});
