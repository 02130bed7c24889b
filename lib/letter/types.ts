/** Shared types of the decision-letter check (ids from domain.md part A). */

export type DecisionType = 'bevilling' | 'delvis' | 'afslag' | 'aendring' | 'ukendt';
export const DECISION_TYPES: readonly DecisionType[] = ['bevilling', 'delvis', 'afslag', 'aendring', 'ukendt'];
/**
 * Where the decision type comes from: the case screen's afgørelsestype, the result as the letter states it, or an estimate
 * from the whole letter by the trained model when the letter does not state it in words the rules know (type-model/).
 */
export type DecisionTypeSource = 'screen' | 'letter' | 'estimate';
export const DECISION_TYPE_SOURCES: readonly DecisionTypeSource[] = ['screen', 'letter', 'estimate'];

export type CaseArea = 'aeldre' | 'voksne' | 'boern';
export const CASE_AREAS: readonly CaseArea[] = ['aeldre', 'voksne', 'boern'];

/** Building blocks of a good decision, in domain.md order. */
export const ELEMENT_IDS = [
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
export type ElementId = (typeof ELEMENT_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** One finding, the same shape for every rule. Offsets are into the plain text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong, in plain Danish. */
  message: string;
  /** Why it matters, with the legal or guidance source. */
  why: string;
  start: number;
  end: number;
  /** A concrete fix or text to copy, when there is one. */
  suggestion?: string;
}

export interface ElementResult {
  present: boolean;
  required: boolean;
  evidence?: { start: number; end: number };
  /** Set when the element is there but wrong or incomplete (e.g. "8 uger"); a rule reports it. */
  problem?: string;
}

export interface LetterContext {
  /** Decision type as chosen on the case screen, free text ("Delvis bevilling", "Ophør"). */
  afgoerelsestype?: string;
  sagsomraade?: CaseArea;
  /** Legal basis as written on the case screen. */
  lovgrundlag?: string;
  /** Scope as written on the case screen. */
  omfang?: string;
}

export interface LixSummary {
  value: number;
  band: string;
  words: number;
  sentences: number;
}

export interface LetterAnalysis {
  decisionType: DecisionType;
  decisionTypeSource: DecisionTypeSource;
  lix: LixSummary;
  elements: Record<ElementId, ElementResult>;
  findings: Finding[];
  text: string;
}
