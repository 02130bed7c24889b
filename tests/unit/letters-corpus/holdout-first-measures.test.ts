/**
 * The record of held-out first measures (tests/fixtures/holdout-first-measures.json) and the
 * pooling in scripts/eval-holdout.ts. The record is written once per set and never edited, so
 * what is checked here is its shape: each measure covers its whole set and every element.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_ELEMENT_IDS, type DomainElementId } from '../../../scripts/eval-letters';
import { formatPooled, pool, readFirstMeasures, type FirstMeasure } from '../../../scripts/eval-holdout';
import { holdoutDir } from '../../../scripts/holdout-sets';

function measure(set: number, counts: Partial<Record<DomainElementId, [number, number, number, number]>>, correct = 2): FirstMeasure {
  const elements = Object.fromEntries(
    DOMAIN_ELEMENT_IDS.map((id) => {
      const [tp, fp, fn, tn] = counts[id] ?? [0, 0, 0, 2];
      return [id, { tp, fp, fn, tn }];
    }),
  ) as FirstMeasure['elements'];
  return { set, measured: '2026-01-01 12:00', commit: 'abc1234', letters: 2, decisionTypeCorrect: correct, decisionTypeConfusion: {}, elements };
}

describe('pool', () => {
  it('sums the counts before scoring, so a small set does not weigh like a large one', () => {
    const p = pool([measure(1, { begrundelse: [1, 1, 0, 0] }), measure(2, { begrundelse: [2, 0, 0, 0] }, 1)]);
    expect(p.letters).toBe(4);
    expect(p.decisionTypeCorrect).toBe(3);
    expect(p.perElement.begrundelse).toMatchObject({ tp: 3, fp: 1, fn: 0, tn: 0, precision: 0.75, recall: 1 });
    expect(p.perElement.begrundelse.f1).toBeCloseTo(6 / 7, 10);
    // An element nobody claimed and no letter has counts as perfect, as in eval-letters.
    expect(p.perElement.cpr).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('flags elements under 0.95 in the printed table', () => {
    const text = formatPooled(pool([measure(1, { begrundelse: [1, 1, 0, 0] })]));
    expect(text).toMatch(/^begrundelse .*< 0,95$/m);
    expect(text).not.toMatch(/^cpr .*< 0,95$/m);
    expect(text).toContain('Afgørelsestype: 2 af 2 rigtige');
  });
});

describe('holdout-first-measures.json', () => {
  const { measures } = readFirstMeasures();

  it('has one measure per set, in set order', () => {
    const sets = measures.map((m) => m.set);
    expect(new Set(sets).size).toBe(sets.length);
    expect([...sets].sort((a, b) => a - b)).toEqual(sets);
  });

  it.each(measures.map((m) => [m.set, m] as const))('set %i: covers every letter of its folder and every element', (set, m) => {
    const dir = holdoutDir(set);
    expect(existsSync(`${dir}/expected.json`)).toBe(true);
    const manifest = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as unknown[];
    expect(m.letters).toBe(manifest.length);
    expect(Object.keys(m.elements).sort()).toEqual([...DOMAIN_ELEMENT_IDS].sort());
    for (const id of DOMAIN_ELEMENT_IDS) {
      const { tp, fp, fn, tn } = m.elements[id];
      expect(tp + fp + fn + tn, id).toBe(m.letters);
    }
    const diagonal = Object.entries(m.decisionTypeConfusion).reduce((n, [expected, row]) => n + (row[expected] ?? 0), 0);
    const total = Object.values(m.decisionTypeConfusion).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(diagonal).toBe(m.decisionTypeCorrect);
    expect(total).toBe(m.letters);
    expect(m.commit).toMatch(/^[0-9a-f]{7,40}$/);
    expect(m.measured).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
