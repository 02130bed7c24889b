/**
 * Formal address "De/Dem/Deres". Capitalised "Dem"/"Deres"/"De" inside a sentence is formal.
 * At the start of a sentence "De" can be "de" (they): we only flag it when a verb of address
 * follows ("De kan klage", "De bedes") and the sentence does not also speak to "du".
 * Sentence-initial "Deres" is flagged before letter nouns ("Deres ansøgning").
 */
import type { AnalysedLetter } from '../letter';
import type { RawFinding, RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

const WORD = /(?<![\p{L}\p{N}])(De|Dem|Deres)(?![\p{L}\p{N}])/gu;
// Nouns a municipality writes about the reader's own matters; "Deres adresse" stays ambiguous.
const LETTER_NOUNS = /^\s+(?:ansøgning|sag|klage|henvendelse|bevilling|afgørelse)(?![\p{L}])/u;
const INFORMAL = /(?<![\p{L}])(?:du|dig|din|dit|dine)(?![\p{L}])/iu;

function atSentenceStart(letter: AnalysedLetter, offset: number): boolean {
  const si = letter.sentenceAt(offset);
  if (si < 0) return true;
  const before = letter.text.slice(letter.sentence(si).start, offset);
  return /^[\s"“„«(–-]*$/u.test(before);
}

export const rule: RuleDefinition = {
  id: 'formel-tiltale',
  description: 'Finder tiltale med "De", "Dem" og "Deres" og foreslår "du", "dig" og "din".',
  severity: 'warning',
  message: '"{found}" er en formel tiltale. Skriv "{alternative}".',
  why: 'Skriv "du" og "vi" til borgeren; det er lettere at læse og mere direkte (klarsprog).',
  examples: {
    valid: [GOOD_AFSLAG, 'Din mor og far har ringet. De kan hjælpe dig med at handle. Deres adresse står i sagen.'],
    invalid: ['Vi har behandlet Deres ansøgning. De kan klage inden 4 uger.', 'Deres ansøgning om hjælp er modtaget.', 'Vi sender Dem en kopi.'],
  },
  check(letter) {
    const out: RawFinding[] = [];
    const verbs = letter.compiled.lists.formalAddressVerbs;
    const all = letter.matches(WORD);
    // Letter-level evidence: a capitalised form inside a sentence is unambiguous; a letter that
    // never says "du" is written in the formal style throughout.
    const formalLetter = all.some((m) => !atSentenceStart(letter, m.start)) || !INFORMAL.test(letter.text);
    for (const m of all) {
      const word = letter.slice(m);
      const alternative = word === 'De' ? 'du' : word === 'Dem' ? 'dig' : 'din/dit/dine';
      if (atSentenceStart(letter, m.start)) {
        const si = letter.sentenceAt(m.start);
        const rest = letter.text.slice(m.end, si >= 0 ? letter.sentence(si).end : m.end + 60);
        if (word === 'Deres' && !LETTER_NOUNS.test(rest)) continue;
        if (word === 'De') {
          if (!formalLetter || INFORMAL.test(rest)) continue;
          const next = letter.matches(verbs).find((v) => v.start >= m.end && v.start <= m.end + 2);
          if (!next) continue;
        }
        if (word === 'Dem') continue; // "Dem, der …" at a sentence start is "them"
      }
      out.push({ ...m, vars: { found: word, alternative }, suggestion: alternative });
    }
    return out;
  },
};
