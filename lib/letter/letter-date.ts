/**
 * The letter's own date, read from its header ("Aarhus, 12. marts 2025", "Dato: 12.03.2025",
 * "2025-03-12" on a line of its own). Which law applies depends on the decision's date, and an
 * audit of last year's letters must not judge them by today's law. Only short header lines
 * in the first blocks count, so a date in the body ("du søgte den 3. marts") is not taken.
 */
import type { Segmentation } from './segment';

/** The Danish month names, January first (for dates written in words). */
export const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** The month names as a regex alternation ("januar|februar|…"), for patterns that read dates in words. */
export const MONTH_NAMES = MONTHS.join('|');
// Case systems and letterheads also shorten the month ("4. nov. 2025", "12. sept. 2026"); the first three letters tell
// every Danish month apart, so the short form is looked up by them.
const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec';
const WORD_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.\\s*(${MONTH_NAMES}|(?:${SHORT_MONTHS})(?![\\p{L}])\\.?)\\s+(\\d{4})(?![\\p{N}])`, 'iu');
const monthNumber = (word: string) => MONTHS.findIndex((name) => name.startsWith(word.slice(0, 3).toLowerCase())) + 1;
const NUM_DATE = /(?<!\d)(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})(?!\d)/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const HEADER_BLOCKS = 6;
const MAX_HEADER_WORDS = 8;

function make(y: number, m: number, d: number): Date | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return date.getUTCMonth() === m - 1 ? date : undefined;
}

/** Parse one Danish date in a short string, or undefined. */
export function parseDanishDate(s: string): Date | undefined {
  let m = WORD_DATE.exec(s);
  if (m) return make(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = ISO_DATE.exec(s);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUM_DATE.exec(s);
  if (m) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** The date in the letter's header, if there is one. */
export function findLetterDate(text: string, seg: Segmentation): Date | undefined {
  for (const b of seg.blocks.slice(0, HEADER_BLOCKS)) {
    if (b.words > MAX_HEADER_WORDS) continue;
    const date = parseDanishDate(text.slice(b.start, b.end));
    if (date) return date;
  }
  return undefined;
}
