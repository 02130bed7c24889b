import type { DecisionType as LetterDecisionType } from '../letter/types';

/**
 * The shared ids follow-up figures are counted by (domain.md, Part A). They are closed lists
 * so a record can only ever hold these keys: an open key set would let free text in.
 */

/** Decision types (domain.md "Decision types"). */
export const DECISION_TYPES = ['bevilling', 'delvis', 'afslag', 'aendring', 'ukendt'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

// The letter check owns the same list; this fails to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameDecisionTypes: Same<DecisionType, LetterDecisionType> = true;
void _sameDecisionTypes;

/** Building blocks of a good decision: one list, owned by the letter check. */
export { ELEMENT_IDS, type ElementId } from '../letter/types';

/**
 * Maps the decision type a case screen shows ("Bevilget", "Delvis bevilling", "Afslag",
 * "Nedsættelse") to its id. Anything unclear is 'ukendt' rather than a guess.
 */
export function decisionTypeFromText(text: string | undefined): DecisionType {
  if (!text) return 'ukendt';
  const t = text.toLowerCase();
  if (/delvis|delvist/.test(t)) return 'delvis';
  if (/afslag|afslået|afvis|afvist|ikke bevilget/.test(t)) return 'afslag';
  if (/ændring|aendring|nedsæt|nedsat|ophør|ophoer|stop|frakend|reduc/.test(t)) return 'aendring';
  if (/bevilg|bevilling|bevilget|fuldt medhold|imødekom/.test(t)) return 'bevilling';
  return 'ukendt';
}
