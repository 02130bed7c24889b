import { configPackSchema, type ConfigPack } from './pack-schema';
import { safeParseDanish } from './errors';
import { isSignedPackShape } from './signature';
import { defaultPackChecks, type PackCheck } from './pack-checks';

/** The top-level parts of a pack that precedence resolves one by one. */
export const PACK_PARTS = ['siteProfiles', 'catalogue', 'rules', 'tips', 'hints', 'checklists', 'logbook'] as const;
export type PackPart = (typeof PACK_PARTS)[number];

/** Largest pack text accepted anywhere (import, policy, remote). */
export const MAX_PACK_CHARS = 5_000_000;
const MAX_ERRORS = 50;

export type LoadResult =
  | { ok: true; pack: ConfigPack; parts: PackPart[] }
  | { ok: false; errors: string[] };

export interface LoadOptions {
  /** Extra checks after the schema passed (default: the registered checks, e.g. rule examples). */
  checks?: readonly PackCheck[];
}

/**
 * Validates a config pack: the zod schema (Danish errors with exact paths), then the checks
 * (rule examples must pass, as in prh/LanguageTool). A signed pack's inner `pack` is loaded;
 * its signature is checked elsewhere (remote.ts), where the policy key is known.
 * `parts` lists the top-level parts the input really contained (not filled in by defaults),
 * which is what per-part precedence needs. Never throws.
 */
export function loadPack(raw: unknown, options: LoadOptions = {}): LoadResult {
  const value = isSignedPackShape(raw) ? raw.pack : raw;
  const parsed = safeParseDanish(configPackSchema, value);
  if (!parsed.success) return { ok: false, errors: capErrors(parsed.errors) };
  const pack = parsed.data;

  const record = value as Record<string, unknown>;
  const parts = PACK_PARTS.filter((part) => Object.prototype.hasOwnProperty.call(record, part) && record[part] !== undefined);

  const errors: string[] = [];
  for (const check of options.checks ?? defaultPackChecks()) {
    try {
      errors.push(...check.run(pack, parts));
    } catch (error) {
      // The thrown text is a developer message (often English, sometimes a whole regex), so
      // the user gets a Danish sentence; the pack is refused either way.
      void error;
      errors.push(`${check.name}: kontrollen kunne ikke køres med disse indstillinger (fx et ugyldigt mønster eller en for lang tekst)`);
    }
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  return { ok: true, pack, parts };
}

/** Parses JSON text and loads it; JSON syntax errors come back in Danish. */
export function loadPackText(text: string, options: LoadOptions = {}): LoadResult {
  if (text.length > MAX_PACK_CHARS) return { ok: false, errors: [`pakken: er for stor (over ${MAX_PACK_CHARS} tegn)`] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = error instanceof SyntaxError ? error.message.replace(/^.*?(position \d+).*$/s, '$1') : '';
    return { ok: false, errors: [`pakken: er ikke gyldig JSON${where ? ` (${where.replace('position', 'tegn nr.')})` : ''}`] };
  }
  return loadPack(value, options);
}

function capErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… og ${errors.length - MAX_ERRORS} fejl mere`];
}
