/**
 * Guards the third, blind held-out letter corpus (tests/fixtures/letters-holdout-3) the same
 * way holdout-2-manifest.test.ts guards the second: labels and files cannot drift apart, every
 * domain element id is labelled, no stray files sit in the folder, and the set is varied
 * enough (types, areas, HTML, dates) for its precision and recall to mean something.
 * The corpus was written and labelled without looking at the engine; this test only checks
 * the manifest's shape and never runs the letter check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guardManifest } from './manifest-guards';
import {
  HOLDOUT_2_DIR,
  HOLDOUT_DIR,
  listLetterFiles,
  loadManifest,
  type ManifestEntry,
} from '../../../scripts/eval-letters';

const DIR = fileURLToPath(new URL('../../../tests/fixtures/letters-holdout-3/', import.meta.url));
const LETTER_EXT = /\.(txt|html|docx)$/;

/** Read straight from disk so the guard does not depend on how the eval script loads. */
const raw: unknown = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8'));
const manifest = raw as ManifestEntry[];
const entries = readdirSync(DIR);
const files = entries.filter((f) => LETTER_EXT.test(f)).sort();

describe('third held-out letter corpus manifest', () => {
  it('is a JSON array', () => {
    expect(Array.isArray(raw)).toBe(true);
  });

  it('holds no stray files (only letters, expected.json and README.md)', () => {
    const stray = entries.filter((f) => !LETTER_EXT.test(f) && f !== 'expected.json' && f !== 'README.md');
    expect(stray).toEqual([]);
  });

  it('loads through the eval script the same way (so --dir works)', async () => {
    const loaded = await loadManifest(DIR);
    expect(loaded.map((e) => e.file).sort()).toEqual(files);
    expect(await listLetterFiles(DIR)).toEqual(files);
  });

  it('shares no file name with the main, the first or the second held-out corpus', async () => {
    const others = new Set([
      ...(await listLetterFiles()),
      ...(await listLetterFiles(HOLDOUT_DIR)),
      ...(await listLetterFiles(HOLDOUT_2_DIR)),
    ]);
    for (const f of files) expect(others.has(f), f).toBe(false);
  });

  guardManifest({ dir: DIR, manifest, files, minLetters: 30, minHtml: 6, minPerType: 5, minPerArea: 9, datePattern: /^202[4-6]-\d{2}-\d{2}$/, maxUndated: 2 });
});
