import type { z } from 'zod';
import { catalogueSchema, type Catalogue } from './schema';

/** Result of validating a catalogue: the parsed catalogue or Danish error lines. */
export type CatalogueValidation = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

/** Formats a zod path as `entries[2].frame[0].max`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out || 'kataloget';
}

function describe(issue: z.core.$ZodIssue): string {
  // Schema messages are Danish; this fallback only covers codes the schema cannot anticipate.
  if (issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_union') return 'har ikke en af de tilladte former';
  return 'er ugyldig';
}

/**
 * Validates a catalogue (as read from a config pack or the Studio) and returns Danish error
 * lines that name the exact path, e.g. `entries[2].frame[0].max: skal være et tal`.
 */
export function validateCatalogue(input: unknown): CatalogueValidation {
  const result = catalogueSchema.safeParse(input);
  if (result.success) return { ok: true, catalogue: result.data };
  const lines = result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${describe(issue)}`);
  return { ok: false, errors: [...new Set(lines)] };
}
