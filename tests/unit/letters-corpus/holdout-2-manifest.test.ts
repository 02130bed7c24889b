/**
 * Guards the second, blind held-out letter corpus (tests/fixtures/letters-holdout-2) the same
 * way holdout-manifest.test.ts guards the first: labels and files cannot drift apart, every
 * domain element id is labelled, no stray files sit in the folder, and the set is varied
 * enough (types, areas, HTML, dates) for its precision and recall to mean something.
 * The corpus was written and labelled without looking at the engine; this test only checks
 * the manifest's shape and never runs the letter check.
 */
import { guardBlindCorpus } from './manifest-guards';
import { HOLDOUT_2_DIR, HOLDOUT_DIR } from '../../../scripts/eval-letters';

guardBlindCorpus({
  title: 'second held-out letter corpus manifest',
  dir: HOLDOUT_2_DIR,
  otherDirs: [undefined, HOLDOUT_DIR],
  minLetters: 30,
  minHtml: 6,
  minPerType: 4,
  minPerArea: 8,
  datePattern: /^202[4-6]-\d{2}-\d{2}$/,
  maxUndated: 3,
});
