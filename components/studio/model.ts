import type { z } from 'zod';
import { configPackSchema, type ConfigPack } from '../../lib/config/pack-schema';
import { loadPack, PACK_PARTS, type PackPart } from '../../lib/config/load-pack';
import { describeIssue, formatPath } from '../../lib/config/errors';
import { canonicalJson } from '../../lib/config/canonical-json';

/**
 * The Studio's working copy and the pure helpers around it (no DOM, no messaging), so the
 * parts that decide what is saved and exported can be unit-tested.
 *
 * The working copy is a whole pack (every part filled in, so forms always have something to
 * show) plus the list of parts the local edits really hold. Only those parts are saved:
 * precedence is per part, and a Studio that saved every part would silently pin the site
 * profiles and catalogue a remote pack should keep up to date.
 */
export interface StudioDraft {
  pack: ConfigPack;
  /** Parts held by the local edits (saved with `config/save-local`). */
  localParts: PackPart[];
}

/** Danish names of the pack's parts, for lists, diffs and the effective view. */
export const PART_LABELS: Record<PackPart | 'meta', string> = {
  meta: 'Pakkens oplysninger',
  siteProfiles: 'Skærmprofiler',
  catalogue: 'Serviceniveau-katalog',
  rules: 'Regler for afgørelsestjek',
  tips: 'Ugens Tip',
  hints: 'Hints',
  checklists: 'Tjeklister',
  logbook: 'Logbog',
};

/**
 * Builds the working copy from the effective pack and the stored local edits (either may be
 * missing or broken; the Studio must still open). Local parts replace the effective ones, so
 * the support person edits what they saved, even where a policy pack currently wins.
 */
export function buildDraft(effectiveRaw: unknown, localRaw: unknown): { draft: StudioDraft; errors: string[] } {
  const errors: string[] = [];
  const parsed = configPackSchema.safeParse(effectiveRaw);
  let pack: ConfigPack;
  if (parsed.success) pack = parsed.data;
  else {
    errors.push('Den effektive pakke kunne ikke læses; Studiet starter fra en tom pakke.');
    pack = configPackSchema.parse({ meta: { format: 1, municipality: 'Kommune', name: 'Pakke', version: '0.1.0', published: '2025-01-01' } });
  }
  let localParts: PackPart[] = [];
  if (localRaw !== undefined && localRaw !== null) {
    // Rule examples already ran when the local pack was saved; skip them here (speed).
    const local = loadPack(localRaw, { checks: [] });
    if (local.ok) {
      pack = { ...pack, meta: local.pack.meta };
      for (const part of local.parts) (pack as Record<PackPart, unknown>)[part] = local.pack[part];
      localParts = [...local.parts];
    } else {
      errors.push('De gemte lokale ændringer er ugyldige; Studiet starter fra den effektive pakke.', ...local.errors);
    }
  }
  return { draft: { pack, localParts }, errors };
}

/** Replaces one part of the working copy and marks it as a local edit. */
export function setPart<P extends PackPart>(draft: StudioDraft, part: P, value: ConfigPack[P]): StudioDraft {
  const localParts = draft.localParts.includes(part) ? draft.localParts : orderParts([...draft.localParts, part]);
  return { pack: { ...draft.pack, [part]: value }, localParts };
}

/** Replaces the pack's metadata (not a part: it always travels with the local edits). */
export function setMeta(draft: StudioDraft, meta: ConfigPack['meta']): StudioDraft {
  return { ...draft, pack: { ...draft.pack, meta } };
}

function orderParts(parts: PackPart[]): PackPart[] {
  return PACK_PARTS.filter((part) => parts.includes(part));
}

/** What `config/save-local` gets: the metadata and only the parts the local edits hold. */
export function localPackOf(draft: StudioDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { meta: draft.pack.meta };
  for (const part of orderParts(draft.localParts)) out[part] = draft.pack[part];
  return out;
}

/** True when two drafts would save the same thing. */
export function sameDraft(a: StudioDraft | undefined, b: StudioDraft | undefined): boolean {
  if (!a || !b) return a === b;
  return canonicalJson(localPackOf(a)) === canonicalJson(localPackOf(b));
}

export type VersionBump = 'patch' | 'minor' | 'major';

/** Semantic version bump: 1.2.3 → 1.2.4 (patch), 1.3.0 (minor), 2.0.0 (major). A broken version starts over at 0.1.0. */
export function bumpVersion(version: string, bump: VersionBump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  if (!m) return '0.1.0';
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** YYYY-MM-DD of a date in local time (the day the support person sees on the calendar). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Metadata for a published pack: the bumped version, today's date, and the note as a new first
 * line of the changelog ("1.3.0 (2026-03-02): Nye tips om formål"), keeping the older lines.
 */
export function publishMeta(
  meta: ConfigPack['meta'],
  options: { bump: VersionBump | 'none'; note: string; today: Date },
): ConfigPack['meta'] {
  const version = options.bump === 'none' ? meta.version : bumpVersion(meta.version, options.bump);
  const published = isoDay(options.today);
  const note = options.note.trim().replace(/\s*\n\s*/g, ' ');
  const changelog = note ? [`${version} (${published}): ${note}`, meta.changelog].filter(Boolean).join('\n') : meta.changelog;
  return { ...meta, version, published, changelog };
}

/** A file name for a pack: `sidevogn-aarhus-aeldre-1.3.0.json` (ASCII only, safe on every system). */
export function packFileName(meta: Pick<ConfigPack['meta'], 'municipality' | 'name' | 'version'>, signed = false): string {
  const slug = `${meta.municipality}-${meta.name}`
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `sidevogn-${slug || 'pakke'}-${meta.version}${signed ? '-signeret' : ''}.json`;
}

/** The pack to publish: the whole working copy, or only the parts the local edits hold. */
export function packToPublish(draft: StudioDraft, scope: 'all' | 'local', meta: ConfigPack['meta']): Record<string, unknown> {
  if (scope === 'local') return { ...localPackOf(draft), meta };
  return { ...draft.pack, meta };
}

/** Validation messages by exact path ("tips[3].title") for showing them next to the field. */
export type PathErrors = Record<string, string[]>;

/**
 * Validates a value with a zod schema and groups the Danish messages by path. `prefix` is the
 * value's own place in the pack (`['tips']`), so keys read like the pack's errors
 * ("tips[3].gyldigFra"). Never throws.
 */
export function validateAt(schema: z.ZodType, value: unknown, prefix: readonly PropertyKey[]): PathErrors {
  const out: PathErrors = {};
  let result;
  try {
    result = schema.safeParse(value);
  } catch {
    return { [pathKey(...prefix)]: ['kunne ikke kontrolleres'] };
  }
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const key = pathKey(...prefix, ...issue.path);
    const message = describeIssue(issue);
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

/** The key of a path, as the pack's error lines write it: `catalogue.entries[2].frame[0].max`. */
export function pathKey(...path: readonly PropertyKey[]): string {
  return formatPath(path, '');
}

/** Messages for exactly this path. */
export function errorsAt(errors: PathErrors, ...path: readonly PropertyKey[]): string[] {
  return errors[pathKey(...path)] ?? [];
}

/** Every message at or below a path, as `path: message` lines (for an item's summary). */
export function errorLinesUnder(errors: PathErrors, ...path: readonly PropertyKey[]): string[] {
  const base = pathKey(...path);
  const lines: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (key === base || key.startsWith(base + '.') || key.startsWith(base + '[')) {
      for (const message of messages) lines.push(`${key}: ${message}`);
    }
  }
  return lines;
}

/** All messages as `path: message` lines. */
export function errorLines(errors: PathErrors): string[] {
  return Object.entries(errors).flatMap(([key, messages]) => messages.map((m) => `${key}: ${m}`));
}

/** One entry per line; blank lines dropped, spaces at the ends trimmed. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A number typed in a field; empty means "not set". Accepts a Danish decimal comma. */
export function numberOrUndefined(text: string): number | undefined {
  const clean = text.trim().replace(',', '.');
  if (!clean) return undefined;
  const n = Number(clean);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Empty text means "not set" (optional fields must be absent, not ""). */
export function textOrUndefined(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** Sets or removes a key, keeping the object free of `undefined` values (strict schemas, clean JSON). */
export function withField<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const out = { ...obj };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}

/** An id not yet used in the list: `ny-tip`, `ny-tip-2`, … */
export function uniqueId(base: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((item) => item.id));
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Moves an item one step up (-1) or down (+1); returns the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** Replaces the item at `index`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** Removes the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A value map (screen text → value) as lines of "Skærmtekst = værdi", for editing in a text box. */
export function mapToText(map: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(map ?? {})
    .map(([from, to]) => `${from} = ${to}`)
    .join('\n');
}

/**
 * Reads "Skærmtekst = værdi" lines back into a map (undefined when there are none). The first
 * "=" splits, so a value may contain one. Lines without both sides, and a screen text given
 * twice (keys compare case-insensitively when the profile is applied), are reported in Danish
 * with their line number and left out.
 */
export function parseMapText(text: string): { map: Record<string, string> | undefined; errors: string[] } {
  const map: Record<string, string> = {};
  const seen = new Set<string>();
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const eq = line.indexOf('=');
    const from = eq < 0 ? '' : line.slice(0, eq).trim();
    const to = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (!from || !to) {
      errors.push(`Linje ${i + 1}: skriv skærmtekst = værdi, fx Børn og unge = boern.`);
      return;
    }
    const key = from.toLocaleLowerCase('da');
    if (seen.has(key)) {
      errors.push(`Linje ${i + 1}: »${from}« står der allerede.`);
      return;
    }
    seen.add(key);
    map[from] = to;
  });
  return { map: Object.keys(map).length ? map : undefined, errors };
}
