/**
 * The checks every letter corpus's manifest must pass (main corpus and both held-out sets):
 * labels and files cannot drift apart, every domain element id is labelled, decision types
 * are valid, and the set is varied enough for its precision and recall to mean something.
 * Each corpus's test calls this with its own thresholds and adds its own checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECISION_TYPES, DOMAIN_ELEMENT_IDS, listLetterFiles, loadManifest, type ManifestEntry } from '../../../scripts/eval-letters';

const LETTER_EXT = /\.(txt|html|docx)$/;

export interface ManifestGuardOptions {
  dir: string;
  manifest: ManifestEntry[];
  /** The letter files in the folder, sorted. */
  files: string[];
  minLetters: number;
  minHtml: number;
  minPerType: number;
  /** Each area prefix ("aeldre-", …) needs this many letters; 0 skips the check. */
  minPerArea: number;
  datePattern: RegExp;
  /** At most this many undated letters (short mails); undefined: any number. */
  maxUndated?: number;
}

export function guardManifest(o: ManifestGuardOptions): void {
  const { manifest, files } = o;

  it('lists every letter file exactly once', () => {
    const listed = manifest.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(files);
  });

  it('only lists files that exist', () => {
    for (const e of manifest) expect(existsSync(`${o.dir}/${e.file}`), e.file).toBe(true);
  });

  it(`has at least ${o.minLetters} letters, at least ${o.minHtml} of them HTML${o.minPerArea ? ', and covers elderly, adults and children' : ''}`, () => {
    expect(files.length).toBeGreaterThanOrEqual(o.minLetters);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(o.minHtml);
    if (!o.minPerArea) return;
    for (const area of ['aeldre-', 'voksen-', 'boern-']) {
      expect(files.filter((f) => f.startsWith(area)).length, area).toBeGreaterThanOrEqual(o.minPerArea);
    }
  });

  it('uses valid decision types and has several letters of each real type', () => {
    for (const e of manifest) expect(DECISION_TYPES, e.file).toContain(e.decisionType);
    for (const t of ['bevilling', 'delvis', 'afslag', 'aendring'] as const) {
      expect(manifest.filter((e) => e.decisionType === t).length, t).toBeGreaterThanOrEqual(o.minPerType);
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
      expect(e.date, e.file).toMatch(o.datePattern);
      expect(new Date(`${e.date}T12:00:00Z`).toISOString().slice(0, 10), e.file).toBe(e.date);
    }
    if (o.maxUndated !== undefined) expect(manifest.filter((e) => e.date === undefined).length).toBeLessThanOrEqual(o.maxUndated);
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
}

export interface BlindCorpusOptions extends Omit<ManifestGuardOptions, 'manifest' | 'files'> {
  /** The suite's title ("second held-out letter corpus manifest"). */
  title: string;
  /** Folders whose letter names this corpus must not share. */
  otherDirs: (string | undefined)[];
}

/** The shape every blind held-out set of 30 written since the third is held to. */
export const BLIND_SET_OF_30 = { minLetters: 30, minHtml: 6, minPerType: 5, minPerArea: 9, datePattern: /^202[4-6]-\d{2}-\d{2}$/, maxUndated: 2 };

/**
 * The suite every blind held-out corpus gets: read straight from disk (so the guard does not
 * depend on how the eval script loads), no stray files, loads through the eval script the same
 * way, no file name shared with the other corpora, and the shared manifest guards.
 */
export function guardBlindCorpus(o: BlindCorpusOptions): void {
  const raw: unknown = JSON.parse(readFileSync(`${o.dir}/expected.json`, 'utf8'));
  const manifest = raw as ManifestEntry[];
  const entries = readdirSync(o.dir);
  const files = entries.filter((f) => LETTER_EXT.test(f)).sort();

  describe(o.title, () => {
    it('is a JSON array', () => {
      expect(Array.isArray(raw)).toBe(true);
    });

    it('holds no stray files (only letters, expected.json and README.md)', () => {
      const stray = entries.filter((f) => !LETTER_EXT.test(f) && f !== 'expected.json' && f !== 'README.md');
      expect(stray).toEqual([]);
    });

    it('loads through the eval script the same way (so --dir works)', async () => {
      const loaded = await loadManifest(o.dir);
      expect(loaded.map((e) => e.file).sort()).toEqual(files);
      expect(await listLetterFiles(o.dir)).toEqual(files);
    });

    it('shares no file name with the other corpora', async () => {
      const others = new Set((await Promise.all(o.otherDirs.map((d) => listLetterFiles(d)))).flat());
      for (const f of files) expect(others.has(f), f).toBe(false);
    });

    guardManifest({ ...o, manifest, files });
  });
}
