/** The shape every rule has (one rule per file, id = file name). */
import type { AnalysedLetter } from '../letter';
import type { RuleExample } from '../pack-schema';
import type { Severity } from '../types';

/** What a rule reports; the engine adds the rule id, severity and texts (pack overrides win). */
export interface RawFinding {
  start: number;
  end: number;
  /** Replaces the rule's default message (still overridable by the pack). */
  message?: string;
  why?: string;
  severity?: Severity;
  suggestion?: string;
  /** Values for {placeholders} in the message. */
  vars?: Record<string, string | number>;
}

export interface RuleDefinition {
  id: string;
  /** What the rule checks, in Danish (shown in the Studio and the docs). */
  description: string;
  severity: Severity;
  /** Default message (plain Danish); may contain {placeholders}. */
  message: string;
  /** Why it matters, with the legal or guidance source. */
  why: string;
  /** Texts that must give no finding (valid) and at least one (invalid) of this rule. */
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  /** Pure: same letter, same findings. */
  check(letter: AnalysedLetter): RawFinding[];
}
