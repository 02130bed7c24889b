import type { Checklist, ContentTarget, Hint, Tip } from '../config/content-schema';
import type { CaseArea } from '../host/context';
import { dateOrWeekToDay, toDay, weekSerial } from './iso-week';

/**
 * Which tip, hints and checklists the panel shows. Pure functions of the config and the case
 * screen's context; only types come from the zod schemas, so the content script stays small.
 */

/** The parts of the case context that content can be targeted at (a CaseContext fits). */
export interface ContentContext {
  siteId?: string;
  screenId?: string;
  sagsomraade?: CaseArea;
  indsats?: string;
  lovgrundlag?: string;
}

export type ChecklistWhen = Checklist['when'];

/** A day given as a Date (the user's local calendar day) or `YYYY-MM-DD`. */
export type DayInput = Date | string;

/** How far back previousTips looks (three years of weekly tips). */
const MAX_WEEKS_BACK = 156;

function dayOrThrow(today: DayInput): number {
  const day = toDay(today);
  if (day === undefined) throw new Error(`Ugyldig dato: ${String(today)}`);
  return day;
}

function hasPeriod(tip: Tip): boolean {
  return tip.gyldigFra !== undefined || tip.gyldigTil !== undefined;
}

/** True when the day lies in the tip's period (open ends are unbounded; bad bounds never match). */
function inPeriod(tip: Tip, day: number): boolean {
  if (tip.gyldigFra !== undefined) {
    const from = dateOrWeekToDay(tip.gyldigFra, 'start');
    if (from === undefined || day < from) return false;
  }
  if (tip.gyldigTil !== undefined) {
    const to = dateOrWeekToDay(tip.gyldigTil, 'end');
    if (to === undefined || day > to) return false;
  }
  return true;
}

function forArea(tip: Tip, area: CaseArea | undefined): boolean {
  // A tip written for one area is left out on another area's screens; unknown area shows all.
  return !tip.area || !area || tip.area === area;
}

function tipOfDay(tips: readonly Tip[], day: number, area: CaseArea | undefined): Tip | undefined {
  const eligible = tips.filter((tip) => forArea(tip, area));
  // A tip dated for this week wins over the undated pool; several dated ones take turns.
  const dated = eligible.filter((tip) => hasPeriod(tip) && inPeriod(tip, day));
  const pool = dated.length > 0 ? dated : eligible.filter((tip) => !hasPeriod(tip));
  if (pool.length === 0) return undefined;
  // Rotate by the running week number, so the tip is the same all week, on every computer,
  // and changes on Monday; pack order is the rotation order.
  return pool[weekSerial(day) % pool.length];
}

/**
 * "Ugens Tip": the tip for the ISO week of `today`. A tip whose period (gyldigFra–gyldigTil,
 * dates or ISO weeks, both inclusive) covers today is preferred; when several do, or none has
 * a period, they take turns week by week in pack order. Tips of another area are skipped when
 * the area is known. Undefined when there is no tip to show.
 */
export function currentTip(tips: readonly Tip[], today: DayInput, area?: CaseArea): Tip | undefined {
  return tipOfDay(tips, dayOrThrow(today), area);
}

/**
 * The tips of earlier weeks, newest first, without repeats and without this week's tip: what
 * currentTip showed in the weeks before (at most `n`, looking back at most three years).
 */
export function previousTips(tips: readonly Tip[], today: DayInput, n: number, area?: CaseArea): Tip[] {
  const day = dayOrThrow(today);
  const current = tipOfDay(tips, day, area);
  const seen = new Set<string>(current ? [current.id] : []);
  const out: Tip[] = [];
  for (let back = 1; back <= MAX_WEEKS_BACK && out.length < n; back++) {
    const tip = tipOfDay(tips, day - back * 7, area);
    if (tip && !seen.has(tip.id)) {
      seen.add(tip.id);
      out.push(tip);
    }
  }
  return out;
}

/** Lower case without any white space: "Personlig  Pleje" and "personligpleje" compare equal. */
function squash(text: string): string {
  return text.toLocaleLowerCase('da').replace(/\s+/g, '');
}

/**
 * A legal reference in one spelling: lower case, one space after § / §§ and after "stk."/"nr.",
 * single spaces. "SEL §83,stk.1" → "sel § 83, stk. 1".
 */
export function normaliseLegalRef(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/\s+/g, ' ')
    .replace(/\s*(§§?)\s*/g, ' $1 ')
    .replace(/\b(stk|nr)\.\s*/g, '$1. ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/ +/g, ' ')
    .trim();
}

/**
 * True when the target reference occurs in the screen's reference as a whole provision:
 * "§ 83" matches "serviceloven § 83, stk. 1" but not "§ 83 a" or "§ 835".
 */
export function legalRefMatches(target: string, onScreen: string): boolean {
  const want = normaliseLegalRef(target);
  const have = normaliseLegalRef(onScreen);
  if (!want) return true;
  for (let at = have.indexOf(want); at >= 0; at = have.indexOf(want, at + 1)) {
    const rest = have.slice(at + want.length);
    // After a number, another digit or a lone letter ("§ 83 a", "§ 83a") is another provision.
    if (/\d$/.test(want) && /^(\d|\s?[a-zæøå](?![a-zæøå]))/.test(rest)) continue;
    return true;
  }
  return false;
}

/** True when every field of the target holds for the context; an empty target holds everywhere. */
export function targetMatches(target: ContentTarget | undefined, context: ContentContext): boolean {
  if (!target) return true;
  if (target.siteId !== undefined && target.siteId !== context.siteId) return false;
  if (target.screenId !== undefined && target.screenId !== context.screenId) return false;
  if (target.area !== undefined && target.area !== context.sagsomraade) return false;
  if (target.indsats !== undefined && !(context.indsats && squash(context.indsats).includes(squash(target.indsats)))) return false;
  if (target.lovgrundlag !== undefined && !(context.lovgrundlag && legalRefMatches(target.lovgrundlag, context.lovgrundlag))) return false;
  return true;
}

/** The hints that apply to the screen, in pack order. */
export function hintsFor(hints: readonly Hint[], context: ContentContext): Hint[] {
  return hints.filter((hint) => targetMatches(hint.target, context));
}

/** What the panel knows about the screen beyond its context, for choosing checklists. */
export interface ChecklistScreen {
  /** The screen has a decision-letter editor: "before the decision is sent" lists belong here. */
  hasLetterEditor: boolean;
  /** Phases to show on every screen (e.g. the roll-out lists while the roll-out runs). */
  phases?: readonly ChecklistWhen[];
}

const WHEN_ORDER: readonly ChecklistWhen[] = [
  'foer-afgoerelse',
  'udrulning-forberedelse',
  'udrulning-indfoering',
  'traeningsmoede',
  'opfoelgningsmoede',
];

function isPlaced(target: ContentTarget | undefined): boolean {
  return !!target && Object.values(target).some((v) => v !== undefined);
}

/**
 * The checklists for the screen. The target must match (as for hints). On top of that a
 * "before the decision" list shows where a letter is written (or on a screen its target
 * names), and the roll-out and meeting lists show only where a support person placed them
 * (a non-empty target) or when `screen.phases` asks for them, so they do not crowd every
 * case screen. Sorted by phase, then pack order.
 */
export function checklistsFor(checklists: readonly Checklist[], context: ContentContext, screen: ChecklistScreen): Checklist[] {
  const phases = new Set(screen.phases ?? []);
  return checklists
    .filter((list) => {
      if (!targetMatches(list.target, context)) return false;
      if (phases.has(list.when)) return true;
      if (list.when === 'foer-afgoerelse') return screen.hasLetterEditor || list.target?.screenId !== undefined;
      return isPlaced(list.target);
    })
    .map((list, index) => ({ list, index }))
    .sort((a, b) => WHEN_ORDER.indexOf(a.list.when) - WHEN_ORDER.indexOf(b.list.when) || a.index - b.index)
    .map(({ list }) => list);
}
