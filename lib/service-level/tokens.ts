/**
 * Tokens and Danish number words for the scope parser.
 *
 * The parser works on tokens that remember where they came from in the original text, so
 * a scope found inside a decision letter can be highlighted exactly where the caseworker
 * wrote it, whatever normalisation happened on the way.
 */

export interface Token {
  /** Lower-case form with dash variants folded to "-". */
  norm: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
  /** For 'num' tokens: the value (decimal comma and "½" understood). */
  value?: number;
}

const TOKEN_RE = /(\d+(?:[.,]\d+)?½?)|(½)|([\p{L}]+)|(\S)/gu;

/** Splits text into tokens with their original offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const end = start + raw.length;
    if (m[1] !== undefined) {
      const half = raw.endsWith('½');
      const digits = half ? raw.slice(0, -1) : raw;
      tokens.push({ norm: raw, start, end, kind: 'num', value: Number(digits.replace(',', '.')) + (half ? 0.5 : 0) });
    } else if (m[2] !== undefined) {
      tokens.push({ norm: raw, start, end, kind: 'num', value: 0.5 });
    } else if (m[3] !== undefined) {
      tokens.push({ norm: raw.toLowerCase(), start, end, kind: 'word' });
    } else {
      tokens.push({ norm: /[–—−‐-]/.test(raw) ? '-' : raw, start, end, kind: 'punct' });
    }
  }
  return tokens;
}

/** Cardinal number words a scope may use ("to gange om ugen", "tre besøg dagligt"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1,
  et: 1,
  én: 1,
  ét: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
  tyve: 20,
  femogtyve: 25,
  tredive: 30,
  fyrre: 40,
  halvtreds: 50,
  tres: 60,
  halvanden: 1.5,
  halv: 0.5,
  halvt: 0.5,
};

/** Ordinal words used in "hver anden uge", "hver fjortende dag". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  anden: 2,
  andet: 2,
  tredje: 3,
  fjerde: 4,
  femte: 5,
  sjette: 6,
  syvende: 7,
  ottende: 8,
  niende: 9,
  tiende: 10,
  fjortende: 14,
};
