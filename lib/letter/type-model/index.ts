/**
 * The shipped decision-type model (model.json, trained by `npm run train:type-model`) and when classifyDecision
 * listens to it. Measured leave-one-batch-out on the seven batches written to hide the type (210 letters, each batch
 * left out of training in turn) and on held-out sets 30–65 left out (1,080 ordinary letters):
 * - the rules alone, at first sight: 138 of 210 blurred letters, 35 of them with no type at all;
 * - the model alone: 180 of 210 blurred, 1,046 of 1,080 ordinary (the tuned rules: 1,079);
 * - rules first, the model where the rules find no type or the model is at least 90 % sure and disagrees, in letters
 *   of 100 words or more: 174 of 210 blurred, and none of the 1,080 ordinary letters the rules had right turned wrong
 *   (at 80 % and any length: 180 and 2).
 */
import type { DecisionType } from '../types';
import type { TypeGuess, TypeModel } from './predict';
import { compileTypeModel } from './predict';
import shipped from './model.json';

/** How sure the model must be to overrule a type the rules read. */
export const OVERRULE_PROBABILITY = 0.9;
/**
 * The model learned from whole letters (median 300 words). On a short text it has little to go on but the complaint
 * guidance and a few single words, and it was sure and wrong on 11 short look-alike letters of 50–71 words in the unit
 * tests (most read as refusals), so it stays silent below this. On the blurred batches this costs 1 of 175.
 */
export const MIN_WORDS = 100;

export const SHIPPED_TYPE_MODEL = shipped as unknown as TypeModel;
let read: ((lower: string) => TypeGuess) | undefined;

/** The shipped model's guess for a lower-cased letter text (compiled on first use). */
export function learnedType(lower: string): TypeGuess {
  read ??= compileTypeModel(SHIPPED_TYPE_MODEL);
  return read(lower);
}

/** The rules' type, or the model's where the rules found none or the model is sure of another. */
export function combineTypes(ruleType: DecisionType, guess: TypeGuess): { type: DecisionType; learned: boolean } {
  if (guess.type === ruleType || guess.words < MIN_WORDS) return { type: ruleType, learned: false };
  if (ruleType === 'ukendt' || guess.probability >= OVERRULE_PROBABILITY) return { type: guess.type, learned: true };
  return { type: ruleType, learned: false };
}

export function withLearnedType(ruleType: DecisionType, lower: string): { type: DecisionType; learned: boolean } {
  return combineTypes(ruleType, learnedType(lower));
}
