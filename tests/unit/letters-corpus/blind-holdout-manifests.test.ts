/**
 * Guards every blind held-out letter set from the second on (tests/fixtures/letters-holdout-n),
 * spent or still waiting for its one measure: labels and files cannot drift apart, every element
 * id is labelled, no stray files, no letter name shared with another corpus, and the set is
 * varied enough (types, areas, HTML, dates) for its precision and recall to mean something.
 * Only the manifests' shape is checked here; the letter check never runs on them.
 */
import { BLIND_SET_OF_30, guardBlindCorpus } from './manifest-guards';
import { holdoutDir, holdoutSetsOnDisk } from '../../../scripts/holdout-sets';

/** Sets 9 and 20 onward may hold 2023 letters (before barnets lov), to test the date cut-offs. */
const WITH_2023 = { ...BLIND_SET_OF_30, datePattern: /^202[3-6]-\d{2}-\d{2}$/ };

/** The second set was held to a looser shape; from the third on, every set is a varied set of 30. */
function shapeOf(set: number) {
  if (set === 2) return { minLetters: 30, minHtml: 6, minPerType: 4, minPerArea: 8, datePattern: /^202[4-6]-\d{2}-\d{2}$/, maxUndated: 3 };
  return set === 9 || set >= 20 ? WITH_2023 : BLIND_SET_OF_30;
}

const sets = holdoutSetsOnDisk();
for (const set of sets.filter((n) => n >= 2)) {
  guardBlindCorpus({
    title: `held-out set ${set} manifest`,
    dir: holdoutDir(set),
    // undefined is the dev corpus.
    otherDirs: [undefined, ...sets.filter((n) => n !== set).map(holdoutDir)],
    ...shapeOf(set),
  });
}
