/**
 * Which held-out sets are spent decides what `eval-letters --all` shows, so a set written for the
 * next clean measure must stay out until its first measure is recorded.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLDOUT_DIR } from '../../../scripts/eval-letters';
import { holdoutDir, holdoutSetsOnDisk, LAST_SET_BEFORE_RECORDS, recordedSets, spentHoldoutSets } from '../../../scripts/holdout-sets';

describe('held-out sets', () => {
  it('numbers the sets from 1 without gaps, set 1 being letters-holdout/', () => {
    const sets = holdoutSetsOnDisk();
    expect(sets).toEqual(Array.from({ length: sets.length }, (_, i) => i + 1));
    expect(holdoutDir(1)).toBe(HOLDOUT_DIR);
    expect(holdoutDir(12)).toMatch(/letters-holdout-12\/$/);
    for (const set of sets) expect(existsSync(`${holdoutDir(set)}expected.json`), `set ${set}`).toBe(true);
  });

  it('counts a set from 30 on as spent only when its first measure is recorded', () => {
    const recorded = new Set(recordedSets());
    for (const set of spentHoldoutSets()) expect(set <= LAST_SET_BEFORE_RECORDS || recorded.has(set), `set ${set}`).toBe(true);
    // Every recorded set is on disk and spent; every set up to the last one before the record is spent.
    expect(spentHoldoutSets()).toEqual(holdoutSetsOnDisk().filter((n) => n <= LAST_SET_BEFORE_RECORDS || recorded.has(n)));
    for (const set of recorded) expect(spentHoldoutSets(), `set ${set}`).toContain(set);
  });

  it('reads no record from a missing file', () => {
    expect(recordedSets('/nonexistent/holdout-first-measures.json')).toEqual([]);
  });
});
