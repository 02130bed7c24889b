/**
 * Guards the forty-fourth blind held-out letter corpus (tests/fixtures/letters-holdout-44), written like
 * the fourth to look like the field, during the session of 2026-11-27 (the seventh session that day) for the next clean measure:
 * labels and files cannot drift apart, every element id is labelled, no stray files, and the set is varied enough to mean something. Only the manifest's shape is checked here.
 */
import { BLIND_SET_OF_30, guardBlindCorpus } from './manifest-guards';
import { HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_4_DIR, HOLDOUT_5_DIR, HOLDOUT_6_DIR, HOLDOUT_7_DIR, HOLDOUT_8_DIR, HOLDOUT_9_DIR, HOLDOUT_10_DIR, HOLDOUT_11_DIR, HOLDOUT_12_DIR, HOLDOUT_13_DIR, HOLDOUT_14_DIR, HOLDOUT_15_DIR, HOLDOUT_16_DIR, HOLDOUT_17_DIR, HOLDOUT_18_DIR, HOLDOUT_19_DIR, HOLDOUT_20_DIR, HOLDOUT_21_DIR, HOLDOUT_22_DIR, HOLDOUT_23_DIR, HOLDOUT_24_DIR, HOLDOUT_25_DIR, HOLDOUT_26_DIR, HOLDOUT_27_DIR, HOLDOUT_28_DIR, HOLDOUT_29_DIR, HOLDOUT_30_DIR, HOLDOUT_31_DIR, HOLDOUT_32_DIR, HOLDOUT_33_DIR, HOLDOUT_34_DIR, HOLDOUT_35_DIR, HOLDOUT_36_DIR, HOLDOUT_37_DIR, HOLDOUT_38_DIR, HOLDOUT_39_DIR, HOLDOUT_40_DIR, HOLDOUT_41_DIR, HOLDOUT_42_DIR, HOLDOUT_43_DIR, HOLDOUT_44_DIR, HOLDOUT_DIR } from '../../../scripts/eval-letters';

guardBlindCorpus({
  title: 'forty-fourth held-out letter corpus manifest',
  dir: HOLDOUT_44_DIR,
  otherDirs: [undefined, HOLDOUT_DIR, HOLDOUT_2_DIR, HOLDOUT_3_DIR, HOLDOUT_4_DIR, HOLDOUT_5_DIR, HOLDOUT_6_DIR, HOLDOUT_7_DIR, HOLDOUT_8_DIR, HOLDOUT_9_DIR, HOLDOUT_10_DIR, HOLDOUT_11_DIR, HOLDOUT_12_DIR, HOLDOUT_13_DIR, HOLDOUT_14_DIR, HOLDOUT_15_DIR, HOLDOUT_16_DIR, HOLDOUT_17_DIR, HOLDOUT_18_DIR, HOLDOUT_19_DIR, HOLDOUT_20_DIR, HOLDOUT_21_DIR, HOLDOUT_22_DIR, HOLDOUT_23_DIR, HOLDOUT_24_DIR, HOLDOUT_25_DIR, HOLDOUT_26_DIR, HOLDOUT_27_DIR, HOLDOUT_28_DIR, HOLDOUT_29_DIR, HOLDOUT_30_DIR, HOLDOUT_31_DIR, HOLDOUT_32_DIR, HOLDOUT_33_DIR, HOLDOUT_34_DIR, HOLDOUT_35_DIR, HOLDOUT_36_DIR, HOLDOUT_37_DIR, HOLDOUT_38_DIR, HOLDOUT_39_DIR, HOLDOUT_40_DIR, HOLDOUT_41_DIR, HOLDOUT_42_DIR, HOLDOUT_43_DIR],
  ...BLIND_SET_OF_30,
  // This set may hold 2023 letters too (before barnets lov), to test the date cut-offs.
  datePattern: /^202[3-6]-\d{2}-\d{2}$/,
});
