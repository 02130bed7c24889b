/**
 * Guards the ninth blind held-out letter corpus (tests/fixtures/letters-holdout-9), written like
 * the fourth to look like the field, at the start of a session and measured once at its end: labels
 * and files cannot drift apart, every element id is labelled, no stray files, and the set is varied
 * enough to mean something. Only the manifest's shape is checked here.
 */
import { BLIND_SET_OF_30, guardBlindCorpus } from './manifest-guards';
import { HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_4_DIR, HOLDOUT_5_DIR, HOLDOUT_6_DIR, HOLDOUT_7_DIR, HOLDOUT_8_DIR, HOLDOUT_9_DIR, HOLDOUT_DIR } from '../../../scripts/eval-letters';

guardBlindCorpus({
  title: 'ninth held-out letter corpus manifest',
  dir: HOLDOUT_9_DIR,
  otherDirs: [undefined, HOLDOUT_DIR, HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_4_DIR, HOLDOUT_5_DIR, HOLDOUT_6_DIR, HOLDOUT_7_DIR, HOLDOUT_8_DIR],
  ...BLIND_SET_OF_30,
  // One letter is from 2023, before barnets lov: a servicelov section there is not outdated.
  datePattern: /^202[3-6]-\d{2}-\d{2}$/,
});
