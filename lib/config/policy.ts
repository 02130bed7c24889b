import { z } from 'zod';
import { safeParseDanish } from './errors';
import { decodePublicKey } from './signature';

/**
 * Managed policy: what IT sets through Chrome/Edge enterprise policy or Firefox policies.json.
 *
 * Two schemas live here:
 * - `managedPolicySchema` is the shape the browser delivers, one zod field per policy key with
 *   its Danish title and description. public/managed-schema.json (Chrome's managed_schema) is
 *   generated from it by scripts/gen-managed-schema.ts, and a test keeps the two in step.
 * - `parsePolicy` is lenient on top of that: Firefox does not validate against the schema, and
 *   GPO editors produce strings, so it accepts a few extra forms and parses each key on its
 *   own. A broken value gives a Danish error and is ignored; the other keys still apply.
 */

/** Features IT can switch off. */
export const FEATURES = ['serviceniveau', 'afgoerelsestjek', 'logbog', 'tips', 'opfoelgning'] as const;
export type Feature = (typeof FEATURES)[number];

/** Largest inline pack accepted from policy (characters of JSON). */
export const MAX_INLINE_PACK_CHARS = 2_000_000;

/**
 * `configPack` is a JSON *string* in the Chrome schema. Chrome's schema engine allows exactly
 * one `type` per key (no type arrays, no oneOf), and for an object it drops every property
 * the schema does not declare, so an open-ended pack object cannot be declared without
 * losing data. A string survives every policy channel (GPO, Intune OMA-URI, registry, JSON
 * files). Firefox does not filter by the schema, so there the pack may also be an object.
 */
export const managedPolicySchema = z.object({
  configPack: z.string().meta({
    title: 'Konfigurationspakke (JSON)',
    description:
      'En hel konfigurationspakke som JSON-tekst (evt. signeret). Går forud for pakken fra configUrl.',
  }),
  configUrl: z.string().meta({
    title: 'Adresse på konfigurationspakke',
    description: 'https-adresse, som Sidevogn henter pakken fra ved start og hver 3. time. http kun for localhost.',
  }),
  configPublicKey: z.string().meta({
    title: 'Offentlig nøgle til signatur',
    description:
      'Ed25519 offentlig nøgle (base64: rå 32 byte eller SPKI). Når den er sat, skal pakken fra configUrl være signeret.',
  }),
  allowLocalEdits: z.boolean().meta({
    title: 'Tillad lokale ændringer',
    description: 'Om støttepersoner må ændre pakken lokalt i Studiet. Standard: ja.',
  }),
  disabledFeatures: z.array(z.enum(FEATURES)).meta({
    title: 'Funktioner, der er slået fra',
    description: 'Funktioner, der er slået fra: serviceniveau, afgoerelsestjek, logbog, tips, opfoelgning.',
  }),
  logbookRetentionMonths: z.number().int().min(1).max(120).meta({
    title: 'Logbogens opbevaringstid (måneder)',
    description: 'Hvor mange måneder logbogsnotater gemmes, før de slettes (1–120).',
  }),
});
export type PolicyKey = keyof typeof managedPolicySchema.shape;
export const POLICY_KEYS = Object.keys(managedPolicySchema.shape) as PolicyKey[];

/** The policy after lenient parsing: only values that passed. */
export interface Policy {
  /** The inline pack as an unvalidated value (validated by loadPack, which may unwrap a signature). */
  configPack?: unknown;
  configUrl?: string;
  configPublicKey?: string;
  /** Default true. */
  allowLocalEdits: boolean;
  disabledFeatures: Feature[];
  logbookRetentionMonths?: number;
}

export const DEFAULT_POLICY: Policy = { allowLocalEdits: true, disabledFeatures: [] };

/** True for https URLs, and http URLs on localhost/127.0.0.1/[::1] (development and tests). */
export function isAllowedConfigUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses raw managed storage into a policy. Each key is checked on its own; a broken value is
 * reported in Danish (`configUrl: …`) and ignored. Never throws.
 */
export function parsePolicy(raw: unknown): { policy: Policy; errors: string[] } {
  const policy: Policy = { ...DEFAULT_POLICY, disabledFeatures: [] };
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { policy, errors };
  if (!isRecord(raw)) return { policy, errors: ['politik: forventede et objekt; hele politikken ignoreres'] };

  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as string[]).includes(key)) errors.push(`${key}: ukendt politiknøgle (ignoreret)`);
  }

  const value = (key: PolicyKey): unknown => (Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined);
  const fail = (key: PolicyKey, message: string) => errors.push(`${key}: ${message} (ignoreret)`);

  const pack = value('configPack');
  if (pack !== undefined && pack !== '') {
    if (typeof pack === 'string') {
      if (pack.length > MAX_INLINE_PACK_CHARS) fail('configPack', `er for stor (over ${MAX_INLINE_PACK_CHARS} tegn)`);
      else {
        try {
          policy.configPack = JSON.parse(pack) as unknown;
        } catch {
          fail('configPack', 'er ikke gyldig JSON');
        }
      }
    } else if (isRecord(pack)) policy.configPack = pack;
    else fail('configPack', 'forventede en JSON-tekst eller et objekt');
  }

  const url = value('configUrl');
  if (url !== undefined && url !== '') {
    if (typeof url !== 'string') fail('configUrl', 'forventede tekst');
    else if (!isAllowedConfigUrl(url.trim()))
      fail('configUrl', 'skal være en https-adresse (http kun for localhost og 127.0.0.1)');
    else policy.configUrl = url.trim();
  }

  const key = value('configPublicKey');
  if (key !== undefined && key !== '') {
    if (typeof key !== 'string') fail('configPublicKey', 'forventede tekst');
    else {
      const decoded = decodePublicKey(key);
      if (!decoded.ok) fail('configPublicKey', decoded.error);
      else policy.configPublicKey = key.trim();
    }
  }

  const allow = value('allowLocalEdits');
  if (allow !== undefined) {
    if (typeof allow === 'boolean') policy.allowLocalEdits = allow;
    else if (allow === 0 || allow === 1) policy.allowLocalEdits = allow === 1;
    else if (allow === 'true' || allow === 'false') policy.allowLocalEdits = allow === 'true';
    else fail('allowLocalEdits', 'forventede sand eller falsk');
  }

  const features = value('disabledFeatures');
  if (features !== undefined) {
    const list = typeof features === 'string' ? features.split(',').map((s) => s.trim()).filter(Boolean) : features;
    if (!Array.isArray(list)) fail('disabledFeatures', 'forventede en liste');
    else {
      list.forEach((item, index) => {
        if (typeof item === 'string' && (FEATURES as readonly string[]).includes(item)) {
          if (!policy.disabledFeatures.includes(item as Feature)) policy.disabledFeatures.push(item as Feature);
        } else {
          errors.push(
            `disabledFeatures[${index}]: skal være en af ${FEATURES.join(', ')} (ignoreret)`,
          );
        }
      });
    }
  }

  const months = value('logbookRetentionMonths');
  if (months !== undefined) {
    const number = typeof months === 'string' && /^\d+$/.test(months.trim()) ? Number(months) : months;
    const parsed = safeParseDanish(managedPolicySchema.shape.logbookRetentionMonths, number);
    if (parsed.success) policy.logbookRetentionMonths = parsed.data;
    else fail('logbookRetentionMonths', parsed.errors[0]?.replace(/^pakken: /, '') ?? 'er ugyldig');
  }

  return { policy, errors };
}

/** True when the policy sets anything at all (used for the status line). */
export function hasPolicy(policy: Policy): boolean {
  return (
    policy.configPack !== undefined ||
    policy.configUrl !== undefined ||
    policy.configPublicKey !== undefined ||
    !policy.allowLocalEdits ||
    policy.disabledFeatures.length > 0 ||
    policy.logbookRetentionMonths !== undefined
  );
}
