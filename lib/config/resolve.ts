import type { ConfigPack } from './pack-schema';
import { PACK_PARTS, type PackPart } from './load-pack';
import type { Feature, Policy } from './policy';

/**
 * Precedence: embedded default < local Studio edits < remote pack named by policy < pack
 * given inline by policy.
 *
 * Precedence is decided **per top-level part** (siteProfiles, catalogue, rules, tips, hints,
 * checklists, logbook), not per whole pack. A part is taken from the highest source whose pack
 * really contains it (not filled in by schema defaults). Why: the people who write packs own
 * different parts. The implementation group publishes a remote pack with this week's tips; IT
 * should not have to copy the site profiles and the catalogue into it, and a tips-only pack
 * must not wipe the site profiles. Inside a part there is no merging: a part is replaced as a
 * whole, so a list never mixes entries from two authors in ways nobody reviewed.
 */

export type SourceId = 'indbygget' | 'lokal' | 'fjern' | 'politik';

/** Lowest first. */
export const SOURCE_ORDER: readonly SourceId[] = ['indbygget', 'lokal', 'fjern', 'politik'];

export const SOURCE_LABELS: Record<SourceId, string> = {
  indbygget: 'indbygget standardpakke',
  lokal: 'lokale ændringer i Studiet',
  fjern: 'pakke hentet fra adressen i politikken',
  politik: 'pakke givet direkte i politikken',
};

/** A validated pack and the parts it really contained. */
export interface SourcePack {
  pack: ConfigPack;
  parts: readonly PackPart[];
}

export interface Locks {
  /** False when policy forbids local Studio edits. */
  localEditsAllowed: boolean;
  /** Parts set by policy (remote or inline pack): local edits to them have no effect. */
  lockedParts: PackPart[];
  /** True when policy fixes the logbook's retention. */
  logbookRetentionLocked: boolean;
}

export interface EffectiveConfig {
  pack: ConfigPack;
  /** Which source each part (and the metadata) came from. */
  sources: Record<PackPart | 'meta', SourceId>;
  locks: Locks;
  disabledFeatures: Feature[];
  /** One Danish line for the panel ("Konfiguration: Aarhus 1.4.0 (hentet fra politik)"). */
  statusLine: string;
}

export interface ResolveInput {
  embedded: ConfigPack;
  local?: SourcePack;
  remote?: SourcePack;
  inline?: SourcePack;
  policy: Policy;
}

/** Resolves the effective config pack from its sources. Pure. */
export function resolveEffectiveConfig(input: ResolveInput): EffectiveConfig {
  const { policy } = input;
  const layers: { id: SourceId; source: SourcePack }[] = [
    { id: 'indbygget', source: { pack: input.embedded, parts: PACK_PARTS } },
  ];
  if (input.local && policy.allowLocalEdits) layers.push({ id: 'lokal', source: input.local });
  if (input.remote) layers.push({ id: 'fjern', source: input.remote });
  if (input.inline) layers.push({ id: 'politik', source: input.inline });

  const pack = structuredCloneJson(input.embedded);
  const sources = { meta: 'indbygget' } as Record<PackPart | 'meta', SourceId>;
  for (const part of PACK_PARTS) sources[part] = 'indbygget';

  for (const { id, source } of layers.slice(1)) {
    if (source.parts.length === 0) continue;
    for (const part of source.parts) {
      (pack as Record<PackPart, unknown>)[part] = structuredCloneJson(source.pack[part]);
      sources[part] = id;
    }
    pack.meta = structuredCloneJson(source.pack.meta);
    sources.meta = id;
  }

  if (policy.logbookRetentionMonths !== undefined) {
    pack.logbook = { ...pack.logbook, retentionMonths: policy.logbookRetentionMonths };
  }

  const lockedParts = PACK_PARTS.filter((part) => sources[part] === 'fjern' || sources[part] === 'politik');
  const locks: Locks = {
    localEditsAllowed: policy.allowLocalEdits,
    lockedParts,
    logbookRetentionLocked: policy.logbookRetentionMonths !== undefined,
  };
  const statusLine = `Konfiguration: ${pack.meta.municipality} – ${pack.meta.name} ${pack.meta.version} (${SOURCE_LABELS[sources.meta]})`;
  return { pack, sources, locks, disabledFeatures: [...policy.disabledFeatures], statusLine };
}

/** Packs are plain JSON data; a JSON round trip is a safe deep copy that drops nothing we keep. */
function structuredCloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
