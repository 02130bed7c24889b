/**
 * Trains the decision-type model (predict.ts) from labelled letters: a softmax regression fitted by full-batch Adam,
 * with a small L2 penalty, from zero weights, so the same corpus always gives the same model. Two passes: the first over
 * every feature seen in at least `minLetters` letters picks the `keep` features that weigh most; the second fits those
 * alone, so the shipped model is small and reads a letter exactly as it was trained.
 */
import type { LearnedType, TypeModel } from './predict';
import { typeFeatures } from './features';

export const LEARNED_TYPES: LearnedType[] = ['bevilling', 'delvis', 'afslag', 'aendring'];

export interface TrainingLetter {
  text: string;
  type: LearnedType;
}

export interface TrainOptions {
  minLetters?: number;
  keep?: number;
  iterations?: number;
}

interface Fit {
  weights: Float64Array;
  bias: Float64Array;
}

function fit(rows: Int32Array[], labels: number[], features: number, iterations: number): Fit {
  const K = LEARNED_TYPES.length;
  const W = new Float64Array(features * K);
  const b = new Float64Array(K);
  const m = new Float64Array(W.length);
  const v = new Float64Array(W.length);
  const g = new Float64Array(W.length);
  const scale = rows.map((r) => 1 / Math.sqrt(r.length + 1));
  const lambda = 1e-4;
  const z = new Float64Array(K);
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    const gb = new Float64Array(K);
    for (let d = 0; d < rows.length; d++) {
      const row = rows[d]!;
      const s = scale[d]!;
      for (let c = 0; c < K; c++) z[c] = 0;
      for (const f of row) for (let c = 0; c < K; c++) z[c]! += W[f * K + c]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        z[c] = z[c]! * s + b[c]!;
        if (z[c]! > max) max = z[c]!;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < K; c++) {
        const err = (z[c]! / sum - (labels[d] === c ? 1 : 0)) / rows.length;
        gb[c]! += err;
        const e = err * s;
        for (const f of row) g[f * K + c]! += e;
      }
    }
    for (let i = 0; i < W.length; i++) {
      const gi = g[i]! + lambda * W[i]!;
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      W[i]! -= (0.05 * m[i]!) / (Math.sqrt(v[i]!) + 1e-8);
    }
    for (let c = 0; c < K; c++) b[c]! -= 0.5 * gb[c]!;
  }
  return { weights: W, bias: b };
}

function rowsOf(letters: string[][], index: Map<string, number>): Int32Array[] {
  return letters.map((features) => Int32Array.from(features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function trainTypeModel(letters: TrainingLetter[], options: TrainOptions = {}): TypeModel {
  const { minLetters = 3, keep = 6000, iterations = 300 } = options;
  const K = LEARNED_TYPES.length;
  const features = letters.map((l) => typeFeatures(l.text));
  const labels = letters.map((l) => LEARNED_TYPES.indexOf(l.type));
  const seenIn = new Map<string, number>();
  for (const fs of features) for (const f of fs) seenIn.set(f, (seenIn.get(f) ?? 0) + 1);
  // Sorted, so the model does not depend on the order the letters were read in.
  const vocabulary = [...seenIn].filter(([, n]) => n >= minLetters).map(([f]) => f).sort();
  const all = new Map(vocabulary.map((f, i) => [f, i]));
  const first = fit(rowsOf(features, all), labels, vocabulary.length, iterations);
  const weight = (i: number) => {
    let s = 0;
    for (let c = 0; c < K; c++) s += Math.abs(first.weights[i * K + c]!);
    return s;
  };
  const kept = vocabulary.map((f, i) => [f, weight(i)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep).map(([f]) => f).sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const final = fit(rowsOf(features, index), labels, kept.length, iterations);
  const weights: Record<string, number[]> = {};
  kept.forEach((f, i) => (weights[f] = Array.from(final.weights.subarray(i * K, i * K + K), round)));
  return { classes: LEARNED_TYPES, bias: Array.from(final.bias, round), weights };
}
