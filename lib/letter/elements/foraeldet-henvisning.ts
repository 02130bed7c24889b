/**
 * `foraeldet-henvisning`: a provision that no longer governs the area is cited, e.g.
 * servicelovens § 52 in a children's decision dated 2024 or later (barnets lov). The table
 * lives in the pack (outdatedReferences); the letter's area comes from the case screen or,
 * failing that, from child-case words in the letter.
 */
import type { Detection, Letter } from '../letter';
import type { Span } from '../segment';
import type { CompiledOutdated } from '../compile';

export interface OutdatedHit extends Span {
  entry: CompiledOutdated['entry'];
}

/** All outdated references in the letter (overlaps resolved: the first, most specific entry wins). */
export function findOutdated(letter: Letter): OutdatedHit[] {
  const hits: OutdatedHit[] = [];
  const day = letter.date.toISOString().slice(0, 10);
  for (const o of letter.compiled.outdated) {
    if (o.entry.area !== letter.area || day < o.entry.from) continue;
    for (const m of letter.matches(o.re)) {
      if (hits.some((h) => m.start < h.end && h.start < m.end)) continue;
      hits.push({ ...m, entry: o.entry });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function detect(letter: Letter): Detection {
  const first = findOutdated(letter)[0];
  return first ? { present: true, evidence: { start: first.start, end: first.end }, detail: first.entry.replacement } : { present: false };
}
