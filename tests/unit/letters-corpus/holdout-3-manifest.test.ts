/**
 * Guards the third, blind held-out letter corpus (tests/fixtures/letters-holdout-3) the same
 * way as the second: labels and files cannot drift apart, every domain element id is labelled,
 * no stray files sit in the folder, and the set is varied enough (types, areas, HTML, dates)
 * for its precision and recall to mean something. The corpus was written and labelled without
 * looking at the engine; this test only checks the manifest's shape and never runs the check.
 */
import { BLIND_SET_OF_30, guardBlindCorpus } from './manifest-guards';
import { HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_DIR } from '../../../scripts/eval-letters';

guardBlindCorpus({
  title: 'third held-out letter corpus manifest',
  dir: HOLDOUT_3_DIR,
  otherDirs: [undefined, HOLDOUT_DIR, HOLDOUT_2_DIR],
  ...BLIND_SET_OF_30,
});
