/**
 * Guards the fourth blind held-out letter corpus (tests/fixtures/letters-holdout-4), written to
 * look like the field rather than to test any one building block, the same way as the second
 * and third: labels and files cannot drift apart, every element id is labelled, no stray files,
 * and the set is varied enough to mean something. Only the manifest's shape is checked here.
 */
import { guardBlindCorpus } from './manifest-guards';
import { HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_4_DIR, HOLDOUT_DIR } from '../../../scripts/eval-letters';

guardBlindCorpus({
  title: 'fourth held-out letter corpus manifest',
  dir: HOLDOUT_4_DIR,
  otherDirs: [undefined, HOLDOUT_DIR, HOLDOUT_2_DIR, HOLDOUT_3_DIR],
  minLetters: 30,
  minHtml: 6,
  minPerType: 5,
  minPerArea: 9,
  datePattern: /^202[4-6]-\d{2}-\d{2}$/,
  maxUndated: 2,
});
