/** The pure scoring of scripts/eval-letters.ts, on a tiny hand-made corpus. */
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_ELEMENT_IDS,
  belowThreshold,
  formatReport,
  score,
  type DomainElementId,
  type ManifestEntry,
  type Prediction,
} from '../../../scripts/eval-letters';

function entry(file: string, decisionType: ManifestEntry['decisionType'], on: DomainElementId[]): ManifestEntry {
  const elements = Object.fromEntries(DOMAIN_ELEMENT_IDS.map((id) => [id, on.includes(id)])) as ManifestEntry['elements'];
  return { file, decisionType, elements, notes: 'test' };
}

function pred(decisionType: string, on: string[]): Prediction {
  return { decisionType, present: Object.fromEntries(on.map((id) => [id, true])) };
}

describe('score', () => {
  const entries = [
    entry('a.txt', 'afslag', ['begrundelse', 'klagefrist']),
    entry('b.txt', 'bevilling', ['begrundelse']),
    entry('c.txt', 'delvis', []),
  ];
  const predictions = new Map<string, Prediction>([
    ['a.txt', pred('afslag', ['begrundelse'])],
    ['b.txt', pred('afslag', ['begrundelse', 'cpr'])],
    ['c.txt', pred('delvis', ['klagefrist'])],
  ]);
  const r = score(entries, predictions);

  it('counts TP, FP, FN, TN per element', () => {
    expect(r.perElement.begrundelse).toMatchObject({ tp: 2, fp: 0, fn: 0, tn: 1, precision: 1, recall: 1 });
    expect(r.perElement.klagefrist).toMatchObject({ tp: 0, fp: 1, fn: 1, tn: 1, precision: 0, recall: 0, f1: 0 });
    expect(r.perElement.cpr).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1 });
  });

  it('treats an element nobody has and nobody finds as perfect', () => {
    expect(r.perElement.bisidder).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 3, precision: 1, recall: 1, f1: 1 });
  });

  it('computes decision-type accuracy and a confusion matrix', () => {
    expect(r.decisionTypeAccuracy).toBeCloseTo(2 / 3);
    expect(r.confusion.bevilling).toEqual({ afslag: 1 });
    expect(r.confusion.afslag).toEqual({ afslag: 1 });
  });

  it('lists every disagreement', () => {
    expect(r.disagreements).toEqual(
      expect.arrayContaining([
        { file: 'a.txt', element: 'klagefrist', expected: true, got: false },
        { file: 'b.txt', element: 'decisionType', expected: 'bevilling', got: 'afslag' },
        { file: 'b.txt', element: 'cpr', expected: false, got: true },
        { file: 'c.txt', element: 'klagefrist', expected: false, got: true },
      ]),
    );
    expect(r.disagreements).toHaveLength(4);
  });

  it('reports a missing prediction as an error with everything absent', () => {
    const r2 = score([entry('x.txt', 'afslag', ['cpr'])], new Map());
    expect(r2.errors).toHaveLength(1);
    expect(r2.perElement.cpr.fn).toBe(1);
  });

  it('flags measures below --min', () => {
    const failing = belowThreshold(r, 0.95);
    expect(failing).toContain('klagefrist præcision 0.0%');
    expect(failing.some((f) => f.startsWith('afgørelsestype'))).toBe(true);
    expect(belowThreshold(score([entry('a.txt', 'afslag', [])], new Map([['a.txt', pred('afslag', [])]])), 0.95)).toEqual([]);
  });

  it('prints a table row for every element and the disagreements', () => {
    const text = formatReport(r);
    for (const id of DOMAIN_ELEMENT_IDS) expect(text).toContain(id);
    expect(text).toContain('b.txt  decisionType  bevilling → afslag');
  });

  it('hides the disagreements of a held-out set but keeps its figures', () => {
    const text = formatReport(r, 'holdout', false);
    for (const id of DOMAIN_ELEMENT_IDS) expect(text).toContain(id);
    expect(text).not.toContain('b.txt');
    expect(text).toContain('skjult');
  });
});
