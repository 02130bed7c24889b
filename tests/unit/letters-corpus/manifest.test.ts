/**
 * Guards the evaluation corpus itself (tests/fixtures/letters/expected.json), so labels
 * and files cannot drift apart: every letter listed, every listed file present, every
 * domain element id labelled with a boolean, decision types valid, enough variety for
 * precision and recall to mean something.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardManifest } from './manifest-guards';
import {
  CORPUS_DIR,
  DOMAIN_ELEMENT_IDS,
  listLetterFiles,
  loadManifest,
  type ManifestEntry,
} from '../../../scripts/eval-letters';

const manifest: ManifestEntry[] = await loadManifest();
const files = await listLetterFiles();

describe('letter corpus manifest', () => {
  guardManifest({ dir: CORPUS_DIR, manifest, files, minLetters: 48, minHtml: 4, minPerType: 3, minPerArea: 0, datePattern: /^\d{4}-\d{2}-\d{2}$/ });

  const engineExists = existsSync(new URL('../../../lib/letter/index.ts', import.meta.url));
  it.skipIf(!engineExists)('uses the same element ids as the engine', async () => {
    const engine = (await import('../../../lib/letter/index')) as { ELEMENT_IDS: readonly string[] };
    expect([...engine.ELEMENT_IDS].sort()).toEqual([...DOMAIN_ELEMENT_IDS].sort());
  });
});
