import { findScopesInText, parseScope, type FoundScope } from './parse-scope';
import { describeScope, isQuantified, type ParsedScope, type QuantifiedScope } from './scope';
import type { CatalogueEntry } from './schema';
import { judgeFrame, describeDeciders } from './verdict';
import type { BaseUnit } from './units';

/** Finding ids this module produces (the Afgørelsestjek's finding shape). */
export type LetterScopeRuleId = 'omfang-uden-for-rammen' | 'omfang-uoverensstemmelse';

/** A finding about the scope in a decision letter; offsets are in the letter text. */
export interface LetterScopeFinding {
  ruleId: LetterScopeRuleId;
  severity: 'error' | 'warning' | 'info';
  /** Plain Danish: what is wrong. */
  message: string;
  /** Plain Danish: why it matters. */
  why: string;
  start: number;
  end: number;
}

/** Input for `compareLetterScope`. */
export interface CompareLetterScopeInput {
  /** The catalogue entry for the indsats on screen, if matched. */
  entry?: CatalogueEntry;
  /** The form's omfang field (text or already parsed). */
  formScope?: string | ParsedScope;
  /** The letter text the offsets refer to. */
  letterText: string;
  /** Scopes found in the letter, if the caller already ran `findScopesInText`. */
  found?: FoundScope[];
}

const REL = 1e-6;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= REL * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Two scopes agree when they are the same kind and every shared measure is equal. */
export function scopesAgree(a: QuantifiedScope, b: QuantifiedScope): boolean {
  if (a.kind !== b.kind) return false;
  const shared = (Object.keys(a.measures) as BaseUnit[]).filter((u) => b.measures[u]);
  if (shared.length === 0) return false;
  return shared.every((u) => {
    const x = a.measures[u]!;
    const y = b.measures[u]!;
    return close(x.min, y.min) && close(x.max, y.max);
  });
}

function comparable(a: QuantifiedScope, b: QuantifiedScope): boolean {
  return a.kind === b.kind && (Object.keys(a.measures) as BaseUnit[]).some((u) => u !== 'gange' && b.measures[u]);
}

/**
 * Checks the scopes written in a decision letter against the frame and against the form.
 *
 * - 'omfang-uden-for-rammen': a scope in the letter lies outside the entry's frame.
 * - 'omfang-uoverensstemmelse': the letter states a scope in the same unit as the form, but
 *   none of them equals the form's omfang ("2 timer om ugen" in the letter, "1 time hver
 *   14. dag" on the form). Equal rates written differently ("hver anden uge 1 time") agree.
 */
export function compareLetterScope(input: CompareLetterScopeInput): LetterScopeFinding[] {
  const found = input.found ?? findScopesInText(input.letterText);
  const findings: LetterScopeFinding[] = [];
  if (input.entry) {
    for (const f of found) {
      const verdict = judgeFrame(input.entry, f.scope);
      if (verdict.status !== 'outside') continue;
      findings.push({
        ruleId: 'omfang-uden-for-rammen',
        severity: 'warning',
        message: `${verdict.explanation} ${verdict.decidedByText}`,
        why: `Serviceniveauet for ${input.entry.name} er kommunens ramme. Uden for rammen har sagsbehandleren ikke kompetence alene; ${describeDeciders(input.entry.competence.outsideFrame)} skal afgøre sagen ud fra en konkret, individuel vurdering.`,
        start: f.start,
        end: f.end,
      });
    }
  }
  const form = typeof input.formScope === 'string' ? parseScope(input.formScope) : input.formScope;
  if (isQuantified(form)) {
    const candidates = found.filter((f) => comparable(form, f.scope));
    if (candidates.length > 0 && !candidates.some((f) => scopesAgree(form, f.scope))) {
      for (const f of candidates) {
        findings.push({
          ruleId: 'omfang-uoverensstemmelse',
          severity: 'warning',
          message: `Brevet siger ${describeScope(f.scope)}, men skemaet siger ${describeScope(form)}.`,
          why: 'Omfanget i afgørelsen skal være det, der er bevilget. Står der noget andet i skemaet, får borgeren og leverandøren forskellige oplysninger.',
          start: f.start,
          end: f.end,
        });
      }
    }
  }
  return findings;
}
