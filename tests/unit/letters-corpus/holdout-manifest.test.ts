/**
 * Guards the held-out letter corpus (tests/fixtures/letters-holdout/expected.json) the same
 * way manifest.test.ts guards the main corpus: labels and files cannot drift apart, every
 * domain element id is labelled, and the set is varied enough (types, areas, HTML, dates)
 * for its precision and recall to say something about generalisation.
 */
import { describe, expect, it } from 'vitest';
import { guardManifest } from './manifest-guards';
import {
  formatComparison,
  HOLDOUT_DIR,
  listLetterFiles,
  loadManifest,
  type ManifestEntry,
  type Prediction,
  score,
} from '../../../scripts/eval-letters';

const manifest: ManifestEntry[] = await loadManifest(HOLDOUT_DIR);
const files = await listLetterFiles(HOLDOUT_DIR);
const mainFiles = await listLetterFiles();

describe('held-out letter corpus manifest', () => {
  guardManifest({ dir: HOLDOUT_DIR, manifest, files, minLetters: 30, minHtml: 4, minPerType: 4, minPerArea: 8, datePattern: /^\d{4}-\d{2}-\d{2}$/, maxUndated: 3 });

  it('shares no file name with the main corpus (so results are never mixed up)', () => {
    const main = new Set(mainFiles);
    for (const f of files) expect(main.has(f), f).toBe(false);
  });
});

describe('side-by-side comparison (eval:letters --all)', () => {
  it('shows each set with its own letter count, precision, recall and accuracy', () => {
    const perfect = new Map<string, Prediction>(
      manifest.map((e) => [e.file, { decisionType: e.decisionType, present: { ...e.elements } }]),
    );
    const blind = new Map<string, Prediction>(manifest.map((e) => [e.file, { decisionType: 'ukendt', present: {} }]));
    const text = formatComparison([
      { title: 'A', result: score(manifest, perfect) },
      { title: 'B', result: score(manifest.slice(0, 3), blind) },
    ]);
    expect(text).toContain(`A (${manifest.length})`);
    expect(text).toContain('B (3)');
    const accuracy = text.split('\n').find((l) => l.startsWith('afgørelsestype'));
    expect(accuracy).toMatch(/100\.0%\s+0\.0%$/);
    const retsgrundlag = text.split('\n').find((l) => l.startsWith('retsgrundlag'));
    // B never claims anything: precision 100 % by definition, recall 0 % (all three letters cite a law).
    expect(retsgrundlag).toMatch(/100\.0%\s+100\.0%\s+100\.0%\s+0\.0%$/);
  });
});
