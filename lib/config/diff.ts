import type { ConfigPack } from './pack-schema';
import { PACK_PARTS, type PackPart } from './load-pack';
import { canonicalJson } from './canonical-json';

/** What an import would change in one part, by item id where the part is a list of items. */
export interface PartDiff {
  part: PackPart;
  /** The imported pack does not contain this part: it stays as it is. */
  unchanged: boolean;
  added: string[];
  removed: string[];
  changed: string[];
  /** For parts that are not lists of items with ids (rules, logbook, catalogue settings). */
  otherChanges: boolean;
}

function idOf(item: unknown, index: number): string {
  if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') return (item as { id: string }).id;
  return `#${index + 1}`;
}

function diffList(before: unknown[], after: unknown[]): Pick<PartDiff, 'added' | 'removed' | 'changed'> {
  const a = new Map(before.map((item, i) => [idOf(item, i), canonicalJson(item)]));
  const b = new Map(after.map((item, i) => [idOf(item, i), canonicalJson(item)]));
  return {
    added: [...b.keys()].filter((id) => !a.has(id)),
    removed: [...a.keys()].filter((id) => !b.has(id)),
    changed: [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id)),
  };
}

/**
 * Compares the current pack with a pack about to be imported, part by part (only the parts the
 * import contains replace anything). Lists of items are compared by `id`; the catalogue by
 * its entries.
 */
export function diffPacks(current: ConfigPack, incoming: ConfigPack, incomingParts: readonly PackPart[]): PartDiff[] {
  return PACK_PARTS.map((part) => {
    const base: PartDiff = { part, unchanged: true, added: [], removed: [], changed: [], otherChanges: false };
    if (!incomingParts.includes(part)) return base;
    const before = current[part] as unknown;
    const after = incoming[part] as unknown;
    if (Array.isArray(before) && Array.isArray(after)) {
      const d = diffList(before, after);
      return { ...base, ...d, unchanged: !d.added.length && !d.removed.length && !d.changed.length };
    }
    if (part === 'catalogue') {
      const d = diffList(current.catalogue.entries as unknown[], incoming.catalogue.entries as unknown[]);
      const { entries: _a, ...restBefore } = current.catalogue;
      const { entries: _b, ...restAfter } = incoming.catalogue;
      const otherChanges = canonicalJson(restBefore) !== canonicalJson(restAfter);
      return { ...base, ...d, otherChanges, unchanged: !otherChanges && !d.added.length && !d.removed.length && !d.changed.length };
    }
    const otherChanges = canonicalJson(before) !== canonicalJson(after);
    return { ...base, otherChanges, unchanged: !otherChanges };
  });
}
