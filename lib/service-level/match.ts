import type { CaseContext } from '../host/context';
import { foldText, fsiiiCode, legalRefs, nameWords, type LegalRef } from './normalize';
import type { Catalogue, CatalogueEntry } from './schema';

/** One catalogue entry that may be the indsats on screen, with how sure and why (Danish). */
export interface CatalogueMatch {
  entry: CatalogueEntry;
  /** 0–1; 1 is an exact name or alias. */
  score: number;
  /** Plain Danish, e.g. "Navnet passer (alias "Rengøring (praktisk hjælp)")". */
  reason: string;
}

/** The parts of a CaseContext matching uses. */
export type MatchContext = Pick<CaseContext, 'indsats' | 'lovgrundlag' | 'sagsomraade'>;

const AREA_NAMES = { aeldre: 'ældreområdet', voksne: 'voksenområdet', boern: 'børneområdet' } as const;

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size || a.size === 0) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

interface NameScore {
  score: number;
  reason: string;
}

interface PreparedName {
  name: string;
  folded: string;
  words: Set<string>;
}

interface PreparedEntry {
  names: PreparedName[];
  refs: LegalRef[];
}

/*
 * Entries are parsed catalogue objects that do not change while the panel is open, so their
 * folded names and legal references are worked out once per entry object. This keeps a
 * screen update well under a millisecond.
 */
const prepared = new WeakMap<CatalogueEntry, PreparedEntry>();

function prepare(entry: CatalogueEntry): PreparedEntry {
  let p = prepared.get(entry);
  if (!p) {
    p = {
      names: [entry.name, ...entry.aliases].map((name) => ({ name, folded: foldText(name), words: nameWords(name) })),
      refs: entry.legalBasis.flatMap((b) => legalRefs(b)),
    };
    prepared.set(entry, p);
  }
  return p;
}

/** How well the screen's indsats text fits one entry's name and aliases. */
function scoreName(entry: CatalogueEntry, folded: string, words: Set<string>): NameScore | undefined {
  let best: NameScore | undefined;
  const consider = (candidate: NameScore) => {
    if (!best || candidate.score > best.score) best = candidate;
  };
  for (const { name, folded: foldedName, words: nameSet } of prepare(entry).names) {
    const label = name === entry.name ? `navnet "${name}"` : `det andet navn "${name}"`;
    if (foldedName === folded) {
      consider({ score: 1, reason: `Indsatsen passer med ${label}.` });
      continue;
    }
    if (sameSet(nameSet, words)) {
      consider({ score: 0.95, reason: `Indsatsen passer med ${label} (samme ord i en anden rækkefølge).` });
      continue;
    }
    const shared = overlap(nameSet, words);
    if (shared === 0 || nameSet.size === 0) continue;
    if (shared === nameSet.size) {
      // Every word of the catalogue name appears on screen ("Bevilling af rengøring" ⊇ "rengøring").
      consider({ score: 0.7 + 0.2 * (shared / Math.max(words.size, 1)), reason: `Alle ord i ${label} står i indsatsen.` });
    } else {
      const jaccard = shared / (nameSet.size + words.size - shared);
      consider({ score: 0.6 * jaccard, reason: `Nogle ord i ${label} står i indsatsen.` });
    }
  }
  return best;
}

function refsMatch(screen: LegalRef[], entryRefs: LegalRef[]): 'law' | 'section' | undefined {
  let result: 'law' | 'section' | undefined;
  for (const s of screen) {
    for (const e of entryRefs) {
      if (s.section !== e.section) continue;
      if (s.law && e.law && s.law === e.law) return 'law';
      if (!s.law || !e.law) result = 'section';
    }
  }
  return result;
}

/**
 * Finds the catalogue entries that fit what the case screen shows, best first.
 *
 * Uses the indsats name (aliases, any word order, case, punctuation, æ/ø/å or ae/oe/aa), an
 * FSIII code in it ("H1b", "h1b"), the legal basis ("§32" = "§ 32"; "SEL" = "serviceloven")
 * and the legal area. Entries from another area are kept but ranked lower, because a case
 * screen's area field is not always filled in correctly.
 */
export function matchCatalogue(catalogue: Catalogue, context: MatchContext): CatalogueMatch[] {
  const indsats = context.indsats?.trim() ?? '';
  const code = indsats ? fsiiiCode(indsats) : undefined;
  const screenRefs = context.lovgrundlag ? legalRefs(context.lovgrundlag) : [];
  // A legal basis is sometimes typed into the indsats field itself ("§ 85 støtte").
  if (indsats.includes('§')) screenRefs.push(...legalRefs(indsats));
  // Compare names without the code, so "H1b Rengøring" reads as the name "Rengøring".
  const nameText = code ? indsats.replace(/(^|[^a-z0-9])[a-j]\s?\d{1,2}\s?[a-z]?(?![a-z0-9])/i, '$1').trim() : indsats;
  const foldedName = foldText(nameText);
  const words = nameWords(nameText);
  const results: CatalogueMatch[] = [];
  for (const entry of catalogue.entries) {
    const reasons: string[] = [];
    let score = 0;
    const name = nameText ? scoreName(entry, foldedName, words) : undefined;
    if (name && name.score > 0) {
      score = name.score;
      reasons.push(name.reason);
    }
    if (code && entry.fsiii && code.toLowerCase() === entry.fsiii.toLowerCase()) {
      // Several entries share a code (H1b covers rengøring, tøjvask and indkøb), so a code
      // alone is a good but not a certain match; the name decides between them.
      score = Math.max(score, 0.75) + (name && name.score > 0 ? 0.1 : 0);
      reasons.push(`FSIII-koden ${entry.fsiii} passer.`);
    }
    if (screenRefs.length > 0) {
      const refs = refsMatch(screenRefs, prepare(entry).refs);
      if (refs) {
        score = score > 0 ? score + 0.1 : refs === 'law' ? 0.5 : 0.35;
        reasons.push(refs === 'law' ? 'Lovgrundlaget passer.' : 'Paragraffen passer (loven er ikke angivet).');
      }
    }
    if (score <= 0) continue;
    if (context.sagsomraade) {
      if (context.sagsomraade === entry.area) score += 0.02;
      else {
        score *= 0.5;
        reasons.push(`Indsatsen hører til ${AREA_NAMES[entry.area]}, men sagen er på ${AREA_NAMES[context.sagsomraade]}.`);
      }
    }
    if (score < 0.3) continue;
    results.push({ entry, score: Math.min(1, Math.round(score * 1000) / 1000), reason: reasons.join(' ') });
  }
  return results.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name, 'da'));
}

/**
 * The panel's search box: entries whose name, other names, FSIII code or legal basis contain
 * every word of the query (as a word start), best first. An empty query lists all entries.
 */
export function searchCatalogue(catalogue: Catalogue, query: string): CatalogueEntry[] {
  const terms = foldText(query.replace(/§\s*(\d)/g, '§$1')).split(' ').filter(Boolean);
  if (terms.length === 0) return [...catalogue.entries];
  const scored: { entry: CatalogueEntry; score: number }[] = [];
  for (const entry of catalogue.entries) {
    const nameText = foldText([entry.name, ...entry.aliases].join(' '));
    const otherText = foldText([entry.fsiii ?? '', ...entry.legalBasis, entry.targetGroup, entry.purpose].join(' ').replace(/§\s*(\d)/g, '§$1'));
    const nameTokens = nameText.split(' ');
    const otherTokens = otherText.split(' ');
    let score = 0;
    let all = true;
    for (const term of terms) {
      if (nameTokens.some((t) => t.startsWith(term))) score += 2;
      else if (otherTokens.some((t) => t.startsWith(term) || t === term.replace('§', ''))) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) scored.push({ entry, score: score + (foldText(entry.name).startsWith(terms.join(' ')) ? 1 : 0) });
  }
  return scored.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name, 'da')).map((s) => s.entry);
}
