/**
 * Public API of the decision-letter check (afgørelsestjek). Pure TypeScript: runs in the
 * extension and in Node (the `sidevogn audit` CLI). `docxToText` lives in ./docx (Node only).
 */
import { defaultSettingsObject } from './default-settings';
import type { RuleSettings } from './pack-schema';

export type { DecisionType, ElementId, Finding, ElementResult, LetterAnalysis, LetterContext, Severity, CaseArea } from './types';
export { ELEMENT_IDS, DECISION_TYPES } from './types';
export { analyzeLetter, type AnalyzeOptions } from './analyze';
export { htmlToText, type HtmlText } from './html-to-text';
export { runRuleExamples, type ExampleFailure } from './examples';
export { ruleSettingsSchema, type RuleSettings } from './pack-schema';
export { ELEMENT_LABELS, ELEMENT_GROUPS, type ElementGroup } from './element-groups';
export { decisionTypeFromScreen } from './decision-type';
export { RULES } from './rules/index';
export { DEFAULT_RULE_DATA } from './default-rules';

/** The default rule settings (validated; shared instance so its compiled form is cached). */
export const defaultRuleSettings: RuleSettings = defaultSettingsObject();
