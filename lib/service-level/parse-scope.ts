import { measuresOf, type ParsedScope, type QuantifiedScope } from './scope';
import { NUMBER_WORDS, ORDINAL_WORDS, tokenize, type Token } from './tokens';
import {
  baseUnitOf,
  scaleRange,
  toBaseFactor,
  weeksIn,
  WEEKS_PER_MONTH,
  type PeriodSpan,
  type PeriodUnit,
  type QuantityRange,
  type ScopeUnit,
} from './units';

/*
 * Reads Danish scope expressions ("1 time hver 14. dag", "30 minutter 3 gange ugentligt",
 * "mellem 2 og 4 besøg om ugen") with a small hand-written grammar over tokens. Regexes on
 * the raw string were tried first in spirit and rejected: number words, ranges and fillers
 * ("2 timers praktisk hjælp om ugen") combine too freely, and token offsets give exact
 * highlight ranges in letters for free.
 */

interface Parsed<T> {
  value: T;
  next: number;
}

const UNIT_WORDS: Readonly<Record<string, { unit: ScopeUnit; factor: number }>> = {
  time: { unit: 'timer', factor: 1 },
  timer: { unit: 'timer', factor: 1 },
  times: { unit: 'timer', factor: 1 },
  timers: { unit: 'timer', factor: 1 },
  t: { unit: 'timer', factor: 1 },
  tim: { unit: 'timer', factor: 1 },
  minut: { unit: 'minutter', factor: 1 },
  minutter: { unit: 'minutter', factor: 1 },
  minutters: { unit: 'minutter', factor: 1 },
  min: { unit: 'minutter', factor: 1 },
  kvarter: { unit: 'minutter', factor: 15 },
  kvarters: { unit: 'minutter', factor: 15 },
  besøg: { unit: 'besøg', factor: 1 },
  gang: { unit: 'gange', factor: 1 },
  gange: { unit: 'gange', factor: 1 },
  x: { unit: 'gange', factor: 1 },
  hovedret: { unit: 'hovedretter', factor: 1 },
  hovedretter: { unit: 'hovedretter', factor: 1 },
  måltid: { unit: 'hovedretter', factor: 1 },
  måltider: { unit: 'hovedretter', factor: 1 },
  weekend: { unit: 'weekender', factor: 1 },
  weekender: { unit: 'weekender', factor: 1 },
  weekends: { unit: 'weekender', factor: 1 },
  samtale: { unit: 'samtaler', factor: 1 },
  samtaler: { unit: 'samtaler', factor: 1 },
  døgn: { unit: 'døgn', factor: 1 },
};

const PERIOD_NOUNS: Readonly<Record<string, PeriodSpan>> = {
  dag: { count: 1, unit: 'dag' },
  dagen: { count: 1, unit: 'dag' },
  dage: { count: 1, unit: 'dag' },
  døgn: { count: 1, unit: 'dag' },
  døgnet: { count: 1, unit: 'dag' },
  uge: { count: 1, unit: 'uge' },
  ugen: { count: 1, unit: 'uge' },
  uger: { count: 1, unit: 'uge' },
  måned: { count: 1, unit: 'måned' },
  måneden: { count: 1, unit: 'måned' },
  måneder: { count: 1, unit: 'måned' },
  md: { count: 1, unit: 'måned' },
  mdr: { count: 1, unit: 'måned' },
  mdl: { count: 1, unit: 'måned' },
  kvartal: { count: 3, unit: 'måned' },
  kvartalet: { count: 3, unit: 'måned' },
  halvår: { count: 6, unit: 'måned' },
  halvåret: { count: 6, unit: 'måned' },
  år: { count: 1, unit: 'år' },
  året: { count: 1, unit: 'år' },
};

const PERIOD_ADVERBS: Readonly<Record<string, PeriodUnit>> = {
  dagligt: 'dag',
  daglig: 'dag',
  daglige: 'dag',
  ugentligt: 'uge',
  ugentlig: 'uge',
  ugentlige: 'uge',
  månedligt: 'måned',
  månedlig: 'måned',
  månedlige: 'måned',
  årligt: 'år',
  årlig: 'år',
  årlige: 'år',
};

/** Words that turn a number into an upper bound ("op til 3 timer", "højst 2 besøg"). */
const UP_TO = new Set(['højst', 'højest', 'maks', 'maksimalt', 'max', 'maximalt', 'indtil']);
const APPROX = new Set(['ca', 'cirka', 'omkring', 'omtrent', 'ugefær', 'ungefær']);
/** Filler words that may not sit between an amount and its period (they join clauses). */
const STOP_WORDS = new Set(['og', 'eller', 'men', 'som', 'der', 'at', 'ikke', 'hvis', 'når', 'så', 'samt', 'i', 'om', 'hver', 'hvert', 'pr', 'per', 'på', 'alt']);
/** Words that say the scope is deliberately left open. */
const UNSPECIFIED_RE = /\b(efter|ved)\s+behov\b|\befter\s+aftale\b|\bindividuel(t)?\b|\bløbende\b|\bad\s+hoc\b|\befter\s+(en\s+)?(konkret\s+)?vurdering\b|\bvarierende\b|\bfleksibelt\b|\bbehov\b/iu;
/** Words in the text around a scope that make the reading uncertain. */
const UNSAFE_LEFTOVER = new Set(['eller', 'behov', 'mindst', 'minimum', 'evt', 'eventuelt', 'ikke', 'dog', 'ekstra', 'udover', 'derudover', 'plus', 'samt', 'og']);

type Mode = 'full' | 'text';

class Parser {
  constructor(
    private readonly t: Token[],
    private readonly mode: Mode,
  ) {}

  word(i: number): string | undefined {
    const tok = this.t[i];
    return tok && tok.kind === 'word' ? tok.norm : undefined;
  }

  punct(i: number, p: string): boolean {
    const tok = this.t[i];
    return !!tok && tok.kind === 'punct' && tok.norm === p;
  }

  /** Skips an abbreviation dot ("pr.", "min.", "14."). */
  dot(i: number): number {
    return this.punct(i, '.') ? i + 1 : i;
  }

  number(i: number): Parsed<number> | undefined {
    const tok = this.t[i];
    if (!tok) return undefined;
    if (tok.kind === 'num' && tok.value !== undefined) {
      // "1½" may come as "1" followed by a separate "½".
      const next = this.t[i + 1];
      if (next && next.kind === 'num' && next.norm === '½' && next.start === tok.end) return { value: tok.value + 0.5, next: i + 2 };
      // "14." followed by a period noun is an ordinal, handled by the caller.
      return { value: tok.value, next: i + 1 };
    }
    const w = tok.norm;
    if (tok.kind !== 'word') return undefined;
    if ((w === 'en' || w === 'et' || w === 'én' || w === 'ét') && (this.word(i + 1) === 'halv' || this.word(i + 1) === 'halvt')) {
      return { value: 0.5, next: i + 2 };
    }
    const value = NUMBER_WORDS[w];
    return value === undefined ? undefined : { value, next: i + 1 };
  }

  range(i: number): Parsed<QuantityRange> | undefined {
    let approximate = false;
    let upTo = false;
    let j = i;
    if (APPROX.has(this.word(j) ?? '')) {
      approximate = true;
      j = this.dot(j + 1);
    }
    if (this.word(j) === 'op' && this.word(j + 1) === 'til') {
      upTo = true;
      j += 2;
    } else if (UP_TO.has(this.word(j) ?? '')) {
      upTo = true;
      j = this.dot(j + 1);
    }
    if (!upTo && this.word(j) === 'mellem') {
      const a = this.number(j + 1);
      if (a && (this.word(a.next) === 'og' || this.punct(a.next, '-'))) {
        const b = this.number(a.next + 1);
        if (b && b.value >= a.value) return { value: flags({ min: a.value, max: b.value }, approximate, false), next: b.next };
      }
      return undefined;
    }
    const a = this.number(j);
    if (!a) return undefined;
    if (upTo) return { value: flags({ min: 0, max: a.value }, approximate, true), next: a.next };
    const sep = this.t[a.next];
    if (sep && ((sep.kind === 'punct' && (sep.norm === '-' || sep.norm === '/')) || sep.norm === 'til' || sep.norm === 'eller')) {
      const b = this.number(a.next + 1);
      // "2/3" is not a range and "1 til 2" only when the second is larger.
      if (b && b.value > a.value && !(sep.norm === '/')) return { value: flags({ min: a.value, max: b.value }, approximate, false), next: b.next };
    }
    return { value: flags({ min: a.value, max: a.value }, approximate, false), next: a.next };
  }

  unit(i: number): Parsed<{ unit: ScopeUnit; factor: number }> | undefined {
    const w = this.word(i);
    if (!w) return undefined;
    const u = UNIT_WORDS[w];
    if (!u) return undefined;
    // Abbreviations may carry a dot ("min.", "t."), but "1 time." ends a sentence: the dot is harmless either way.
    return { value: u, next: w === 'min' || w === 't' || w === 'tim' ? this.dot(i + 1) : i + 1 };
  }

  ordinal(i: number): Parsed<number> | undefined {
    const w = this.word(i);
    if (w && ORDINAL_WORDS[w] !== undefined) return { value: ORDINAL_WORDS[w], next: i + 1 };
    const tok = this.t[i];
    if (tok && tok.kind === 'num' && tok.value !== undefined && Number.isInteger(tok.value) && tok.value > 0) {
      return { value: tok.value, next: this.dot(i + 1) };
    }
    return undefined;
  }

  /**
   * A period: "om ugen", "ugentligt", "pr. uge", "/uge", "hver 14. dag", "hver anden uge",
   * "hvert år", "på 14 dage". Returns whether it was an "every …" form (one occasion each).
   */
  period(i: number): Parsed<{ span: PeriodSpan; every: boolean; weekend?: boolean }> | undefined {
    const w = this.word(i);
    if (w && PERIOD_ADVERBS[w]) return { value: { span: { count: 1, unit: PERIOD_ADVERBS[w] }, every: false }, next: i + 1 };
    if (w === 'hver' || w === 'hvert') {
      let j = i + 1;
      let count = 1;
      const ord = this.ordinal(j);
      if (ord) {
        count = ord.value;
        j = ord.next;
      }
      const noun = this.word(j);
      if (noun === 'weekend') return { value: { span: { count, unit: 'uge' }, every: true, weekend: true }, next: j + 1 };
      const span = noun ? PERIOD_NOUNS[noun] : undefined;
      if (!span) return undefined;
      return { value: { span: { count: span.count * count, unit: span.unit }, every: true }, next: this.dot(j + 1) };
    }
    let j = i;
    let prep: string | undefined;
    if (w === 'om' || w === 'i' || w === 'pr' || w === 'per' || w === 'på' || w === 'a' || w === 'à') {
      prep = w;
      j = this.dot(i + 1);
    } else if (this.punct(i, '/')) {
      prep = '/';
      j = i + 1;
    }
    if (!prep) return undefined;
    let count = 1;
    if (prep === 'pr' || prep === 'per' || prep === 'på' || prep === '/') {
      const n = this.number(j) ?? this.ordinal(j);
      if (n) {
        count = n.value;
        j = this.dot(n.next);
      }
    }
    const noun = this.word(j);
    const span = noun ? PERIOD_NOUNS[noun] : undefined;
    if (!span) return undefined;
    return { value: { span: { count: span.count * count, unit: span.unit }, every: false }, next: this.dot(j + 1) };
  }

  /** Up to three plain words between amount and period ("2 timers praktisk hjælp om ugen"). */
  filler(i: number): number[] {
    const stops = [i];
    let j = i;
    for (let n = 0; n < 3; n++) {
      const w = this.word(j);
      if (!w || STOP_WORDS.has(w) || UNIT_WORDS[w] || PERIOD_ADVERBS[w] || NUMBER_WORDS[w] !== undefined) break;
      j++;
      // Allow "af hjemmeplejen", "til rengøring" but never across a sentence or clause mark.
      stops.push(j);
    }
    return stops;
  }

  /** Tries every grammar form at token i and returns the longest scope found. */
  scopeAt(i: number): Parsed<RawScope> | undefined {
    const candidates = [this.amountFirst(i), this.everyFirst(i), this.adverbFirst(i)].filter((c): c is Parsed<RawScope> => !!c);
    if (candidates.length === 0) return undefined;
    return candidates.reduce((a, b) => (b.next > a.next ? b : a));
  }

  /** "30 minutter 3 gange ugentligt", "3 gange ugentligt à 30 minutter", "2 x 30 min om ugen", "i alt 10 samtaler". */
  amountFirst(i: number): Parsed<RawScope> | undefined {
    let j = i;
    let explicitTotal = false;
    if (this.word(j) === 'i' && this.word(j + 1) === 'alt') {
      explicitTotal = true;
      j += 2;
    }
    const first = this.range(j);
    if (!first) return undefined;
    j = first.next;
    // "2 daglige besøg", "3 ugentlige samtaler"
    const adj = this.word(j);
    if (adj && PERIOD_ADVERBS[adj]) {
      const u = this.unit(j + 1);
      if (u && u.value.unit !== 'gange') {
        return {
          value: { quantity: first.value, unit: u.value, period: { count: 1, unit: PERIOD_ADVERBS[adj]! }, every: false, total: false },
          next: u.next,
        };
      }
    }
    const u1 = this.unit(j);
    if (!u1) return undefined;
    j = u1.next;
    if (u1.value.unit === 'gange') {
      // "2 x 30 minutter om ugen": times, then the amount per occasion.
      const q = this.range(j);
      const qu = q ? this.unit(q.next) : undefined;
      if (q && qu && qu.value.unit !== 'gange') {
        const p = this.periodAfterFiller(qu.next);
        if (p) return { value: { quantity: q.value, unit: qu.value, times: first.value, period: p.value.span, every: true, total: false }, next: p.next };
      }
      const p = this.periodAfterFiller(j);
      if (p) {
        // "3 gange ugentligt à 30 minutter"
        const k = p.next;
        const link = this.word(k);
        if (link === 'à' || link === 'á' || link === 'a' || link === 'af' || link === 'med' || link === 'på') {
          const q2 = this.range(k + 1);
          const u2 = q2 ? this.unit(q2.next) : undefined;
          if (q2 && u2 && u2.value.unit !== 'gange') {
            return { value: { quantity: q2.value, unit: u2.value, times: first.value, period: p.value.span, every: true, total: false }, next: u2.next };
          }
        }
        return { value: { quantity: first.value, unit: u1.value, period: p.value.span, every: p.value.every, total: false }, next: p.next };
      }
      return this.totalOrNothing(first.value, u1.value, undefined, j, explicitTotal);
    }
    // "30 minutter 3 gange ugentligt"
    for (const k of this.filler(j)) {
      const times = this.range(k);
      const tu = times ? this.unit(times.next) : undefined;
      if (times && tu && tu.value.unit === 'gange') {
        const p = this.periodAfterFiller(tu.next);
        if (p) return { value: { quantity: first.value, unit: u1.value, times: times.value, period: p.value.span, every: true, total: false }, next: p.next };
      }
      const p = this.period(k);
      if (p) return { value: { quantity: first.value, unit: u1.value, period: p.value.span, every: p.value.every, total: false }, next: p.next };
    }
    return this.totalOrNothing(first.value, u1.value, undefined, j, explicitTotal);
  }

  periodAfterFiller(i: number): Parsed<{ span: PeriodSpan; every: boolean; weekend?: boolean }> | undefined {
    for (const k of this.filler(i)) {
      const p = this.period(k);
      if (p) return p;
    }
    return undefined;
  }

  totalOrNothing(
    quantity: QuantityRange,
    unit: { unit: ScopeUnit; factor: number },
    times: QuantityRange | undefined,
    next: number,
    explicit: boolean,
  ): Parsed<RawScope> | undefined {
    // In a letter a bare "2 gange" is usually prose ("vi har ringet 2 gange"); only "i alt" counts there.
    if (this.mode === 'text' && !explicit) return undefined;
    return { value: { quantity, unit, times, every: false, total: true }, next };
  }

  /** "hver anden uge", "hver dag", "hver 14. dag 1 time", "hver anden weekend". */
  everyFirst(i: number): Parsed<RawScope> | undefined {
    const w = this.word(i);
    if (w !== 'hver' && w !== 'hvert') return undefined;
    const p = this.period(i);
    if (!p) return undefined;
    const one: QuantityRange = { min: 1, max: 1 };
    const q = this.range(p.next);
    const u = q ? this.unit(q.next) : undefined;
    if (q && u) return { value: { quantity: q.value, unit: u.value, period: p.value.span, every: true, total: false }, next: u.next };
    if (p.value.weekend) return { value: { quantity: one, unit: { unit: 'weekender', factor: 1 }, period: p.value.span, every: true, total: false }, next: p.next };
    // In a letter "hver dag" is mostly prose ("klarer sig hver dag"); "hver anden uge" is a scope.
    if (this.mode === 'text' && p.value.span.count === 1) return undefined;
    return { value: { quantity: one, unit: { unit: 'gange', factor: 1 }, period: p.value.span, every: true, total: false }, next: p.next };
  }

  /** "ugentligt 2 timer", "dagligt 3 besøg". */
  adverbFirst(i: number): Parsed<RawScope> | undefined {
    const w = this.word(i);
    if (!w || !PERIOD_ADVERBS[w] || w.endsWith('e')) return undefined;
    const q = this.range(i + 1);
    const u = q ? this.unit(q.next) : undefined;
    if (!q || !u) return undefined;
    return { value: { quantity: q.value, unit: u.value, period: { count: 1, unit: PERIOD_ADVERBS[w] }, every: false, total: false }, next: u.next };
  }
}

interface RawScope {
  quantity: QuantityRange;
  unit: { unit: ScopeUnit; factor: number };
  times?: QuantityRange;
  period?: PeriodSpan;
  every: boolean;
  total: boolean;
}

function flags(range: QuantityRange, approximate: boolean, upTo: boolean): QuantityRange {
  if (approximate) range.approximate = true;
  if (upTo) range.upTo = true;
  return range;
}

function build(raw: RawScope, text: string): QuantifiedScope {
  // A "kvarter" is stored as 15 minutes so the structure stays in catalogue units.
  const quantity = raw.unit.factor === 1 ? raw.quantity : scaleRange(raw.quantity, raw.unit.factor);
  const unit = raw.unit.unit;
  const baseUnit = baseUnitOf(unit);
  const factor = toBaseFactor(unit);
  const structure = { text, quantity, unit, baseUnit, ...(raw.times ? { times: raw.times } : {}) };
  if (raw.total || !raw.period) {
    const measures = measuresOf(quantity, unit, raw.times, factor, 1, false);
    return { kind: 'total', ...structure, total: measures[baseUnit]!, measures };
  }
  const weeks = weeksIn(raw.period);
  const measures = measuresOf(quantity, unit, raw.times, factor, weeks, raw.every);
  const perWeek = measures[baseUnit]!;
  return { kind: 'rate', ...structure, period: raw.period, perWeek, perMonth: scaleRange(perWeek, WEEKS_PER_MONTH), measures };
}

function scan(tokens: Token[], text: string, mode: Mode): { start: number; end: number; first: number; last: number; scope: QuantifiedScope }[] {
  const parser = new Parser(tokens, mode);
  const found: { start: number; end: number; first: number; last: number; scope: QuantifiedScope }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = parser.scopeAt(i);
    if (hit && hit.next > i) {
      const startTok = tokens[i]!;
      let lastIdx = hit.next - 1;
      // Do not include a sentence-ending dot in the highlighted range.
      if (tokens[lastIdx]?.kind === 'punct' && tokens[lastIdx]?.norm === '.' && lastIdx > i) lastIdx--;
      const endTok = tokens[lastIdx]!;
      const slice = text.slice(startTok.start, endTok.end);
      found.push({ start: startTok.start, end: endTok.end, first: i, last: lastIdx, scope: build(hit.value, slice) });
      i = hit.next;
    } else i++;
  }
  return found;
}

/**
 * Reads one scope expression (a form's "omfang" field) into a structured, normalised scope.
 *
 * - "1 time hver 14. dag" → rate: 60 minutter per 14 dage = 30 minutter per uge.
 * - "i alt 10 samtaler" → total.
 * - "efter behov" → unspecified.
 * - anything else → unparseable with the original text (never guessed).
 * A short label around the scope is allowed ("Rengøring: 1 time hver 14. dag"), but not
 * other numbers or hedges ("eller", "mindst", "efter behov").
 */
export function parseScope(text: string): ParsedScope {
  const original = text ?? '';
  if (original.trim() === '') return { kind: 'unspecified', text: original, reason: 'Der er ikke angivet noget omfang.' };
  const tokens = tokenize(original);
  const found = scan(tokens, original, 'full');
  if (found.length === 0) {
    if (UNSPECIFIED_RE.test(original)) {
      return { kind: 'unspecified', text: original, reason: 'Omfanget er ikke angivet som en mængde pr. periode (fx "efter behov").' };
    }
    return { kind: 'unparseable', text: original, reason: 'Sidevogn kunne ikke læse omfanget. Skriv det som fx "1 time hver 14. dag" eller "2 besøg dagligt".' };
  }
  if (found.length > 1) {
    return { kind: 'unparseable', text: original, reason: 'Teksten indeholder flere omfang. Sidevogn vurderer ét omfang ad gangen.' };
  }
  const hit = found[0]!;
  const leftover = tokens.filter((_, idx) => idx < hit.first || idx > hit.last);
  for (const tok of leftover) {
    if (tok.kind === 'num' || (tok.kind === 'word' && (NUMBER_WORDS[tok.norm] !== undefined || UNSAFE_LEFTOVER.has(tok.norm)))) {
      if (tok.kind === 'word' && /behov/.test(tok.norm)) {
        return { kind: 'unparseable', text: original, reason: 'Omfanget blander en fast mængde med "efter behov". Skriv den faste mængde for sig.' };
      }
      return { kind: 'unparseable', text: original, reason: `Sidevogn kunne ikke læse omfanget sikkert (ordet "${tok.norm}" står uden for mængden).` };
    }
  }
  return { ...hit.scope, text: original };
}

/** A scope found inside a longer text, with its offsets in that text. */
export interface FoundScope {
  start: number;
  end: number;
  scope: QuantifiedScope;
}

/**
 * Finds scope statements inside a decision letter. Stricter than `parseScope`: a bare total
 * ("2 gange") only counts with "i alt", and "hver dag" alone is read as prose.
 */
export function findScopesInText(text: string): FoundScope[] {
  return scan(tokenize(text), text, 'text').map(({ start, end, scope }) => ({ start, end, scope }));
}
