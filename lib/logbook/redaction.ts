import { maskCpr } from '../privacy/cpr';

/** The result of guarding a piece of free text before it is stored. */
export interface Redacted<T> {
  value: T;
  /** How many CPR numbers were replaced by XXXXXX-XXXX. */
  maskedCpr: number;
}

/**
 * Masks CPR numbers in a note's text and tags. The logbook is for experiences with the
 * method, not case facts, so a CPR number never belongs there (GDPR art. 5(1)(c), data
 * minimisation); masking on every write path — capture, draft, edit, import — means no path
 * can smuggle one into storage.
 */
export function redactNote<T extends { text: string; tags?: readonly string[] }>(note: T): Redacted<T> {
  const text = maskCpr(note.text);
  let count = text.count;
  let tags = note.tags;
  if (tags) {
    tags = tags.map((tag) => {
      const masked = maskCpr(tag);
      count += masked.count;
      return masked.text;
    });
  }
  return { value: { ...note, text: text.text, ...(tags ? { tags } : {}) }, maskedCpr: count };
}

// Capitalised words that start many Danish work sentences or name institutions, laws and
// places of work; two of these in a row are not a person's name.
const NOT_NAMES = new Set(
  [
    'Ankestyrelsen', 'Barnets', 'Lov', 'Loven', 'Serviceloven', 'Forvaltningsloven', 'Retssikkerhedsloven',
    'Kommune', 'Kommunen', 'Region', 'Regionen', 'Danmark', 'Dansk', 'Danske', 'Styrelsen', 'Social',
    'Socialstyrelsen', 'Visitationsudvalget', 'Ugens', 'Tip', 'Sidevogn', 'Metode', 'God', 'Sagsbehandling',
    'Jeg', 'Vi', 'Det', 'Den', 'De', 'Der', 'Hun', 'Han', 'Hvordan', 'Hvorfor', 'Hvad', 'Hvornår', 'Når',
    'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag',
    'Januar', 'Februar', 'Marts', 'April', 'Maj', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'December',
    'Nexus', 'Cura', 'DUBU', 'KL', 'FVL', 'RSL', 'SEL', 'BL',
  ].map((w) => w.toLocaleLowerCase('da')),
);

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+)(?:\s+(\p{Lu}[\p{Ll}'’-]+)){1,3}(?![\p{L}\p{N}])/gu;

/**
 * Runs of two to four capitalised words that look like a person's full name ("Jens Hansen").
 * A heuristic for an optional warning, never for blocking: it errs towards silence for words
 * that open sentences or name laws and authorities. Returns the runs as written so the UI can
 * point at them; callers must not log them.
 */
export function findPossibleNames(text: string): string[] {
  const out: string[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    let words = m[0].split(/\s+/);
    // The first word of a sentence is capitalised anyway ("Spurgte Jens Hansen …"); with only
    // two words ("Jens Hansen ringede") both are kept, since Danish capitalises little else.
    const atSentenceStart = /(^|[.!?:;\n]\s*)$/.test(text.slice(0, m.index));
    if (atSentenceStart && words.length > 2) words = words.slice(1);
    const nameLike = words.filter((w) => !NOT_NAMES.has(w.toLocaleLowerCase('da')));
    if (nameLike.length >= 2) out.push(nameLike.join(' '));
  }
  return out;
}
