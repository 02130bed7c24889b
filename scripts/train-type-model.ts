/**
 * `npm run train:type-model`: trains the decision-type model from the labelled letters (type-model-corpus.ts) and writes
 * lib/letter/type-model/model.json. Run it after adding labelled letters or spending a held-out set; the unit tests say
 * when the model is out of date. Deterministic: the same letters give the same file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainTypeModel } from '../lib/letter/type-model/train';
import { typeModelCorpus } from './type-model-corpus';

const OUT = fileURLToPath(new URL('../lib/letter/type-model/model.json', import.meta.url));
const started = performance.now();
const { letters, digest } = typeModelCorpus();
const model = trainTypeModel(letters);
writeFileSync(OUT, JSON.stringify({ trainedOn: { letters: letters.length, digest }, ...model }) + '\n');
console.log(`${letters.length} breve, ${Object.keys(model.weights).length} træk, ${Math.round(performance.now() - started)} ms → ${OUT}`);
