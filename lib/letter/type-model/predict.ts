/**
 * The decision type as a trained model reads it: a softmax regression over the letter's words and word pairs
 * (features.ts), trained on the labelled corpus by scripts/train-type-model.ts. The phrase rules in decision-type.ts read
 * how a result is said; this reads the whole letter at once, so it still has something to say when a letter never says
 * its result in words the rules know (see index.ts for when classifyDecision listens to it).
 */
import type { DecisionType } from '../types';
import { eachModelWord, typeFeatures } from './features';

export type LearnedType = Exclude<DecisionType, 'ukendt'>;

export interface TypeModel {
  /** The classes, in the order of each feature's weights. */
  classes: LearnedType[];
  bias: number[];
  /** Feature ("word", "word_word" or "A:word", see features.ts) → its weights, one per class. */
  weights: Record<string, number[]>;
}

export interface TypeGuess {
  type: LearnedType;
  /** The model's probability for that type (0–1). */
  probability: number;
  /** Its probability for each type, so a guess can be weighed against the type the rules read. */
  probabilities: Record<LearnedType, number>;
  /** How many of the model's features the text had. */
  features: number;
  /** How many words it read (at most MAX_WORDS). */
  words: number;
}

export function softmax(z: number[], n: number, bias: readonly number[]): number[] {
  const scale = 1 / Math.sqrt(n + 1);
  const s = z.map((v, c) => v * scale + bias[c]!);
  const max = Math.max(...s);
  const e = s.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function best(classes: readonly LearnedType[], p: number[], features: number, words: number): TypeGuess {
  let b = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[b]!) b = c;
  const probabilities = Object.fromEntries(classes.map((c, i) => [c, p[i]!])) as Record<LearnedType, number>;
  return { type: classes[b]!, probability: p[b]!, probabilities, features, words };
}

/** Probabilities per class from a feature list, and how many were the model's; each counts 1/√(n+1), as in training. */
export function classProbabilities(model: TypeModel, features: readonly string[]): { p: number[]; n: number } {
  const z = new Array<number>(model.classes.length).fill(0);
  let n = 0;
  for (const f of features) {
    const w = Object.hasOwn(model.weights, f) ? model.weights[f] : undefined;
    if (!w) continue;
    n++;
    w.forEach((v, c) => (z[c]! += v));
  }
  return { p: softmax(z, n, model.bias), n };
}

/** The plain reading (features listed, then looked up): the reference the compiled reader (compiled.ts) is tested against. */
export function guessTypeSlowly(model: TypeModel, text: string): TypeGuess {
  const { p, n } = classProbabilities(model, typeFeatures(text));
  let words = 0;
  eachModelWord(text.toLowerCase(), () => words++);
  return best(model.classes, p, n, words);
}
