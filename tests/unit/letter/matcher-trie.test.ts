import { describe, expect, it } from 'vitest';
import { lowerPatternSource, toMatcher, trieSource, phraseSource } from '../../../lib/letter/matcher';

const run = (phrases: string[], text: string) => {
  const out: string[] = [];
  for (const part of toMatcher({ phrases, patterns: [] }).parts) {
    part.re.lastIndex = 0;
    for (let m = part.re.exec(text.toLowerCase()); m; m = part.re.exec(text.toLowerCase())) out.push(m[0]);
  }
  return out;
};

describe('phrase lists compiled as a trie', () => {
  it('shares prefixes and keeps whole words', () => {
    const src = trieSource(['du kan selv', 'du klarer', 'du kan'].map((p) => phraseSource(p, false)));
    expect(src.startsWith('du\\s+k')).toBe(true);
    expect(run(['du kan selv', 'du klarer', 'du kan'], 'Du kan selv. Du klarer. Du kanter. Du kan.')).toEqual(['du kan selv', 'du klarer', 'du kan']);
  });
  it('prefers the longer phrase where one is a prefix of another, and keeps open ends', () => {
    expect(run(['klarer', 'klarer selv', 'selvhjulp*'], 'Hun klarer selv meget og er selvhjulpen.')).toEqual(['klarer selv', 'selvhjulpen']);
  });
});

describe('pack patterns with capitals', () => {
  it('are written in lower case (they ran with the i flag anyway), escapes untouched', () => {
    expect(lowerPatternSource(String.raw`(?:du|I|De)\s+\S+\p{L}\u00C5[A-Z]\D`)).toBe(String.raw`(?:du|i|de)\s+\S+\p{L}\u00C5[a-z]\D`);
  });
  it('join the lower-case scan and still match capitals in the text', () => {
    const m = toMatcher({ phrases: ['bevilget'], patterns: [String.raw`\bsendte\s+(?:dig|jer|Dem)\b`] });
    expect(m.parts.every((p) => p.lower)).toBe(true);
    const text = 'Vi sendte Dem notatet.'.toLowerCase();
    expect(m.parts.some((p) => ((p.re.lastIndex = 0), p.re.test(text)))).toBe(true);
  });
  it('keep the text as written when they test case themselves', () => {
    const m = toMatcher({ phrases: [], patterns: [String.raw`\p{Lu}\p{Ll}+\s+får`] });
    expect(m.parts[0]!.lower).toBe(false);
  });
});

describe('abbreviations as whole-word literals', () => {
  it('are found with indexOf, as whole words only', async () => {
    const m = toMatcher({ phrases: ['PPR', 'SEL', 'udtalelse'], patterns: [] });
    expect(m.parts.find((p) => p.literals)?.literals).toEqual(['PPR', 'SEL']);
    const { analyzeLetter } = await import('../../../lib/letter/index');
    // The letter check's own lists: "SEL § 83" names the law, "SELV" and "PPRX" do not.
    expect(analyzeLetter('Afgørelsen er truffet efter SEL § 83.').elements.retsgrundlag.present).toBe(true);
    expect(analyzeLetter('Du klarer det SELV efter § 83.').elements.retsgrundlag.present).toBe(false);
    // (The engine is imported and its rule pack compiled inside the test: about a second alone, and seen over 5 s
    // beside the other test files on a loaded 2-core machine.)
  }, 30_000);
});
