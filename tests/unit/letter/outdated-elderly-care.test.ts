/**
 * Elderly care under ældreloven from 1 July 2025: whoever can get help under ældreloven cannot get it
 * under servicelovens §§ 83, 83 a, 83 b, 84 and 86 (SEL § 2, stk. 5; domain.md §3), so citing any of
 * them for a person of pension age is an outdated reference. Not before the date, and not for a
 * citizen under pension age, who keeps serviceloven.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const AFTER = new Date('2026-02-10T12:00:00');
const BEFORE = new Date('2025-05-10T12:00:00');
const outdated = (text: string, date = AFTER) => analyzeLetter(text, { date }).elements['foraeldet-henvisning'];

describe('servicelovens §§ 83–86 for a pensioner after 1 July 2025', () => {
  it.each([
    ['83 b', 'Kære Gerda\n\nDu er 88 år. Du får madservice efter servicelovens § 83 b med 7 hovedretter om ugen.'],
    ['84', 'Kære Poul\n\nDin kone er 81 år, og du er fyldt 83 år. Du får afløsning efter servicelovens § 84, stk. 1, fire timer om ugen.'],
    ['86', 'Kære Inga\n\nDu er 79 år. Du får vedligeholdelsestræning efter servicelovens § 86, stk. 2, en gang om ugen.'],
    ['83 a', 'Kære Bent\n\nSom 70-årig får du et rehabiliteringsforløb efter servicelovens § 83 a i 8 uger.'],
  ])('§ %s is outdated', (_section, text) => expect(outdated(text).present).toBe(true));

  it('names the ældreloven section that replaces § 84', () => {
    const { findings } = analyzeLetter('Kære Poul\n\nDu er fyldt 83 år. Du får afløsning efter servicelovens § 84, stk. 1.', { date: AFTER });
    expect(findings.find((f) => f.ruleId === 'foraeldet-henvisning')?.message).toMatch(/Brug ældreloven § 16 \(afløsning og aflastning\)/u);
  });

  it('reads the age said as something the citizen has ("med dine 84 år")', () =>
    expect(outdated('Kære Gudrun\n\nTerapeuten så, at du med dine 84 år går sikkert med rollator. Hjælpen gives efter servicelovens § 83, stk. 1, nr. 2.').present).toBe(true));

  it.each([
    ['before 1 July 2025', 'Kære Inga\n\nDu er 79 år. Du får vedligeholdelsestræning efter servicelovens § 86, stk. 2.', BEFORE],
    ['under pension age', 'Kære Lars\n\nDu er 52 år og derfor ikke omfattet af ældreloven. Du får vedligeholdelsestræning efter servicelovens § 86, stk. 2.', AFTER],
    ['"i dine 20 år" is a span of years, not an age', 'Kære Lars\n\nDu har arbejdet på værkstedet i dine 20 år der. Du får støtte efter servicelovens § 85.', AFTER],
  ])('not outdated: %s', (_why, text, date) => expect(outdated(text, date).present).toBe(false));
});

describe('what the finding says for elderly care', () => {
  const finding = (text: string) => analyzeLetter(text, { date: AFTER }).findings.find((f) => f.ruleId === 'foraeldet-henvisning');

  it('gives ældreloven and SEL § 2, stk. 5 as the reason, not barnets lov', () => {
    const f = finding('Kære Poul\n\nDu er fyldt 83 år. Du får afløsning efter servicelovens § 84, stk. 1.');
    expect(f?.why).toMatch(/ældreloven/u);
    expect(f?.why).toMatch(/servicelovens § 2, stk\. 5/u);
    expect(f?.why).not.toMatch(/barnets lov/u);
    expect(f?.message).toMatch(/gælder ikke længere på området/u);
  });

  it('says what it rests on when the letter gives no age (the area read from the help itself)', () => {
    const f = finding('Kære Poul\n\nVi har vurderet din ansøgning om madservice. Du får madservice efter servicelovens § 83 b med 7 hovedretter om ugen fra 1. marts 2026.');
    expect(f?.message).toMatch(/Er borgeren folkepensionist, så brug ældreloven § 14/u);
  });

  it('keeps the children\'s reason for a children\'s reference', () => {
    const f = analyzeLetter('Vi bevilger en kontaktperson til din søn efter servicelovens § 52, stk. 3, nr. 6.', { date: AFTER }).findings.find((x) => x.ruleId === 'foraeldet-henvisning');
    expect(f?.why).toMatch(/barnets lov/u);
  });
});
