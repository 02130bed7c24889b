import { dayNumber, formatDanishDate, localDay, parseDanishDate } from './dates';
import { describeScope, type ParsedScope } from './scope';
import type { CatalogueEntry, Decider, FrameRule } from './schema';
import {
  baseUnitOf,
  describeBaseAmount,
  describePeriod,
  formatNumber,
  framePeriodSpan,
  toBaseFactor,
  unitWord,
  weeksIn,
  type QuantityRange,
} from './units';

/**
 * The reminder every verdict carries and the UI always shows (DH's checklist for a lawful
 * service level; retssikkerhedsloven § 60, stk. 3).
 */
export const SERVICE_LEVEL_REMINDER =
  'Rammen er vejledende. Borgeren skal altid have en konkret, individuel vurdering af sit behov. Serviceniveauet kan ikke i sig selv påklages – det kan kun den konkrete afgørelse (retssikkerhedslovens § 60, stk. 3).';

const DECIDER_NAMES: Record<Decider, string> = {
  sagsbehandler: 'sagsbehandleren',
  teamleder: 'teamlederen',
  visitationsudvalg: 'visitationsudvalget',
  'boerne-og-ungeudvalg': 'børne- og ungeudvalget',
};

/** "sagsbehandleren", "teamlederen eller visitationsudvalget". */
export function describeDeciders(deciders: readonly Decider[]): string {
  const names = deciders.map((d) => DECIDER_NAMES[d]);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} eller ${names[names.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A frame rule in Danish: "højst 1 time hver 14. dag", "1-5 timer om ugen", "i alt højst 40 samtaler". */
export function describeFrameRule(rule: FrameRule): string {
  const word = unitWord(rule.unit, rule.max ?? rule.min ?? 0);
  let amount: string;
  if (rule.min !== undefined && rule.max !== undefined) {
    amount = rule.min === rule.max ? `${formatNumber(rule.max)} ${word}` : `${formatNumber(rule.min)}-${formatNumber(rule.max)} ${word}`;
  } else if (rule.max !== undefined) amount = `højst ${formatNumber(rule.max)} ${word}`;
  else amount = `mindst ${formatNumber(rule.min ?? 0)} ${word}`;
  if (!rule.period) return `i alt ${amount}`;
  return `${amount} ${describePeriod(framePeriodSpan(rule.period))}`;
}

/** The result of checking one frame rule. */
export interface RuleCheck {
  rule: FrameRule;
  /** The rule in Danish. */
  ruleText: string;
  status: 'inside' | 'over' | 'under' | 'not-comparable';
  /** The scope's amount in the rule's base unit (per week for a rule with a period). */
  scopeAmount?: QuantityRange;
  /** The rule's bounds in the same terms. */
  frameMin?: number;
  frameMax?: number;
}

/** What the panel shows about a scope and the frame. */
export interface Verdict {
  status: 'inside' | 'outside' | 'unknown';
  /** Short Danish headline: "Inden for rammen", "Uden for rammen", "Kan ikke vurderes". */
  headline: string;
  /** Plain Danish explanation, e.g. "2 timer om ugen er over rammen på højst 1 time hver 14. dag …". */
  explanation: string;
  /** Who may decide given this verdict (empty when it cannot be told). */
  decidedBy: Decider[];
  /** Plain Danish: who decides. */
  decidedByText: string;
  /** For 'unknown': what is missing. */
  missing?: 'scope' | 'unspecified' | 'unparseable' | 'unit' | 'frame';
  checks: RuleCheck[];
  /** Extra cautions: example catalogue, expired standard, unverified legal basis. */
  warnings: string[];
  /** Always set; the UI always shows it. */
  reminder: string;
}

/** Options for `judgeFrame`. */
export interface JudgeOptions {
  /** The catalogue is Sidevogn's example (adds a warning). */
  isExample?: boolean;
  /** Today, to warn about a standard that has expired or is not yet valid. */
  today?: Date;
}

/** Relative tolerance so that 25/52 compared with 25/52 via another route is still "at max". */
const EPS = 1e-9;

function checkRule(rule: FrameRule, scope: ParsedScope): RuleCheck {
  const ruleText = describeFrameRule(rule);
  if (scope.kind !== 'rate' && scope.kind !== 'total') return { rule, ruleText, status: 'not-comparable' };
  const base = baseUnitOf(rule.unit);
  // "5 gange dagligt" for a frame in visits or talks: each occasion is one visit or talk.
  const measure = scope.measures[base] ?? (base === 'besøg' || base === 'samtaler' ? scope.measures.gange : undefined);
  const periodic = rule.period !== undefined;
  if (!measure || periodic !== (scope.kind === 'rate')) return { rule, ruleText, status: 'not-comparable' };
  const divisor = rule.period ? weeksIn(framePeriodSpan(rule.period)) : 1;
  const factor = toBaseFactor(rule.unit);
  const frameMax = rule.max !== undefined ? (rule.max * factor) / divisor : undefined;
  const frameMin = rule.min !== undefined ? (rule.min * factor) / divisor : undefined;
  const out: RuleCheck = { rule, ruleText, status: 'inside', scopeAmount: measure };
  if (frameMax !== undefined) out.frameMax = frameMax;
  if (frameMin !== undefined) out.frameMin = frameMin;
  if (frameMax !== undefined && measure.max > frameMax * (1 + EPS) + EPS) out.status = 'over';
  // "op til 3 timer" has no lower bound, so it cannot be under a minimum.
  else if (frameMin !== undefined && !measure.upTo && measure.min < frameMin * (1 - EPS) - EPS) out.status = 'under';
  return out;
}

function sameTerms(rule: FrameRule, scope: ParsedScope): boolean {
  if (scope.kind !== 'rate') return scope.kind === 'total' && !rule.period && scope.unit === rule.unit;
  if (!rule.period || rule.unit !== scope.unit || scope.times) return false;
  const span = framePeriodSpan(rule.period);
  return weeksIn(span) === weeksIn(scope.period);
}

function explainCheck(check: RuleCheck, scope: ParsedScope): string {
  const scopeText = describeScope(scope);
  const base = baseUnitOf(check.rule.unit);
  const word = check.status === 'over' ? 'over' : 'under';
  let text = `${scopeText} er ${word} rammen på ${check.ruleText}`;
  if (!sameTerms(check.rule, scope) && check.scopeAmount) {
    const per = check.rule.period ? ' om ugen' : '';
    const limit = check.status === 'over' ? check.frameMax : check.frameMin;
    const amount = check.status === 'over' ? check.scopeAmount.max : check.scopeAmount.min;
    const scopeIsWeekly = scope.kind === 'rate' && scope.period.unit === 'uge' && scope.period.count === 1 && baseUnitOf(scope.unit) === base && !scope.times;
    if (limit !== undefined && scopeIsWeekly) {
      text += ` (rammen svarer til ${check.status === 'over' ? 'højst' : 'mindst'} ${describeBaseAmount(limit, base)} om ugen)`;
    } else if (limit !== undefined) {
      text += ` (svarer til ${describeBaseAmount(amount, base)}${per} mod ${check.status === 'over' ? 'højst' : 'mindst'} ${describeBaseAmount(limit, base)}${per})`;
    }
  }
  return text + '.';
}

function warningsFor(entry: CatalogueEntry, options: JudgeOptions): string[] {
  const warnings: string[] = [];
  if (options.isExample) warnings.push('Rammen kommer fra Sidevogns eksempelkatalog – ikke fra kommunens eget serviceniveau.');
  if (options.today) {
    const today = dayNumber(localDay(options.today));
    const to = parseDanishDate(entry.validTo);
    const from = parseDanishDate(entry.validFrom);
    if (to && dayNumber(to) < today) warnings.push(`Kvalitetsstandarden gjaldt til ${formatDanishDate(to)}. Tjek, om der er en nyere.`);
    if (from && dayNumber(from) > today) warnings.push(`Kvalitetsstandarden gælder først fra ${formatDanishDate(from)}.`);
  }
  if (entry.notes.some((n) => /uverificeret/i.test(n))) warnings.push('Lovgrundlaget i kataloget er ikke verificeret. Se noterne.');
  return warnings;
}

/**
 * Holds a scope up against an entry's frame.
 *
 * - inside: every rule that can be compared is kept → the caseworker (or whoever the
 *   catalogue names for inside the frame) may grant.
 * - outside: over a maximum or under a minimum of some rule → names who must decide and why,
 *   e.g. "2 timer om ugen er over rammen på højst 1 time hver 14. dag".
 * - unknown: no scope, "efter behov", unreadable scope, a unit the frame does not use, or no
 *   frame at all.
 * Periods are compared per week (14 dage = 2 uger, a month = 52/12 weeks, a year = 52 weeks).
 * Every verdict carries `reminder` (the frame guides; the citizen gets an individual assessment).
 */
export function judgeFrame(entry: CatalogueEntry, scope: ParsedScope | undefined, options: JudgeOptions = {}): Verdict {
  const warnings = warningsFor(entry, options);
  const inside = entry.competence.insideFrame;
  const outside = entry.competence.outsideFrame;
  const bothText = `Inden for rammen kan ${describeDeciders(inside)} bevilge; uden for rammen afgør ${describeDeciders(outside)}.`;
  const unknown = (missing: NonNullable<Verdict['missing']>, explanation: string, checks: RuleCheck[] = []): Verdict => ({
    status: 'unknown',
    headline: 'Kan ikke vurderes',
    explanation,
    decidedBy: [],
    decidedByText: bothText,
    missing,
    checks,
    warnings,
    reminder: SERVICE_LEVEL_REMINDER,
  });
  if (!scope || (scope.kind === 'unspecified' && scope.text.trim() === '')) {
    return unknown('scope', 'Der er ikke angivet noget omfang, så det kan ikke holdes op mod rammen.');
  }
  if (scope.kind === 'unspecified') {
    return unknown(
      'unspecified',
      `"${scope.text.trim()}" er ikke et omfang, der kan holdes op mod rammen. Skriv en mængde pr. periode, fx "1 time hver 14. dag".`,
    );
  }
  if (scope.kind === 'unparseable') {
    return unknown('unparseable', `Sidevogn kunne ikke læse omfanget "${scope.text.trim()}". ${scope.reason}`);
  }
  if (entry.frame.length === 0) {
    const note = entry.frameNote ? ` ${entry.frameNote}` : '';
    return unknown('frame', `Kataloget har ingen mængderamme for ${entry.name}.${note}`);
  }
  const checks = entry.frame.map((rule) => checkRule(rule, scope));
  const failed = checks.filter((c) => c.status === 'over' || c.status === 'under');
  if (failed.length > 0) {
    const who = describeDeciders(outside);
    return {
      status: 'outside',
      headline: 'Uden for rammen',
      explanation: capitalise(failed.map((c) => explainCheck(c, scope)).join(' ')),
      decidedBy: [...outside],
      decidedByText: `Uden for rammen skal ${who} afgøre sagen.`,
      checks,
      warnings,
      reminder: SERVICE_LEVEL_REMINDER,
    };
  }
  const passed = checks.filter((c) => c.status === 'inside');
  if (passed.length === 0) {
    const units = [...new Set(entry.frame.map((r) => (r.period ? r.unit : `${r.unit} i alt`)))].join(', ');
    const kind = scope.kind === 'total' ? 'et samlet antal uden periode' : 'en mængde pr. periode';
    return unknown(
      'unit',
      `Omfanget ${describeScope(scope)} er ${kind} i ${scope.unit}, men rammen er angivet i ${units}. De kan ikke sammenlignes.`,
      checks,
    );
  }
  const within = passed.map((c) => c.ruleText).join(' og ');
  return {
    status: 'inside',
    headline: 'Inden for rammen',
    explanation: `${capitalise(describeScope(scope))} er inden for rammen på ${within}.`,
    decidedBy: [...inside],
    decidedByText: `Inden for rammen kan ${describeDeciders(inside)} bevilge.`,
    checks,
    warnings,
    reminder: SERVICE_LEVEL_REMINDER,
  };
}
