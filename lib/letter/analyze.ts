/**
 * The decision-letter check: segment → LIX → decision type → building blocks → rules.
 * Pure: the same text, options and settings give the same analysis.
 */
import { compileSettings, type CompiledSettings } from './compile';
import { classifyDecision } from './decision-type';
import { ELEMENT_DETECTORS } from './elements/index';
import { computeLix } from './lix';
import { createLetter, type AnalysedLetter, type Detection } from './letter';
import type { RuleSettings } from './pack-schema';
import { computeRequired, conditionsHold } from './requirements';
import { RULES, type RawFinding, type RuleDefinition } from './rules/index';
import { segment } from './segment';
import { findLetterDate } from './letter-date';
import { ELEMENT_IDS, type ElementId, type ElementResult, type Finding, type LetterAnalysis, type LetterContext, type Severity } from './types';

export interface AnalyzeOptions {
  context?: LetterContext;
  /** Rule settings from the config pack (partial settings are completed with the defaults). */
  settings?: RuleSettings;
  /** The letter's date (decides e.g. which law applies); defaults to the date in the letter's header, else today. */
  date?: Date;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function fill(template: string, vars?: Record<string, string | number>): string {
  // Most messages have no placeholder: skip the replace and its callback.
  if (!vars || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (vars[k] !== undefined ? String(vars[k]) : all));
}

function toFinding(rule: Pick<RuleDefinition, 'id' | 'severity' | 'message' | 'why'>, raw: RawFinding, compiled: CompiledSettings): Finding {
  const o = compiled.settings.rules[rule.id];
  const why = o?.why ?? raw.why ?? rule.why;
  const finding: Finding = {
    ruleId: rule.id,
    severity: o?.severity ?? raw.severity ?? rule.severity,
    message: fill(o?.message ?? raw.message ?? rule.message, raw.vars),
    why: o?.link ? `${why} Læs mere: ${o.link}` : why,
    start: raw.start,
    end: raw.end,
  };
  if (raw.suggestion) finding.suggestion = raw.suggestion;
  return finding;
}

/** Build the analysed letter (everything but the findings). */
export function buildLetter(text: string, options: AnalyzeOptions = {}): AnalysedLetter {
  const compiled = compileSettings(options.settings);
  const seg = segment(text);
  const lix = computeLix(seg, compiled.settings.lixBands);
  // (An invalid Date, e.g. parsed from a broken field, counts as none: the letter's own date or today.)
  const given = options.date && !Number.isNaN(options.date.getTime()) ? options.date : undefined;
  const date = given ?? findLetterDate(text, seg) ?? new Date();
  const letter = createLetter(text, seg, lix, compiled, options.context ?? {}, date) as AnalysedLetter;
  const decision = classifyDecision(letter);
  letter.decisionType = decision.type;
  letter.decisionTypeSource = decision.source;
  letter.resultSentence = decision.resultSentence;
  const detections = {} as Record<ElementId, Detection>;
  for (const id of ELEMENT_IDS) detections[id] = ELEMENT_DETECTORS[id](letter);
  letter.detections = detections;
  const required = computeRequired(letter, decision.type, detections);
  const elements = {} as Record<ElementId, ElementResult>;
  for (const id of ELEMENT_IDS) {
    const d = detections[id];
    const r: ElementResult = { present: d.present, required: required[id] };
    if (d.evidence) r.evidence = { start: d.evidence.start, end: d.evidence.end };
    if (d.problem) r.problem = d.problem;
    elements[id] = r;
  }
  letter.elements = elements;
  return letter;
}

function customFindings(letter: AnalysedLetter): Finding[] {
  const out: Finding[] = [];
  for (const c of letter.compiled.custom) {
    const rule = c.rule;
    if (!rule.enabled) continue;
    const def = { id: rule.id, severity: rule.severity, message: rule.message, why: rule.link ? `${rule.why} Læs mere: ${rule.link}` : rule.why };
    const hits = letter.matches(c.re);
    if (rule.kind === 'forbudt-frase') {
      for (const h of hits) out.push(toFinding(def, { ...h, suggestion: rule.suggestion }, letter.compiled));
    } else if (hits.length === 0) {
      const applies = c.conditions.length === 0 || conditionsHold(c.conditions, letter, letter.decisionType, (id) => letter.elements[id].present || letter.elements[id].required);
      const first = letter.seg.blocks[0];
      if (applies) out.push(toFinding(def, { start: first?.start ?? 0, end: first?.end ?? 0, suggestion: rule.suggestion }, letter.compiled));
    }
  }
  return out;
}

/** Run the rules on an analysed letter. `only` limits to one rule id (used by the examples runner). */
export function runRules(letter: AnalysedLetter, only?: string): Finding[] {
  const findings: Finding[] = [];
  const overrides = letter.compiled.settings.rules;
  for (const rule of RULES) {
    if (only && rule.id !== only) continue;
    if (overrides[rule.id]?.enabled === false) continue;
    for (const raw of rule.check(letter)) findings.push(toFinding(rule, raw, letter.compiled));
  }
  if (!only || letter.compiled.custom.some((c) => c.rule.id === only)) {
    for (const f of customFindings(letter)) if (!only || f.ruleId === only) findings.push(f);
  }
  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
  return findings;
}

/**
 * Check a decision letter: decision type, LIX, every building block (present/required with
 * evidence) and the findings of all enabled rules. Offsets are into `text`.
 */
export function analyzeLetter(text: string, options: AnalyzeOptions = {}): LetterAnalysis {
  const letter = buildLetter(text, options);
  return {
    decisionType: letter.decisionType,
    decisionTypeSource: letter.decisionTypeSource,
    lix: { value: letter.lix.value, band: letter.lix.band, words: letter.lix.words, sentences: letter.lix.sentences },
    elements: letter.elements,
    findings: runRules(letter),
    text,
  };
}
