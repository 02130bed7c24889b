/** Text normalisation shared by label matching and value reading. */

/** Collapses white space, drops a trailing colon/asterisk, lower-cases. "Indsats:*" → "indsats". */
export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\s:*]+$/, '').trim().toLocaleLowerCase('da');
}

/** Collapses white space and trims; keeps case. */
export function cleanValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
