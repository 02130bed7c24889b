/**
 * Pack patterns whose every match starts with one of a few literal words are tried only where the
 * shared phrase trie saw those words (matcher.ts `leadLiterals`, letter.ts `matchesAtStarts`). That
 * must find exactly what a scan of the whole letter finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadLiterals, toMatcher } from '../../../lib/letter/matcher';
import { PhraseIndexBuilder } from '../../../lib/letter/phrase-index';
import { lowerSameLength, matchesAtStarts } from '../../../lib/letter/letter';
import { defaultRuleSettings, htmlToText } from '../../../lib/letter/index';
import type { Span } from '../../../lib/letter/segment';

describe('the literal start of a pattern', () => {
  it.each([
    ['(?:støtten|hjælpen)\\s+gives', ['støtten gives', 'hjælpen gives']],
    ['timer?\\s+om\\s+ugen', ['time']],
    ['søn(?:nen)?|datter(?:en)?', ['sønnen', 'søn', 'datteren', 'datter']],
    ['(?<=\\p{L}\\s+)og\\s+\\p{L}+', ['og']],
    ['(?:(?:lagt|lægger)\\s+vægt|hovedhensyn)', ['lagt vægt', 'lægger vægt', 'hovedhensyn']],
    ['(?<name>ydes|gives)\\s', ['ydes', 'gives']],
    ['(?:du|i|de)\\s+kan', ['du kan', 'i kan', 'de kan']],
    ['har(?!\\s+ikke)\\s+fået\\s*,', ['har fået']],
    ['(?:bor\\s+(?:alene|i)|lider\\s+af)\\s+\\p{L}', ['bor alene', 'bor i', 'lider af']],
    ['(?:\\d+|en)\\s+timer', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'en timer']],
    ['kl\\.\\s+\\d\\d|½\\s+time', ['kl', '½ time']],
    ['du\\s+kan\\s+(?:\\p{L}+\\s+)?låne', ['du kan', 'du kan låne']],
    ['(?:hjælpen\\s+)?gives', ['hjælpen gives', 'gives']],
    ['har\\s+(?:godt\\s+|fint\\s+)?styr\\s+på', ['har godt styr på', 'har fint styr på', 'har styr på']],
    ['(?:ser|se)\\s+(?:vi\\s+)?(?:på\\s+){1,2}det', ['ser vi på', 'ser på', 'se vi på', 'se på']],
  ])('%s ⇒ %j', (source, words) => expect(leadLiterals(source)).toEqual(words));
  it.each([
    '(?:\\p{N}+|en)\\s+timer',
    '(?:i|å)\\s+\\p{L}+',
    '(?:du|i|de)\\s+(?:\\p{L}+\\s+)?kan',
    'x|(?:ydes|gives)',
    '[a-z]+\\s+gives',
    '(?:ydes|)\\s',
    '\\s+gives',
  ])('%s ⇒ no literal start (some match starts otherwise)', (source) => expect(leadLiterals(source)).toBeUndefined());
});

const WORD = /[\p{L}\p{N}]/u;
/** The reference: a scan of the whole text, keeping matches at a word start. */
function scanned(source: string, lower: string): Span[] {
  const re = new RegExp(source, 'gu');
  const out: Span[] = [];
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > 0 && WORD.test(lower[m.index - 1]!)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

describe('a gated pattern finds what a scan of the whole letter finds', () => {
  const parts = defaultRuleSettings.lists.scopeParts;
  const expand = (p: string) => p.replace(/\{num\}/g, parts.num).replace(/\{unit\}/g, parts.unit).replace(/\{period\}/g, parts.period);
  const patterns = [
    ...Object.values(defaultRuleSettings.elements).flatMap((e) => e.patterns),
    ...Object.values(defaultRuleSettings.lists).flatMap((l) => ('patterns' in l ? l.patterns : [])),
    ...Object.values(defaultRuleSettings.decisionCues).flatMap((c) => c.patterns),
  ];
  const builder = new PhraseIndexBuilder();
  const gated = patterns.flatMap((p) => toMatcher({ phrases: [], patterns: [p] }, expand, builder).gated ?? []);
  const index = builder.build();
  const dir = new URL('../../fixtures/letters/', import.meta.url);
  // Every fifth letter of the dev corpus keeps the test quick; the patterns are many.
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).filter((_, i) => i % 5 === 0);

  it('gates most of the default patterns', () => expect(gated.length).toBeGreaterThan(patterns.length / 2));
  // Each pattern that is not gated scans the whole letter on every check (one that starts with a
  // look-behind cost 33 µs of the 600-word letter's 1 ms). Start new patterns with their words;
  // raise this only for a pattern that cannot (a number, a one-letter word, a quotation mark).
  it('leaves at most 19 default patterns to scan the whole letter', () => expect(patterns.length - gated.length).toBeLessThanOrEqual(19));
  it(`on ${files.length} corpus letters`, () => {
    for (const f of files) {
      const raw = readFileSync(new URL(f, dir), 'utf8');
      const lower = lowerSameLength(f.endsWith('.html') ? htmlToText(raw).text : raw);
      const hits = index.scan(lower);
      for (const g of gated) expect(matchesAtStarts(g.re, lower, hits[g.trie]!), `${f}: ${g.re.source.slice(0, 60)}`).toEqual(scanned(g.re.source, lower));
    }
  }, 60_000);
});
