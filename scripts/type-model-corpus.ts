/**
 * The letters the decision-type model learns from: the main corpus and every spent held-out set (their labels are
 * final and the rules are already tuned on them). A set not yet measured stays out, as it does in every evaluation, so
 * its first measure stays blind. The digest names exactly these letters and labels; the model file carries it, and a
 * unit test fails when the corpus has changed since the model was trained.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { htmlToText } from '../lib/letter/html-to-text';
import type { TrainingLetter } from '../lib/letter/type-model/train';
import { LEARNED_TYPES } from '../lib/letter/type-model/train';
import { CORPUS_DIR } from './eval-letters';
import { holdoutDir, spentHoldoutSets } from './holdout-sets';

export function typeModelCorpus(): { letters: TrainingLetter[]; digest: string } {
  const letters: TrainingLetter[] = [];
  const hash = createHash('sha256');
  for (const dir of [CORPUS_DIR, ...spentHoldoutSets().map(holdoutDir)]) {
    const entries = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { file: string; decisionType: string }[];
    for (const e of entries) {
      if (!(LEARNED_TYPES as string[]).includes(e.decisionType)) continue;
      const raw = readFileSync(`${dir}/${e.file}`, 'utf8');
      const text = e.file.endsWith('.html') ? htmlToText(raw).text : raw;
      letters.push({ text, type: e.decisionType as TrainingLetter['type'] });
      hash.update(`${e.decisionType}\u0000${text}\u0000`);
    }
  }
  return { letters, digest: hash.digest('hex') };
}
