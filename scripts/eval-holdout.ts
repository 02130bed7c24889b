/**
 * The blind held-out sets' first measures, pooled.
 *
 * Each held-out set is written blind and measured once, before anyone tunes on it. That one
 * measure goes into tests/fixtures/holdout-first-measures.json and never changes, also when a
 * label is corrected afterwards. Thirty letters are too few to judge one element by: a single
 * letter moves a rare element 5–10 points. Pooled over several sets, the first measures are the
 * best estimate we have of how the engine does on letters nobody tuned it against.
 *
 * Usage: npm run eval:holdout [-- --last 10]   the pooled table (all recorded sets, or the last N)
 *        npm run eval:holdout -- --record 40   measure tests/fixtures/letters-holdout-40 once,
 *                                              print its report and record it
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DECISION_TYPES, DOMAIN_ELEMENT_IDS, evalLetters, formatReport, pct as percent, rates, type DomainElementId } from './eval-letters';
import { FIRST_MEASURES_FILE, holdoutDir } from './holdout-sets';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface FirstMeasure {
  set: number;
  /** Local time of the measure, "YYYY-MM-DD HH:MM". */
  measured: string;
  /** The engine's commit (short hash); the measure refuses to run on uncommitted engine code. */
  commit: string;
  letters: number;
  decisionTypeCorrect: number;
  /** confusion[expected][got] = count, zero cells left out. */
  decisionTypeConfusion: Record<string, Record<string, number>>;
  elements: Record<DomainElementId, Counts>;
}

export interface FirstMeasuresFile {
  about: string;
  measures: FirstMeasure[];
}

export interface PooledScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Pooled {
  sets: number[];
  letters: number;
  decisionTypeCorrect: number;
  perElement: Record<DomainElementId, PooledScore>;
  macroF1: number;
}

export function readFirstMeasures(file = FIRST_MEASURES_FILE): FirstMeasuresFile {
  return JSON.parse(readFileSync(file, 'utf8')) as FirstMeasuresFile;
}

/** Sums the counts of the given measures and scores the sums with eval-letters' own rates. */
export function pool(measures: readonly FirstMeasure[]): Pooled {
  const perElement = {} as Record<DomainElementId, PooledScore>;
  for (const id of DOMAIN_ELEMENT_IDS) {
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const m of measures) {
      const e = m.elements[id];
      c.tp += e.tp;
      c.fp += e.fp;
      c.fn += e.fn;
      c.tn += e.tn;
    }
    perElement[id] = { ...c, ...rates(c) };
  }
  return {
    sets: measures.map((m) => m.set),
    letters: measures.reduce((n, m) => n + m.letters, 0),
    decisionTypeCorrect: measures.reduce((n, m) => n + m.decisionTypeCorrect, 0),
    perElement,
    macroF1: DOMAIN_ELEMENT_IDS.reduce((s, id) => s + perElement[id].f1, 0) / DOMAIN_ELEMENT_IDS.length,
  };
}

const pct = (x: number) => percent(x).padStart(7);

export function formatPooled(p: Pooled): string {
  const span = p.sets.length ? `${Math.min(...p.sets)}–${Math.max(...p.sets)}` : '–';
  const out = [
    `Første målinger af ${p.sets.length} tilbageholdte sæt (${span}), ${p.letters} breve, lagt sammen`,
    '',
    `${'element'.padEnd(26)} ${'præc.'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}   TP   FP   FN`,
  ];
  for (const id of DOMAIN_ELEMENT_IDS) {
    const s = p.perElement[id];
    const flag = s.precision < 0.95 || s.recall < 0.95 ? '  < 0,95' : '';
    out.push(
      `${id.padEnd(26)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}${flag}`,
    );
  }
  out.push(`${'gennemsnit (makro-F1)'.padEnd(42)} ${pct(p.macroF1)}`);
  out.push('', `Afgørelsestype: ${p.decisionTypeCorrect} af ${p.letters} rigtige (${pct(p.decisionTypeCorrect / Math.max(1, p.letters)).trim()})`);
  return out.join('\n');
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }).trim();
}

async function record(set: number): Promise<number> {
  const data = readFirstMeasures();
  if (data.measures.some((m) => m.set === set)) {
    console.error(`Sæt ${set} er allerede målt og registreret. Et tilbageholdt sæt måles kun én gang.`);
    return 2;
  }
  const dir = holdoutDir(set);
  if (!existsSync(`${dir}/expected.json`)) {
    console.error(`Fandt ikke ${dir}expected.json.`);
    return 2;
  }
  // The commit must say which engine was measured, so the engine may not differ from it.
  const dirty = git(['status', '--porcelain', '--', 'lib', 'scripts/eval-letters.ts']);
  if (dirty) {
    console.error(`Motoren har ændringer, der ikke er committet; commit dem før målingen:\n${dirty}`);
    return 2;
  }
  const result = await evalLetters(dir, { useDates: true });
  console.log(formatReport(result, `letters-holdout-${set}`, true));
  const confusion: Record<string, Record<string, number>> = {};
  for (const expected of DECISION_TYPES) {
    const row = result.confusion[expected] ?? {};
    confusion[expected] = Object.fromEntries(Object.entries(row).filter(([, n]) => n > 0));
  }
  const elements = {} as Record<DomainElementId, Counts>;
  for (const id of DOMAIN_ELEMENT_IDS) {
    const { tp, fp, fn, tn } = result.perElement[id];
    elements[id] = { tp, fp, fn, tn };
  }
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  data.measures.push({
    set,
    measured: `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`,
    commit: git(['rev-parse', '--short', 'HEAD']),
    letters: result.letters,
    decisionTypeCorrect: Math.round(result.decisionTypeAccuracy * result.letters),
    decisionTypeConfusion: confusion,
    elements,
  });
  data.measures.sort((a, b) => a.set - b.set);
  writeFileSync(FIRST_MEASURES_FILE, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`\nRegistreret i ${FIRST_MEASURES_FILE}.`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const recordIndex = argv.indexOf('--record');
  if (recordIndex >= 0) {
    const set = Number(argv[recordIndex + 1]);
    if (!Number.isInteger(set) || set < 1) {
      console.error('--record skal efterfølges af sættets nummer, fx --record 40');
      return 2;
    }
    return record(set);
  }
  const lastIndex = argv.indexOf('--last');
  const last = lastIndex >= 0 ? Number(argv[lastIndex + 1]) : undefined;
  if (last !== undefined && !(Number.isInteger(last) && last > 0)) {
    console.error('--last skal efterfølges af et antal sæt, fx --last 10');
    return 2;
  }
  const measures = readFirstMeasures().measures;
  console.log(formatPooled(pool(last ? measures.slice(-last) : measures)));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
