import { describe, expect, it } from 'vitest';
import { toMatcher, trieSource, phraseSource } from '../../../lib/letter/matcher';

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
