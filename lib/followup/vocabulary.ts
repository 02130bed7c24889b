/**
 * The shared ids follow-up figures are counted by (domain.md, Part A). Kept here as closed
 * lists so a record can only ever hold these keys: an open key set would let free text in.
 */

/** Decision types (domain.md "Decision types"). */
export const DECISION_TYPES = ['bevilling', 'delvis', 'afslag', 'aendring', 'ukendt'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Building blocks of a good decision (domain.md "Building blocks"). */
export const ELEMENT_IDS = [
  'retsgrundlag',
  'begrundelse',
  'hovedhensyn',
  'faktiske-oplysninger',
  'formaal',
  'omfang',
  'opfoelgning',
  'ressourcer',
  'borgerens-synspunkter',
  'partshoering',
  'aktindsigt',
  'bisidder',
  'klagevejledning',
  'klagefrist',
  'genvurdering',
  'klageinstans',
  'vejledning-andre-ydelser',
  'cpr',
  'foraeldet-henvisning',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

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
