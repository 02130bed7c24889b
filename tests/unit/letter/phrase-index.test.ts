import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhraseIndexBuilder, isIndexablePhrase } from '../../../lib/letter/phrase-index';
import { toMatcher } from '../../../lib/letter/matcher';
import { compileSettings } from '../../../lib/letter/compile';
import { defaultRuleSettings, htmlToText } from '../../../lib/letter/index';

/** Matches of one list as the strings they cover. */
function found(phrases: string[], text: string): string[] {
  const b = new PhraseIndexBuilder();
  const id = b.add(phrases);
  const lower = text.toLowerCase();
  return b.build().scan(lower)[id]!.map((s) => text.slice(s.start, s.end));
}

describe('the shared phrase trie', () => {
  it('matches whole words from a word start, in any case', () => {
    expect(found(['bevilget'], 'Hjælpen er Bevilget. Ubevilget. bevilgetx')).toEqual(['Bevilget']);
    expect(found(['15 timer'], 'i alt 15 timer, ikke 115 timer')).toEqual(['15 timer']);
  });
  it('lets any run of white space stand for a space, also a line break or no-break space', () => {
    expect(found(['du kan selv'], 'Du  kan\nselv og du\u00a0kan selv')).toEqual(['Du  kan\nselv', 'du\u00a0kan selv']);
    expect(found(['du kan selv'], 'dukan selv')).toEqual([]);
  });
  it('lets a word go on after `*`, with letters only', () => {
    expect(found(['hjemmebesøg*'], 'Ved hjemmebesøget og hjemmebesøg2')).toEqual(['hjemmebesøget', 'hjemmebesøg']);
  });
  it('needs no word end after a phrase that ends in punctuation', () => {
    expect(found(['jf.'], 'jf.§ 3 og jf. stk.')).toEqual(['jf.', 'jf.']);
  });
  it('takes the longest phrase at a start, and a list never overlaps itself', () => {
    expect(found(['klarer', 'klarer selv', 'selv'], 'Hun klarer selv. Selv om …')).toEqual(['klarer selv', 'Selv']);
  });
  it('reports every start of an every-start list (where gated patterns are tried), overlapping or not', () => {
    const b = new PhraseIndexBuilder();
    const starts = b.add(['har fået*', 'fået en*'], true);
    const plain = b.add(['har fået*', 'fået en*']);
    expect(b.add(['har fået*', 'fået en*'], true), 'the same every-start list is shared').toBe(starts);
    const hits = b.build().scan('du har fået en rollator');
    expect(hits[starts]!.map((s) => s.start)).toEqual([3, 7]);
    expect(hits[plain]!.map((s) => s.start)).toEqual([3]);
  });
  it('keeps lists apart: a phrase of one list does not hide another list’s phrase', () => {
    const b = new PhraseIndexBuilder();
    const a = b.add(['du kan']);
    const c = b.add(['kan selv', 'du kan selv']);
    const hits = b.build().scan('du kan selv');
    expect(hits[a]!.map((s) => [s.start, s.end])).toEqual([[0, 6]]);
    expect(hits[c]!.map((s) => [s.start, s.end])).toEqual([[0, 11]]);
  });
  it('treats letters outside the Basic Multilingual Plane as letters (no word start inside)', () => {
    expect(found(['ret'], '𝐀ret ret')).toEqual(['ret']);
  });
  it('finds the same phrases as the regex form of every default list on the letter corpus', () => {
    // The regexes (toMatcher without an index) are the reference semantics; the trie only
    // changes how they are found. Compared by start: at a start both find a phrase or neither.
    const settings = compileSettings(defaultRuleSettings).settings;
    const lists = [
      ...Object.values(settings.elements).map((e) => e.phrases),
      ...Object.entries(settings.lists).flatMap(([k, l]) => (k === 'scopeParts' ? [] : [(l as { phrases: string[] }).phrases])),
      ...Object.values(settings.decisionCues).map((c) => c.phrases),
    ];
    const b = new PhraseIndexBuilder();
    const ids = lists.map((phrases) => b.add(phrases.filter(isIndexablePhrase)));
    const index = b.build();
    const regexes = lists.map((phrases) => toMatcher({ phrases: phrases.filter(isIndexablePhrase), patterns: [] }).parts);
    const dir = new URL('../../fixtures/letters/', import.meta.url);
    let compared = 0;
    for (const f of readdirSync(dir).filter((n) => /\.(txt|html)$/.test(n))) {
      const raw = readFileSync(new URL(f, dir), 'utf8');
      const lower = (f.endsWith('.html') ? htmlToText(raw).text : raw).toLowerCase();
      const hits = index.scan(lower);
      regexes.forEach((parts, k) => {
        const starts: number[] = [];
        for (const part of parts) {
          part.re.lastIndex = 0;
          for (let m = part.re.exec(lower); m; m = part.re.exec(lower)) {
            if (m.index > 0 && /[\p{L}\p{N}]/u.test(lower[m.index - 1]!)) part.re.lastIndex = m.index + 1;
            else starts.push(m.index);
          }
        }
        expect(hits[ids[k]!]!.map((s) => s.start), `${f}, list ${k}`).toEqual(starts.sort((x, y) => x - y));
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(5000);
    // Every default list on every corpus letter, by regex and by trie: about 6 s alone for 3,200 letters, several
    // times that beside the rest of the suite on a busy two-core machine.
  }, 120_000);
});

describe('a word that goes on inside a phrase', () => {
  it('matches ("børnefaglig* undersøgelse*"), through the regex form', () => {
    const m = toMatcher({ phrases: ['børnefaglig* undersøgelse*'], patterns: [] }, undefined, new PhraseIndexBuilder());
    expect(m.trie).toBeUndefined();
    const text = 'den børnefaglige undersøgelsen viste';
    const found = m.parts.flatMap((p) => ((p.re.lastIndex = 0), [...text.matchAll(p.re)].map((x) => x[0])));
    expect(found).toEqual(['børnefaglige undersøgelsen']);
  });
});
