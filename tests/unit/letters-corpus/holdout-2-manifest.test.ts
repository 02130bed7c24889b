/**
 * Guards the second, blind held-out letter corpus (tests/fixtures/letters-holdout-2) the same
 * way holdout-manifest.test.ts guards the first: labels and files cannot drift apart, every
 * domain element id is labelled, no stray files sit in the folder, and the set is varied
 * enough (types, areas, HTML, dates) for its precision and recall to mean something.
 * The corpus was written and labelled without looking at the engine; this test only checks
 * the manifest's shape and never runs the letter check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DECISION_TYPES,
  DOMAIN_ELEMENT_IDS,
  HOLDOUT_DIR,
  listLetterFiles,
  loadManifest,
  type ManifestEntry,
} from '../../../scripts/eval-letters';

const DIR = resolve('tests/fixtures/letters-holdout-2');
const LETTER_EXT = /\.(txt|html|docx)$/;

/** Read straight from disk so the guard does not depend on how the eval script loads. */
const raw: unknown = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8'));
const manifest = raw as ManifestEntry[];
const entries = readdirSync(DIR);
const files = entries.filter((f) => LETTER_EXT.test(f)).sort();

describe('second held-out letter corpus manifest', () => {
  it('is a JSON array', () => {
    expect(Array.isArray(raw)).toBe(true);
  });

  it('lists every letter file exactly once', () => {
    const listed = manifest.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(files);
  });

  it('only lists files that exist', () => {
    for (const e of manifest) expect(existsSync(`${DIR}/${e.file}`), e.file).toBe(true);
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

  it('shares no file name with the main or the first held-out corpus', async () => {
    const others = new Set([...(await listLetterFiles()), ...(await listLetterFiles(HOLDOUT_DIR))]);
    for (const f of files) expect(others.has(f), f).toBe(false);
  });

  it('has at least 30 letters, at least 6 HTML, and covers elderly, adults and children', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(6);
    for (const area of ['aeldre-', 'voksen-', 'boern-']) {
      expect(files.filter((f) => f.startsWith(area)).length, area).toBeGreaterThanOrEqual(8);
    }
  });

  it('uses valid decision types and has several letters of each real type', () => {
    for (const e of manifest) expect(DECISION_TYPES, e.file).toContain(e.decisionType);
    for (const t of ['bevilling', 'delvis', 'afslag', 'aendring'] as const) {
      expect(manifest.filter((e) => e.decisionType === t).length, t).toBeGreaterThanOrEqual(4);
    }
  });

  it('labels every domain element id with a boolean, and nothing else', () => {
    for (const e of manifest) {
      expect(Object.keys(e.elements).sort(), e.file).toEqual([...DOMAIN_ELEMENT_IDS].sort());
      for (const id of DOMAIN_ELEMENT_IDS) expect(typeof e.elements[id], `${e.file} ${id}`).toBe('boolean');
    }
  });

  it('gives letter dates as real YYYY-MM-DD dates in 2024–2026, for all but a few undated mails', () => {
    for (const e of manifest) {
      if (e.date === undefined) continue;
      expect(e.date, e.file).toMatch(/^202[4-6]-\d{2}-\d{2}$/);
      expect(new Date(`${e.date}T12:00:00Z`).toISOString().slice(0, 10), e.file).toBe(e.date);
    }
    expect(manifest.filter((e) => e.date === undefined).length).toBeLessThanOrEqual(3);
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

  it('never marks klagefrist, genvurdering or klageinstans without a klagevejledning', () => {
    for (const e of manifest) {
      if (e.elements.klagefrist || e.elements.genvurdering || e.elements.klageinstans) {
        expect(e.elements.klagevejledning, e.file).toBe(true);
      }
    }
  });
});
