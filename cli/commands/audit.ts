/**
 * `sidevogn audit [--json | --csv] [--pack FIL] STI...`: checks decision letters (.txt, .html,
 * .docx, or folders of them) with the same engine as the side panel, for a quality sample.
 * Exit code: 0 no letter has an error finding, 1 some have, 2 a path could not be read or the
 * pack is invalid (the rest is still reported).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { CliIo } from '../main.ts';
import { analyzeLetter, ELEMENT_IDS, ELEMENT_LABELS, htmlToText, RULES, ruleSettingsSchema, runRuleExamples, type LetterAnalysis, type RuleSettings } from '../../lib/letter/index.ts';
import { docxToText } from '../../lib/letter/docx.ts';
import { safeParseDanish } from '../../lib/config/errors.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const LETTER_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.docx']);

const USAGE = `Brug: sidevogn audit [--json | --csv] [--pack FIL] STI...

  STI      en .txt-, .html- eller .docx-fil eller en mappe med dem (også undermapper)
  --json   én JSON-liste med et objekt pr. brev
  --csv    én række pr. brev
  --pack   en konfigurationspakke (JSON), hvis "rules"-del erstatter standardreglerne

Afslutningskode: 0 ingen brev har fejl, 1 mindst ét brev har fejl, 2 en sti kunne ikke læses.`;

interface Audited {
  file: string;
  analysis: LetterAnalysis;
}

type Format = 'text' | 'json' | 'csv';

function parseArgs(args: string[]): { format: Format; pack?: string; paths: string[]; error?: string; help?: boolean } {
  let format: Format = 'text';
  let pack: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { format, paths, help: true };
    if (a === '--json' || a === '--csv') {
      const f = a === '--json' ? 'json' : 'csv';
      if (format !== 'text' && format !== f) return { format, paths, error: 'Vælg enten --json eller --csv, ikke begge.' };
      format = f;
    } else if (a === '--pack' || a.startsWith('--pack=')) {
      pack = a.startsWith('--pack=') ? a.slice(7) : args[++i];
      if (!pack) return { format, paths, error: '--pack skal efterfølges af en fil.' };
    } else if (a.startsWith('--')) return { format, paths, error: `Ukendt valg: ${a}` };
    else paths.push(a);
  }
  return { format, pack, paths };
}

/** Reads the pack's rule settings; Danish errors with paths on failure. */
function loadSettings(file: string, io: CliIo): RuleSettings | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    io.err(`${file}: kan ikke læses som JSON (${e instanceof SyntaxError ? 'ugyldig JSON' : 'filen findes ikke eller kan ikke åbnes'}).`);
    return undefined;
  }
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!obj) {
    io.err(`${file}: pakken skal være et JSON-objekt.`);
    return undefined;
  }
  // A whole config pack (with meta) or just its rules part.
  const rules = 'rules' in obj ? obj.rules : 'meta' in obj ? {} : obj;
  const parsed = safeParseDanish(ruleSettingsSchema, rules ?? {});
  if (!parsed.success) {
    io.err(`${file}: regelindstillingerne er ugyldige:`);
    for (const line of parsed.errors) io.err(`  rules.${line}`);
    return undefined;
  }
  const failures = runRuleExamples(parsed.data);
  if (failures.length > 0) {
    io.err(`${file}: pakken indlæses ikke, fordi ${failures.length} regeleksempel${failures.length === 1 ? '' : 'er'} fejler:`);
    for (const f of failures) io.err(`  rules.${f.ruleId}: ${f.message}`);
    return undefined;
  }
  return parsed.data;
}

/** Expands folders (recursively, sorted) into letter files; keeps the path as given. */
function collect(paths: string[], io: CliIo): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  const walk = (dir: string, shown: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      io.err(`Kan ikke læse mappen ${shown}.`);
      failed = true;
      return;
    }
    for (const e of entries) {
      const child = shown.endsWith('/') ? `${shown}${e.name}` : `${shown}/${e.name}`;
      if (e.isDirectory()) walk(`${dir}/${e.name}`, child);
      else if (e.isFile() && LETTER_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(child);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      io.err(`Kan ikke finde ${p}.`);
      failed = true;
      continue;
    }
    if (st.isDirectory()) walk(p, p);
    else files.push(p);
  }
  return { files, failed };
}

/** Reads one letter as plain text, or returns a Danish reason why not. */
async function readLetter(file: string): Promise<{ text: string } | { error: string }> {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_BYTES) return { error: `${file}: filen er for stor (over 5 MB) til at være et brev.` };
    bytes = readFileSync(file);
  } catch {
    return { error: `${file}: filen kan ikke læses.` };
  }
  if (bytes.length === 0) return { error: `${file}: filen er tom.` };
  const ext = extname(file).toLowerCase();
  let text: string;
  if (ext === '.docx') {
    try {
      text = await docxToText(new Uint8Array(bytes));
    } catch {
      return { error: `${file}: filen kan ikke læses som et Word-dokument (.docx).` };
    }
  } else {
    if (bytes.includes(0)) return { error: `${file}: filen ser ud til at være binær (den indeholder NUL-tegn), ikke tekst.` };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return { error: `${file}: filen er ikke gyldig UTF-8-tekst. Gem den som UTF-8 og prøv igen.` };
    }
    if (ext === '.html' || ext === '.htm') text = htmlToText(text).text;
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return { error: `${file}: filen indeholder ingen tekst.` };
  return { text };
}

const SEVERITY_LABEL = { error: 'FEJL', warning: 'ADVARSEL', info: 'INFO' } as const;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function hasError(a: LetterAnalysis): boolean {
  return a.findings.some((f) => f.severity === 'error');
}

function pct(n: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((n * 100) / total)} %`;
}

function textReport(items: Audited[], io: CliIo): void {
  for (const { file, analysis: a } of items) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of a.findings) counts[f.severity]++;
    io.out(`── ${file}`);
    io.out(`Afgørelsestype: ${a.decisionType}${a.decisionTypeSource === 'estimate' ? ' (skønnet ud fra hele brevet)' : ''} · LIX ${a.lix.value} (${a.lix.band}) · ${a.lix.words} ord`);
    const missing = ELEMENT_IDS.filter((id) => a.elements[id].required && !a.elements[id].present);
    const present = ELEMENT_IDS.filter((id) => a.elements[id].present && id !== 'cpr' && id !== 'foraeldet-henvisning');
    io.out(`Til stede: ${present.length ? present.map((id) => ELEMENT_LABELS[id]).join(', ') : 'ingen'}`);
    io.out(`Mangler (påkrævet): ${missing.length ? missing.map((id) => ELEMENT_LABELS[id]).join(', ') : 'ingen'}`);
    io.out(`Fund: ${counts.error} fejl, ${counts.warning} advarsler, ${counts.info} info`);
    for (const f of a.findings) io.out(`  ${SEVERITY_LABEL[f.severity].padEnd(8)} linje ${lineOf(a.text, f.start)}: ${f.message} [${f.ruleId}]`);
    io.out('');
  }
  const n = items.length;
  io.out(`Samlet: ${n} brev${n === 1 ? '' : 'e'}, ${items.filter((i) => hasError(i.analysis)).length} med fejl.`);
  io.out('');
  io.out(`${'Byggesten'.padEnd(36)} ${'til stede'.padStart(10)} ${'påkrævet'.padStart(9)} ${'mangler'.padStart(8)}`);
  for (const id of ELEMENT_IDS) {
    const presentN = items.filter((i) => i.analysis.elements[id].present).length;
    const requiredN = items.filter((i) => i.analysis.elements[id].required).length;
    const missingN = items.filter((i) => i.analysis.elements[id].required && !i.analysis.elements[id].present).length;
    io.out(`${ELEMENT_LABELS[id].padEnd(36)} ${pct(presentN, n).padStart(10)} ${String(requiredN).padStart(9)} ${String(missingN).padStart(8)}`);
  }
  io.out('');
  io.out(`${'Regel'.padEnd(36)} ${'fund'.padStart(6)} ${'breve'.padStart(6)}`);
  const ruleIds = [...new Set([...RULES.map((r) => r.id), ...items.flatMap((i) => i.analysis.findings.map((f) => f.ruleId))])];
  for (const id of ruleIds) {
    const total = items.reduce((s, i) => s + i.analysis.findings.filter((f) => f.ruleId === id).length, 0);
    const letters = items.filter((i) => i.analysis.findings.some((f) => f.ruleId === id)).length;
    io.out(`${id.padEnd(36)} ${String(total).padStart(6)} ${String(letters).padStart(6)}`);
  }
}

function jsonReport(items: Audited[]): string {
  return JSON.stringify(
    items.map(({ file, analysis: a }) => ({
      file,
      decisionType: a.decisionType,
      lix: a.lix.value,
      elements: Object.fromEntries(ELEMENT_IDS.map((id) => [id, { present: a.elements[id].present, required: a.elements[id].required }])),
      findings: a.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.start, end: f.end })),
    })),
    null,
    2,
  );
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvReport(items: Audited[]): string {
  const ruleIds = RULES.map((r) => r.id);
  const header = ['file', 'decisionType', 'lix', 'lixBand', 'words', 'errors', 'warnings', 'info', ...ELEMENT_IDS, ...ruleIds.map((id) => `fund:${id}`)];
  const rows = items.map(({ file, analysis: a }) => {
    const count = (sev: string) => a.findings.filter((f) => f.severity === sev).length;
    const el = ELEMENT_IDS.map((id) => (a.elements[id].present ? 'ja' : a.elements[id].required ? 'mangler' : 'nej'));
    const rules = ruleIds.map((id) => a.findings.filter((f) => f.ruleId === id).length);
    return [file, a.decisionType, a.lix.value, a.lix.band, a.lix.words, count('error'), count('warning'), count('info'), ...el, ...rules];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseArgs(args);
  if (opts.help) {
    io.out(USAGE);
    return 0;
  }
  if (opts.error || opts.paths.length === 0) {
    io.err(`${opts.error ?? 'Angiv mindst én fil eller mappe.'}\n\n${USAGE}`);
    return 2;
  }
  let settings: RuleSettings | undefined;
  if (opts.pack) {
    settings = loadSettings(opts.pack, io);
    if (!settings) return 2;
  }
  const { files, failed: pathFailed } = collect(opts.paths, io);
  let failed = pathFailed;
  const items: Audited[] = [];
  for (const file of files) {
    const read = await readLetter(file);
    if ('error' in read) {
      io.err(read.error);
      failed = true;
      continue;
    }
    items.push({ file, analysis: analyzeLetter(read.text, { settings }) });
  }
  if (opts.format === 'json') io.out(jsonReport(items));
  else if (opts.format === 'csv') io.out(csvReport(items));
  else if (items.length > 0) textReport(items, io);
  else io.err('Ingen breve at tjekke.');
  if (failed) return 2;
  return items.some((i) => hasError(i.analysis)) ? 1 : 0;
}
