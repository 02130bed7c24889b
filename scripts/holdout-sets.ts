/**
 * Where the blind held-out letter sets live, and which of them are spent.
 *
 * Set 1 is tests/fixtures/letters-holdout/ (another author, other voices); set n ≥ 2 is
 * tests/fixtures/letters-holdout-n/, each written blind: its author never saw the engine, the
 * other corpora or any engine output. A set is measured once and is then spent: from then on it
 * is evaluated by `eval-letters --all` and may be read and tuned against. Sets 1–29 were
 * measured before first measures were recorded; since set 30 a set is spent exactly when its
 * first measure is in tests/fixtures/holdout-first-measures.json. A set that is written but not
 * yet measured stays out of every evaluation, so nobody sees the engine's answers on it first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES_DIR = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

export const FIRST_MEASURES_FILE = `${FIXTURES_DIR}holdout-first-measures.json`;

/** The last set measured before first measures were recorded in FIRST_MEASURES_FILE. */
export const LAST_SET_BEFORE_RECORDS = 29;

export function holdoutDir(set: number): string {
  return `${FIXTURES_DIR}${set === 1 ? 'letters-holdout' : `letters-holdout-${set}`}/`;
}

/** The numbers of every held-out set folder in the fixtures, spent or not, in order. */
export function holdoutSetsOnDisk(): number[] {
  const sets: number[] = [];
  for (const name of readdirSync(FIXTURES_DIR)) {
    const m = /^letters-holdout(?:-(\d+))?$/.exec(name);
    if (m) sets.push(m[1] ? Number(m[1]) : 1);
  }
  return sets.sort((a, b) => a - b);
}

/** The sets whose first measure is recorded (only the numbers; eval-holdout reads the rest). */
export function recordedSets(file = FIRST_MEASURES_FILE): number[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { measures?: { set: number }[] };
  return (data.measures ?? []).map((m) => m.set);
}

/** The spent sets on disk: measured once, so they may be evaluated and tuned against. */
export function spentHoldoutSets(): number[] {
  const recorded = new Set(recordedSets());
  return holdoutSetsOnDisk().filter((n) => n <= LAST_SET_BEFORE_RECORDS || recorded.has(n));
}
