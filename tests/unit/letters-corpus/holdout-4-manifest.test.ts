/**
 * Guards the fourth blind held-out letter corpus (tests/fixtures/letters-holdout-4), written to
 * look like the field rather than to test any one building block, the same way as the second
 * and third: labels and files cannot drift apart, every element id is labelled, no stray files,
 * and the set is varied enough to mean something. Only the manifest's shape is checked here.
 */
import { BLIND_SET_OF_30, guardBlindCorpus } from './manifest-guards';
import { HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_4_DIR, HOLDOUT_DIR } from '../../../scripts/eval-letters';

guardBlindCorpus({
  title: 'fourth held-out letter corpus manifest',
  dir: HOLDOUT_4_DIR,
  otherDirs: [undefined, HOLDOUT_DIR, HOLDOUT_2_DIR, HOLDOUT_3_DIR],
  ...BLIND_SET_OF_30,
});
