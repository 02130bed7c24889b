/**
 * Guards the held-out letter corpus (tests/fixtures/letters-holdout/expected.json) the same
 * way manifest.test.ts guards the main corpus: labels and files cannot drift apart, every
 * domain element id is labelled, and the set is varied enough (types, areas, HTML, dates)
 * for its precision and recall to say something about generalisation.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DECISION_TYPES,
  DOMAIN_ELEMENT_IDS,
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
  it('lists every letter file exactly once', () => {
    const listed = manifest.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(files);
  });

  it('only lists files that exist', () => {
    for (const e of manifest) expect(existsSync(`${HOLDOUT_DIR}/${e.file}`), e.file).toBe(true);
  });

  it('shares no file name with the main corpus (so results are never mixed up)', () => {
    const main = new Set(mainFiles);
    for (const f of files) expect(main.has(f), f).toBe(false);
  });

  it('has at least 30 letters, at least 4 HTML, and covers elderly, adults and children', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
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

  it('gives letter dates as real YYYY-MM-DD dates, for all but a few undated mails', () => {
    for (const e of manifest) {
      if (e.date === undefined) continue;
      expect(e.date, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
