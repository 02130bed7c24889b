/**
 * Guards the evaluation corpus itself (tests/fixtures/letters/expected.json), so labels
 * and files cannot drift apart: every letter listed, every listed file present, every
 * domain element id labelled with a boolean, decision types valid, enough variety for
 * precision and recall to mean something.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_DIR,
  DECISION_TYPES,
  DOMAIN_ELEMENT_IDS,
  listLetterFiles,
  loadManifest,
  type ManifestEntry,
} from '../../../scripts/eval-letters';

const manifest: ManifestEntry[] = await loadManifest();
const files = await listLetterFiles();

describe('letter corpus manifest', () => {
  it('lists every letter file exactly once', () => {
    const listed = manifest.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(files);
  });

  it('only lists files that exist', () => {
    for (const e of manifest) expect(existsSync(`${CORPUS_DIR}/${e.file}`), e.file).toBe(true);
  });

  it('has at least 48 letters, at least 4 of them HTML', () => {
    expect(files.length).toBeGreaterThanOrEqual(48);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
  });

  it('uses valid decision types and has several letters of each real type', () => {
    for (const e of manifest) expect(DECISION_TYPES, e.file).toContain(e.decisionType);
    for (const t of ['bevilling', 'delvis', 'afslag', 'aendring'] as const) {
      expect(manifest.filter((e) => e.decisionType === t).length, t).toBeGreaterThanOrEqual(3);
    }
  });

  it('labels every domain element id with a boolean, and nothing else', () => {
    for (const e of manifest) {
      expect(Object.keys(e.elements).sort(), e.file).toEqual([...DOMAIN_ELEMENT_IDS].sort());
      for (const id of DOMAIN_ELEMENT_IDS) expect(typeof e.elements[id], `${e.file} ${id}`).toBe('boolean');
    }
  });

  it('gives letter dates as real YYYY-MM-DD dates', () => {
    for (const e of manifest) {
      if (e.date === undefined) continue;
      expect(e.date, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${e.date}T12:00:00Z`).toISOString().slice(0, 10), e.file).toBe(e.date);
    }
  });

  it('explains every label set in a note', () => {
    for (const e of manifest) expect(typeof e.notes === 'string' && e.notes.trim().length > 0, e.file).toBe(true);
  });

  it('has both present and absent examples of every element', () => {
    for (const id of DOMAIN_ELEMENT_IDS) {
      const present = manifest.filter((e) => e.elements[id]).length;
      expect(present, `${id} present`).toBeGreaterThan(0);
      expect(manifest.length - present, `${id} absent`).toBeGreaterThan(0);
    }
  });

  it('never marks klagefrist or genvurdering without a klagevejledning', () => {
    for (const e of manifest) {
      if (e.elements.klagefrist || e.elements.genvurdering || e.elements.klageinstans) {
        expect(e.elements.klagevejledning, e.file).toBe(true);
      }
    }
  });

  const engineExists = existsSync(new URL('../../../lib/letter/index.ts', import.meta.url));
  it.skipIf(!engineExists)('uses the same element ids as the engine', async () => {
    const engine = (await import('../../../lib/letter/index')) as { ELEMENT_IDS: readonly string[] };
    expect([...engine.ELEMENT_IDS].sort()).toEqual([...DOMAIN_ELEMENT_IDS].sort());
  });
});
