import type { FollowupRecord, RecordScope } from './record';
import { followupRecordSchema } from './record';
import { ELEMENT_IDS } from './vocabulary';

/*
 * CSV export/import of follow-up records.
 *
 * Written the way Danish Excel reads a double-clicked .csv without an import wizard:
 * semicolon as separator (Danish Excel uses ";" because "," is the decimal mark), decimal
 * comma in numbers, a UTF-8 byte-order mark so æ, ø and å survive, and CRLF line ends.
 * Headers are Danish. The import accepts what Excel writes back (quoted fields, a missing
 * BOM, LF line ends) and validates each row against the strict record schema.
 */

interface Column {
  header: string;
  get: (r: FollowupRecord) => string;
  /** Writes the cell's value into a plain object shaped like a record. */
  set: (target: Draft, value: string, fail: (msg: string) => void) => void;
}

type Draft = Record<string, unknown> & { scope?: Record<string, unknown> | null; elements: Record<string, unknown> };

function num(n: number | undefined | null): string {
  return n === undefined || n === null ? '' : String(n).replace('.', ',');
}

function parseNum(value: string, fail: (msg: string) => void): number | undefined {
  if (value === '') return undefined;
  const normalised = value.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) {
    fail(`"${value}" er ikke et tal (brug komma som decimaltegn)`);
    return undefined;
  }
  return Number(normalised);
}

function yesNo(value: boolean | null | undefined): string {
  return value === true ? 'ja' : value === false ? 'nej' : '';
}

function parseYesNo(value: string, fail: (msg: string) => void): boolean | null {
  const v = value.trim().toLowerCase();
  if (v === 'ja') return true;
  if (v === 'nej') return false;
  if (v === '') return null;
  fail(`skal være "ja", "nej" eller tom, ikke "${value}"`);
  return null;
}

function scopeOf(d: Draft): Record<string, unknown> {
  if (!d.scope) d.scope = {};
  return d.scope;
}

function rangeColumn(header: string, key: keyof RecordScope, end: 'min' | 'max'): Column {
  return {
    header,
    get: (r) => {
      const range = r.scope?.[key] as { min: number; max: number } | undefined;
      return num(range?.[end]);
    },
    set: (d, v, fail) => {
      const n = parseNum(v, fail);
      if (n === undefined) return;
      const s = scopeOf(d);
      const range = (s[key] as Record<string, number> | undefined) ?? {};
      range[end] = n;
      s[key] = range;
    },
  };
}

function scopeText(header: string, key: 'kind' | 'unit' | 'baseUnit'): Column {
  return {
    header,
    get: (r) => String(r.scope?.[key] ?? ''),
    set: (d, v) => {
      if (v !== '') scopeOf(d)[key] = v;
    },
  };
}

function scopeFlag(header: string, key: 'upTo' | 'approximate'): Column {
  return {
    header,
    get: (r) => (r.scope?.[key] ? 'ja' : ''),
    set: (d, v, fail) => {
      if (parseYesNo(v, fail) === true) scopeOf(d)[key] = true;
    },
  };
}

const COLUMNS: Column[] = [
  { header: 'id', get: (r) => r.id, set: (d, v) => (d.id = v) },
  { header: 'dato', get: (r) => r.date, set: (d, v) => (d.date = v) },
  { header: 'område', get: (r) => r.area ?? '', set: (d, v) => (d.area = v === '' ? null : v) },
  { header: 'indsats', get: (r) => r.indsatsId ?? '', set: (d, v) => (d.indsatsId = v === '' ? null : v) },
  scopeText('omfangstype', 'kind'),
  scopeText('enhed', 'unit'),
  scopeText('basisenhed', 'baseUnit'),
  rangeColumn('mængde_min', 'quantity', 'min'),
  rangeColumn('mængde_maks', 'quantity', 'max'),
  rangeColumn('gange_min', 'times', 'min'),
  rangeColumn('gange_maks', 'times', 'max'),
  {
    header: 'periode_antal',
    get: (r) => num(r.scope?.period?.count),
    set: (d, v, fail) => {
      const n = parseNum(v, fail);
      if (n === undefined) return;
      const s = scopeOf(d);
      s.period = { ...((s.period as object) ?? {}), count: n };
    },
  },
  {
    header: 'periode_enhed',
    get: (r) => r.scope?.period?.unit ?? '',
    set: (d, v) => {
      if (v === '') return;
      const s = scopeOf(d);
      s.period = { ...((s.period as object) ?? {}), unit: v };
    },
  },
  rangeColumn('pr_uge_min', 'perWeek', 'min'),
  rangeColumn('pr_uge_maks', 'perWeek', 'max'),
  rangeColumn('pr_måned_min', 'perMonth', 'min'),
  rangeColumn('pr_måned_maks', 'perMonth', 'max'),
  rangeColumn('i_alt_min', 'total', 'min'),
  rangeColumn('i_alt_maks', 'total', 'max'),
  scopeFlag('op_til', 'upTo'),
  scopeFlag('cirka', 'approximate'),
  {
    header: 'inden_for_rammen',
    get: (r) => yesNo(r.insideFrame),
    set: (d, v, fail) => (d.insideFrame = parseYesNo(v, fail)),
  },
  {
    header: 'anslået_udgift_pr_måned',
    get: (r) => num(r.estimatedMonthlyCost),
    set: (d, v, fail) => (d.estimatedMonthlyCost = parseNum(v, fail) ?? null),
  },
  { header: 'afgørelsestype', get: (r) => r.decisionType, set: (d, v) => (d.decisionType = v) },
  ...ELEMENT_IDS.map(
    (id): Column => ({
      header: `byggesten_${id}`,
      get: (r) => yesNo(r.elements[id]),
      set: (d, v, fail) => {
        const b = parseYesNo(v, fail);
        if (b !== null) d.elements[id] = b;
      },
    }),
  ),
];

/** The CSV header line's column names, in order. */
export const CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

const BOM = '\uFEFF';

/** Exports records as CSV for Danish Excel (";" separator, decimal comma, UTF-8 BOM, CRLF). */
export function recordsToCsv(records: readonly FollowupRecord[]): string {
  const lines = [CSV_HEADERS.join(';'), ...records.map((r) => COLUMNS.map((c) => c.get(r)).join(';'))];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Splits one CSV line on ";" honouring double quotes (Excel quotes fields when it saves). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** Result of importing a CSV file. */
export interface CsvImport {
  records: FollowupRecord[];
  /** Danish, with line numbers: "Linje 3, kolonnen «dato»: skal være en dato som 2026-03-01". */
  errors: string[];
}

/** Maps a schema path to the CSV column it came from (for error messages). */
function columnForPath(path: readonly PropertyKey[]): string {
  const p = path.map(String);
  const scopeCols: Record<string, string> = {
    kind: 'omfangstype',
    unit: 'enhed',
    baseUnit: 'basisenhed',
    quantity: 'mængde',
    times: 'gange',
    period: 'periode',
    perWeek: 'pr_uge',
    perMonth: 'pr_måned',
    total: 'i_alt',
  };
  const top: Record<string, string> = {
    id: 'id',
    date: 'dato',
    area: 'område',
    indsatsId: 'indsats',
    insideFrame: 'inden_for_rammen',
    estimatedMonthlyCost: 'anslået_udgift_pr_måned',
    decisionType: 'afgørelsestype',
  };
  if (p[0] === 'scope' && p[1]) return scopeCols[p[1]] ?? 'omfang';
  if (p[0] === 'elements' && p[1]) return `byggesten_${p[1]}`;
  return top[p[0] ?? ''] ?? (p.join('.') || 'rækken');
}

/**
 * Reads a follow-up CSV (as written by `recordsToCsv`, possibly re-saved by Excel). Rows
 * that fail validation are reported with their line number and skipped; valid rows are
 * returned. Unknown columns are an error, so a sheet with an added notes column cannot
 * smuggle free text into the figures.
 */
export function parseFollowupCsv(text: string): CsvImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: string[] = [];
  const records: FollowupRecord[] = [];
  const headerLine = lines[0] ?? '';
  const headers = splitLine(headerLine);
  const known = new Map(COLUMNS.map((c) => [c.header, c]));
  const unknown = headers.filter((h) => h !== '' && !known.has(h));
  const missing = ['id', 'dato', 'afgørelsestype'].filter((h) => !headers.includes(h));
  if (unknown.length > 0) errors.push(`Linje 1: ukendte kolonner: ${unknown.join(', ')}. Kun Sidevogns egne kolonner kan indlæses.`);
  if (missing.length > 0) errors.push(`Linje 1: mangler kolonnerne ${missing.join(', ')}. Er det en opfølgningsfil fra Sidevogn?`);
  if (unknown.length > 0 || missing.length > 0) return { records, errors };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    const cells = splitLine(line);
    if (cells.length !== headers.length) {
      errors.push(`Linje ${lineNo}: har ${cells.length} kolonner, men overskriften har ${headers.length}.`);
      continue;
    }
    const draft: Draft = { elements: {}, scope: null, area: null, indsatsId: null, insideFrame: null, estimatedMonthlyCost: null };
    const rowErrors: string[] = [];
    headers.forEach((h, idx) => {
      known.get(h)!.set(draft, cells[idx] ?? '', (msg) => rowErrors.push(`Linje ${lineNo}, kolonnen «${h}»: ${msg}`));
    });
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const parsed = followupRecordSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`Linje ${lineNo}, kolonnen «${columnForPath(issue.path)}»: ${issue.message}`);
      continue;
    }
    records.push(parsed.data);
  }
  return { records, errors };
}
