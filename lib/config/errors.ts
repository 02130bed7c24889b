import type { z } from 'zod';

/**
 * Danish validation messages with exact paths ("tips[3].gyldigFra: ikke en dato").
 *
 * Zod's own messages are English. Schemas in Sidevogn may carry their own Danish message
 * (`.regex(re, 'kun små bogstaver …')`); those are kept. Everything else is translated from
 * the issue's code. To tell the two apart, `safeParseDanish` parses with an error map that
 * marks zod's defaults with a sentinel prefix: a schema-level message wins over the parse-level
 * map in zod 4, so a message without the sentinel was written by us.
 */

const DEFAULT_MARK = '\u0000zod:';

type Issue = z.core.$ZodIssue;

/** Parse with zod and return Danish messages on failure. Never throws. */
export function safeParseDanish<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { success: true; data: z.infer<S> } | { success: false; errors: string[] } {
  let result;
  try {
    result = schema.safeParse(input, { error: () => DEFAULT_MARK, reportInput: true });
  } catch (error) {
    // A hostile value (a getter that throws, a cyclic structure) must not crash the caller.
    return { success: false, errors: [`pakken: kunne ikke læses (${describeThrown(error)})`] };
  }
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: formatZodIssues(result.error.issues) };
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? error.name : 'ukendt fejl';
}

/** Formats a zod path as `tips[3].gyldigFra`; the root is called "pakken". */
export function formatPath(path: readonly PropertyKey[], root = 'pakken'): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? '.' : '') + key : `[${JSON.stringify(key)}]`;
    }
  }
  return out || root;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et heltal',
  bigint: 'et heltal',
  boolean: 'sand eller falsk',
  object: 'et objekt',
  array: 'en liste',
  date: 'en dato',
  null: 'null',
  undefined: 'ingen værdi',
  nan: 'et tal',
  symbol: 'et symbol',
  function: 'en funktion',
  map: 'en tabel',
  set: 'en mængde',
  literal: 'en bestemt værdi',
  record: 'et objekt',
  tuple: 'en liste',
  never: 'ingen værdi',
};

/** Describes a received value in Danish ("en liste", "tekst", "ingen værdi"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'ingen værdi';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'number') return Number.isInteger(value) ? 'et heltal' : 'et tal';
  return TYPE_NAMES[typeof value] ?? 'en ukendt værdi';
}

const FORMAT_NAMES: Record<string, string> = {
  date: 'ikke en dato (skriv ÅÅÅÅ-MM-DD)',
  datetime: 'ikke et tidspunkt (skriv ÅÅÅÅ-MM-DDTtt:mm:ssZ)',
  time: 'ikke et klokkeslæt',
  url: 'ikke en gyldig webadresse',
  email: 'ikke en gyldig e-mailadresse',
  uuid: 'ikke et gyldigt id',
  regex: 'har ikke det rigtige format',
  base64: 'ikke gyldig base64',
  starts_with: 'begynder ikke rigtigt',
  ends_with: 'slutter ikke rigtigt',
  includes: 'mangler en del af teksten',
};

function sizeUnit(origin: string): string {
  if (origin === 'string') return 'tegn';
  if (origin === 'array' || origin === 'set') return 'elementer';
  return '';
}

function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeValue(value);
}

/** One issue's message in Danish (without the path). */
export function describeIssue(issue: Issue): string {
  if (issue.message && !issue.message.startsWith(DEFAULT_MARK) && !looksLikeZodDefault(issue.message)) {
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `mangler (forventede ${expected})`;
      return `forventede ${expected}, fik ${describeValue(issue.input)}`;
    }
    case 'too_small': {
      const unit = sizeUnit(issue.origin);
      const min = Number(issue.minimum);
      if (unit === 'tegn' && min === 1) return 'må ikke være tom';
      if (unit === 'elementer' && min === 1) return 'skal have mindst ét element';
      const op = issue.inclusive === false ? 'større end' : 'mindst';
      return unit ? `skal have ${op} ${min} ${unit}` : `skal være ${op} ${min}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin);
      const max = Number(issue.maximum);
      const op = issue.inclusive === false ? 'mindre end' : 'højst';
      return unit ? `må ${op === 'højst' ? 'højst have' : 'have færre end'} ${max} ${unit}` : `skal være ${op} ${max}`;
    }
    case 'invalid_format':
      return FORMAT_NAMES[issue.format] ?? `har ikke det rigtige format (${issue.format})`;
    case 'not_multiple_of':
      return `skal gå op i ${issue.divisor}`;
    case 'unrecognized_keys':
      return `ukendt${issue.keys.length > 1 ? 'e' : ''} felt${issue.keys.length > 1 ? 'er' : ''}: ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union': {
      // Report the branch that got furthest (most specific path), so the user sees a concrete fix.
      const best = pickBestUnionBranch(issue.errors);
      if (best) return `passer ikke: ${describeIssue(best)}`;
      return 'har ikke en af de tilladte former';
    }
    case 'invalid_key':
      return 'har en ugyldig nøgle';
    case 'invalid_element':
      return 'har et ugyldigt element';
    case 'invalid_value':
      return issue.values.length === 1
        ? `skal være ${preview(issue.values[0])}, fik ${preview(issue.input)}`
        : `skal være en af ${issue.values.map(preview).join(', ')}; fik ${preview(issue.input)}`;
    case 'custom':
      return 'er ugyldig';
    default:
      return 'er ugyldig';
  }
}

function looksLikeZodDefault(message: string): boolean {
  return /^(Invalid|Too (big|small)|Unrecognized|Expected|Number must|String must)/.test(message);
}

function pickBestUnionBranch(branches: readonly (readonly Issue[])[]): Issue | undefined {
  let best: Issue | undefined;
  for (const branch of branches) {
    for (const issue of branch) {
      if (!best || issue.path.length > best.path.length) best = issue;
    }
  }
  return best;
}

/**
 * Formats zod issues as Danish lines `path: message`, e.g. `tips[3].gyldigFra: ikke en dato`.
 * Union issues name the path of the most specific failing branch.
 */
export function formatZodIssues(issues: readonly Issue[], root = 'pakken'): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    let path = issue.path;
    if (issue.code === 'invalid_union') {
      const best = pickBestUnionBranch(issue.errors);
      if (best) path = [...issue.path, ...best.path];
    }
    lines.push(`${formatPath(path, root)}: ${describeIssue(issue)}`);
  }
  return [...new Set(lines)];
}
