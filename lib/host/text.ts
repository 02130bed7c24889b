/** Text normalisation shared by label matching and value reading. */

/** Collapses white space, drops a trailing colon/asterisk, lower-cases. "Indsats:*" → "indsats". */
export function normaliseLabel(text: string): string {
  // toLowerCase, not toLocaleLowerCase('da'): the same for æ, ø, å and every other Danish letter,
  // and several times faster (this runs on each short text node of a large case page).
  return text.replace(/\s+/g, ' ').replace(/[\s:*]+$/, '').trim().toLowerCase();
}

/** Collapses white space and trims; keeps case. */
export function cleanValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
