/**
 * Evaluates the letter check (lib/letter) against the independent corpus in
 * tests/fixtures/letters/: per building block precision, recall and F1, decision-type
 * accuracy with a confusion matrix, and every disagreement, so the engine author can
 * see what to generalise.
 *
 * Usage: npm run eval:letters [-- --min 0.95] [-- --json] [-- --no-date]
 *        [-- --dir tests/fixtures/letters-holdout] [-- --all]
 * --dir evaluates another corpus folder with the same expected.json format; --all evaluates
 * the main corpus and every spent held-out set (see holdout-sets.ts; a set not yet measured
 * stays out) and prints each, plus a side-by-side summary.
 * Exit code is 0 unless --min is given and a precision, recall or the accuracy is below it.
 *
 * The corpus was written without reading the engine, and its labels follow
 * tests/fixtures/letters/README.md. Never change labels to improve these numbers.
 */
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { holdoutDir, spentHoldoutSets } from './holdout-sets';

/** Building-block ids from domain.md part A, in its order (the corpus' source of truth). */
export const DOMAIN_ELEMENT_IDS = [
  'retsgrundlag',
  'begrundelse',
  'hovedhensyn',
  'faktiske-oplysninger',
  'formaal',
  'omfang',
  'opfoelgning',
  'ressourcer',
  'borgerens-synspunkter',
  'partshoering',
  'aktindsigt',
  'bisidder',
  'klagevejledning',
  'klagefrist',
  'genvurdering',
  'klageinstans',
  'vejledning-andre-ydelser',
  'cpr',
  'foraeldet-henvisning',
] as const;

/** Decision-type ids from domain.md part A. */
export const DECISION_TYPES = ['bevilling', 'delvis', 'afslag', 'aendring', 'ukendt'] as const;

export type DomainElementId = (typeof DOMAIN_ELEMENT_IDS)[number];
export type DecisionTypeId = (typeof DECISION_TYPES)[number];

/** One labelled letter in expected.json. */
export interface ManifestEntry {
  file: string;
  /** The letter's own date (YYYY-MM-DD), passed to the engine as the reference date. */
  date?: string;
  decisionType: DecisionTypeId;
  elements: Record<DomainElementId, boolean>;
  notes: string;
}

/** What the engine predicted for one letter, reduced to what the evaluation compares. */
export interface Prediction {
  decisionType: string;
  /** Element id → present. Ids the engine does not report count as absent. */
  present: Partial<Record<string, boolean>>;
  /** Set when the engine threw on this letter. */
  error?: string;
}

export interface ElementScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** TP / (TP + FP); 1 when the engine never claimed the element (no false alarms). */
  precision: number;
  /** TP / (TP + FN); 1 when no letter has the element (nothing to miss). */
  recall: number;
  f1: number;
}

export interface Disagreement {
  file: string;
  /** An element id, or 'decisionType'. */
  element: string;
  expected: string | boolean;
  got: string | boolean;
}

export interface EvalResult {
  letters: number;
  perElement: Record<DomainElementId, ElementScore>;
  decisionTypeAccuracy: number;
  /** confusion[expected][got] = count. */
  confusion: Record<string, Record<string, number>>;
  disagreements: Disagreement[];
  errors: { file: string; error: string }[];
}

/** The corpus folder, relative to this script so it works from any working directory. */
export const CORPUS_DIR = fileURLToPath(new URL('../tests/fixtures/letters/', import.meta.url));

/**
 * The held-out corpus: letters in other voices by another author, so the numbers show
 * whether the engine generalises beyond the main corpus. Nobody tunes against it.
 */
export const HOLDOUT_DIR = holdoutDir(1);

/** Reads expected.json. Throws if it is not a JSON array (the manifest test checks the rest). */
export async function loadManifest(dir: string = CORPUS_DIR): Promise<ManifestEntry[]> {
  const raw: unknown = JSON.parse(await readFile(`${dir}/expected.json`, 'utf8'));
  if (!Array.isArray(raw)) throw new Error('expected.json skal være en liste');
  return raw as ManifestEntry[];
}

/** Letter files in the corpus folder (.txt and .html), sorted. */
export async function listLetterFiles(dir: string = CORPUS_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith('.txt') || n.endsWith('.html')).sort();
}

function ratio(num: number, den: number, empty: number): number {
  return den === 0 ? empty : num / den;
}

/**
 * Precision, recall and F1 of one element's counts. Precision is 1 when the engine never claimed
 * the element (no false alarms), recall 1 when no letter has it (nothing to miss).
 */
export function rates(c: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = ratio(c.tp, c.tp + c.fp, 1);
  const recall = ratio(c.tp, c.tp + c.fn, 1);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Pure scoring: compares labels with predictions. Kept separate from the engine call so
 * it can be unit-tested and reused by the bench.
 */
export function score(entries: ManifestEntry[], predictions: Map<string, Prediction>): EvalResult {
  const perElement = {} as Record<DomainElementId, ElementScore>;
  const disagreements: Disagreement[] = [];
  const errors: { file: string; error: string }[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  let correctTypes = 0;

  for (const id of DOMAIN_ELEMENT_IDS) perElement[id] = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0 };

  for (const entry of entries) {
    const pred = predictions.get(entry.file) ?? { decisionType: 'ukendt', present: {}, error: 'ingen forudsigelse' };
    if (pred.error) errors.push({ file: entry.file, error: pred.error });

    const row = (confusion[entry.decisionType] ??= {});
    row[pred.decisionType] = (row[pred.decisionType] ?? 0) + 1;
    if (pred.decisionType === entry.decisionType) correctTypes++;
    else disagreements.push({ file: entry.file, element: 'decisionType', expected: entry.decisionType, got: pred.decisionType });

    for (const id of DOMAIN_ELEMENT_IDS) {
      const expected = entry.elements[id] === true;
      const got = pred.present[id] === true;
      const s = perElement[id];
      if (expected && got) s.tp++;
      else if (!expected && got) s.fp++;
      else if (expected && !got) s.fn++;
      else s.tn++;
      if (expected !== got) disagreements.push({ file: entry.file, element: id, expected, got });
    }
  }

  for (const id of DOMAIN_ELEMENT_IDS) Object.assign(perElement[id], rates(perElement[id]));

  return {
    letters: entries.length,
    perElement,
    decisionTypeAccuracy: ratio(correctTypes, entries.length, 1),
    confusion,
    disagreements,
    errors,
  };
}

/** The slice of lib/letter/index.ts the evaluation needs (the engine's public contract). */
interface LetterEngine {
  analyzeLetter(text: string, options?: { date?: Date }): {
    decisionType: string;
    elements: Partial<Record<string, { present: boolean }>>;
  };
  htmlToText(html: string): { text: string };
}

export interface EvalOptions {
  /**
   * Pass each letter's date from expected.json as `options.date`, as the panel passes the
   * date of the letter being written (default true). With false the engine gets no date,
   * which tests whether it finds the date in the text itself.
   */
  useDates?: boolean;
}

/**
 * Runs the engine over every letter in the corpus and scores it.
 * The engine is imported lazily so the manifest helpers work before it exists.
 */
export async function evalLetters(dir: string = CORPUS_DIR, options: EvalOptions = {}): Promise<EvalResult> {
  const useDates = options.useDates ?? true;
  const engine: LetterEngine = await import('../lib/letter/index');
  const entries = await loadManifest(dir);
  const predictions = new Map<string, Prediction>();
  for (const entry of entries) {
    try {
      const raw = await readFile(`${dir}/${entry.file}`, 'utf8');
      const text = entry.file.endsWith('.html') ? engine.htmlToText(raw).text : raw;
      const date = useDates && entry.date ? new Date(`${entry.date}T12:00:00`) : undefined;
      const result = engine.analyzeLetter(text, date ? { date } : undefined);
      const present: Partial<Record<string, boolean>> = {};
      for (const [id, value] of Object.entries(result.elements)) present[id] = value?.present === true;
      predictions.set(entry.file, { decisionType: result.decisionType, present });
    } catch (err) {
      predictions.set(entry.file, {
        decisionType: 'ukendt',
        present: {},
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return score(entries, predictions);
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** Plain-text report: element table, decision types, confusion matrix, disagreements. */
export function formatReport(r: EvalResult, title = 'korpus', showDisagreements = true): string {
  const out: string[] = [];
  out.push(`Afgørelsestjek mod ${title}: ${r.letters} breve`, '');
  const w = Math.max(...DOMAIN_ELEMENT_IDS.map((id) => id.length), 'element'.length);
  out.push(
    `${pad('element', w)}  ${pad('præc.', 7, true)} ${pad('recall', 7, true)} ${pad('F1', 7, true)}  ${pad('TP', 3, true)} ${pad('FP', 3, true)} ${pad('FN', 3, true)} ${pad('TN', 3, true)}`,
  );
  let sumF1 = 0;
  for (const id of DOMAIN_ELEMENT_IDS) {
    const s = r.perElement[id];
    sumF1 += s.f1;
    out.push(
      `${pad(id, w)}  ${pad(pct(s.precision), 7, true)} ${pad(pct(s.recall), 7, true)} ${pad(pct(s.f1), 7, true)}  ${pad(String(s.tp), 3, true)} ${pad(String(s.fp), 3, true)} ${pad(String(s.fn), 3, true)} ${pad(String(s.tn), 3, true)}`,
    );
  }
  out.push(`${pad('gennemsnit (makro-F1)', w)}  ${pad('', 7)} ${pad('', 7)} ${pad(pct(sumF1 / DOMAIN_ELEMENT_IDS.length), 7, true)}`);

  out.push('', `Afgørelsestype: ${pct(r.decisionTypeAccuracy)} rigtige`, 'Forvekslingsmatrix (rækker = facit, kolonner = motor):');
  const cols = [...DECISION_TYPES] as string[];
  for (const row of Object.values(r.confusion)) for (const got of Object.keys(row)) if (!cols.includes(got)) cols.push(got);
  const cw = Math.max(...cols.map((c) => c.length), 9);
  out.push(`${pad('', cw)} ${cols.map((c) => pad(c, cw, true)).join(' ')}`);
  for (const exp of DECISION_TYPES) {
    const row = r.confusion[exp] ?? {};
    out.push(`${pad(exp, cw)} ${cols.map((c) => pad(String(row[c] ?? 0), cw, true)).join(' ')}`);
  }

  if (r.errors.length > 0) {
    out.push('', 'Fejl i motoren:');
    for (const e of r.errors) out.push(`  ${e.file}: ${e.error}`);
  }

  out.push('', `Uenigheder (${r.disagreements.length}): fil, element, facit → motor`);
  if (!showDisagreements) out.push('  (skjult for holdout-korpusser: ingen tuner mod dem; brug --dir for at se dem)');
  else for (const d of r.disagreements) out.push(`  ${d.file}  ${d.element}  ${String(d.expected)} → ${String(d.got)}`);
  return out.join('\n');
}

/**
 * Side-by-side summary of two evaluations (precision/recall per element, decision-type
 * accuracy), so a drop on the held-out set stands out next to the main corpus.
 */
export function formatComparison(runs: readonly { title: string; result: EvalResult }[]): string {
  const w = Math.max(...DOMAIN_ELEMENT_IDS.map((id) => id.length), 'afgørelsestype'.length);
  const cell = (s: ElementScore) => `${pad(pct(s.precision), 7, true)} ${pad(pct(s.recall), 7, true)}`;
  const row = (first: string, cells: string[]) => `${pad(first, w)}  ${cells.join('  ')}`;
  return [
    `Sammenligning: præcision og recall pr. element`,
    row('', runs.map((r) => pad(`${r.title} (${r.result.letters})`, 15, true))),
    row('element', runs.map(() => `${pad('præc.', 7, true)} ${pad('recall', 7, true)}`)),
    ...DOMAIN_ELEMENT_IDS.map((id) => row(id, runs.map((r) => cell(r.result.perElement[id])))),
    row('afgørelsestype', runs.map((r) => pad(pct(r.result.decisionTypeAccuracy), 15, true))),
  ].join('\n');
}

/** Returns the failing measures when a --min threshold is given. */
export function belowThreshold(r: EvalResult, min: number): string[] {
  const failing: string[] = [];
  for (const id of DOMAIN_ELEMENT_IDS) {
    const s = r.perElement[id];
    if (s.precision < min) failing.push(`${id} præcision ${pct(s.precision)}`);
    if (s.recall < min) failing.push(`${id} recall ${pct(s.recall)}`);
  }
  if (r.decisionTypeAccuracy < min) failing.push(`afgørelsestype ${pct(r.decisionTypeAccuracy)}`);
  return failing;
}

async function main(argv: string[]): Promise<number> {
  const minIndex = argv.indexOf('--min');
  const min = minIndex >= 0 ? Number(argv[minIndex + 1]) : undefined;
  if (min !== undefined && !(min >= 0 && min <= 1)) {
    console.error('--min skal være et tal mellem 0 og 1, fx --min 0.95');
    return 2;
  }
  const useDates = !argv.includes('--no-date');
  const json = argv.includes('--json');
  const dirIndex = argv.indexOf('--dir');
  const dirArg = dirIndex >= 0 ? argv[dirIndex + 1] : undefined;
  if (dirIndex >= 0 && !dirArg) {
    console.error('--dir skal efterfølges af en mappe, fx --dir tests/fixtures/letters-holdout');
    return 2;
  }
  // With --all the held-out sets show only their figures: their per-letter disagreements are
  // what one would tune against, so they stay out of sight (--dir shows them on purpose).
  const sets: { title: string; dir: string; heldOut?: boolean }[] = argv.includes('--all')
    ? [
        { title: 'korpus', dir: CORPUS_DIR },
        { title: 'holdout-korpus', dir: HOLDOUT_DIR, heldOut: true },
        ...spentHoldoutSets()
          .filter((n) => n >= 2)
          .map((n) => ({ title: `holdout ${n} (blind)`, dir: holdoutDir(n), heldOut: true })),
      ]
    : [dirArg ? { title: dirArg, dir: resolve(dirArg) } : { title: 'korpus', dir: CORPUS_DIR }];
  const runs: { title: string; result: EvalResult; heldOut?: boolean }[] = [];
  for (const set of sets) runs.push({ title: set.title, heldOut: set.heldOut, result: await evalLetters(set.dir, { useDates }) });
  const [first, second] = runs;
  if (json) {
    console.log(JSON.stringify(second ? Object.fromEntries(runs.map((r) => [r.title, r.result])) : first?.result, null, 2));
  } else {
    console.log(runs.map((r) => formatReport(r.result, r.title, !r.heldOut)).join('\n\n'));
    if (first && second) console.log(`\n${formatComparison(runs)}`);
  }
  if (min === undefined) return 0;
  const failing = runs.flatMap((r) => belowThreshold(r.result, min).map((f) => (runs.length > 1 ? `${r.title}: ${f}` : f)));
  if (failing.length === 0) return 0;
  console.error(`\nUnder ${min}: ${failing.join(', ')}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(2);
    },
  );
}
