/**
 * Text normalisation for matching what a case system shows against the catalogue.
 *
 * Case systems write the same indsats many ways ("Praktisk hjælp - rengøring",
 * "Rengøring (praktisk hjælp)", "PRAKTISK HJÆLP/RENGØRING"), and some strip Danish letters
 * ("praktisk hjaelp"). Names are compared as sets of folded words, so order, case,
 * punctuation and spelling of æ/ø/å do not matter.
 */

/** Lower-case, Danish letters folded to ae/oe/aa, punctuation to spaces, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/&/g, ' og ')
    .replace(/[^a-z0-9§]+/g, ' ')
    .trim();
}

/** Words too common in indsats names to tell entries apart. */
const NAME_STOP_WORDS = new Set(['og', 'i', 'til', 'af', 'for', 'med', 'paa', 'om', 'en', 'et', 'den', 'det', 'eller', 'anden', 'andet', 'jf', 'stk', 'nr', 'sel', 'bl']);

/** The meaningful words of a name, folded ("Rengøring (praktisk hjælp)" → praktisk, hjaelp, rengoering). */
export function nameWords(text: string): Set<string> {
  const words = foldText(text.replace(/§\s*\d+\s*[a-f]?/gi, ' ')).split(' ');
  return new Set(words.filter((w) => w.length > 1 && !NAME_STOP_WORDS.has(w) && !/^\d+$/.test(w)));
}

/** An FSIII indsats code ("H1b", "h1b", "H 1 b") in canonical form ("H1b"), or undefined. */
export function fsiiiCode(text: string): string | undefined {
  const m = /(?:^|[^a-z0-9])([a-j])\s?(\d{1,2})\s?([a-z])?(?:\.(\d{1,2}))?(?![a-z0-9])/i.exec(text);
  if (!m) return undefined;
  return `${m[1]!.toUpperCase()}${m[2]}${(m[3] ?? '').toLowerCase()}${m[4] ? '.' + m[4] : ''}`;
}

/** Canonical law names and the ways case systems write them. */
const LAW_ALIASES: readonly [string, RegExp][] = [
  ['serviceloven', /\b(servicelov(en|ens)?|sel|lov om social service)\b/],
  ['aeldreloven', /\b(aeldrelov(en|ens)?|ael)\b/],
  ['barnets lov', /\b(barnets lovs?|bl)\b/],
  ['retssikkerhedsloven', /\b(retssikkerhedslov(en|ens)?|rsl)\b/],
  ['sundhedsloven', /\b(sundhedslov(en|ens)?|sul)\b/],
  ['forvaltningsloven', /\b(forvaltningslov(en|ens)?|fvl)\b/],
];

/** A reference to a provision: law (canonical name, if written) and section ("83a", "32"). */
export interface LegalRef {
  law?: string;
  section: string;
}

/**
 * Reads references like "Barnets lov § 32, stk. 1, nr. 3", "SEL §85", "§ 83 a i serviceloven"
 * into law and section, so "§32" and "§ 32" compare equal.
 */
export function legalRefs(text: string): LegalRef[] {
  const folded = foldText(text);
  const laws: { law: string; index: number }[] = [];
  for (const [law, re] of LAW_ALIASES) {
    const global = new RegExp(re.source, 'g');
    for (const m of folded.matchAll(global)) laws.push({ law, index: m.index ?? 0 });
  }
  const refs: LegalRef[] = [];
  for (const m of folded.matchAll(/§+\s*(\d+)(?:\s?([a-f])(?![a-z0-9]))?/g)) {
    const index = m.index ?? 0;
    const section = `${m[1]}${m[2] ?? ''}`;
    // The law usually comes before the §; "§ 85 i serviceloven" puts it right after.
    const before = laws.filter((l) => l.index < index).sort((a, b) => b.index - a.index)[0];
    const after = laws.filter((l) => l.index > index && l.index - index < 30).sort((a, b) => a.index - b.index)[0];
    const law = before?.law ?? after?.law;
    refs.push(law ? { law, section } : { section });
  }
  return refs;
}
