/**
 * Serviceniveau: the catalogue of indsatser, reading scopes ("1 time hver 14. dag"),
 * frame verdicts, deadlines and letter-scope checks. Pure TypeScript, runs in Node too.
 */
export * from './schema';
export * from './units';
export * from './scope';
export { parseScope, findScopesInText, type FoundScope } from './parse-scope';
export { matchCatalogue, searchCatalogue, type CatalogueMatch, type MatchContext } from './match';
export { foldText, fsiiiCode, legalRefs, nameWords, type LegalRef } from './normalize';
export {
  judgeFrame,
  describeFrameRule,
  describeDeciders,
  SERVICE_LEVEL_REMINDER,
  type Verdict,
  type RuleCheck,
  type JudgeOptions,
} from './verdict';
export { processingDeadline, type ProcessingDeadline } from './deadline';
export {
  parseDanishDate,
  formatDanishDate,
  isoDay,
  danishHolidays,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  type CalendarDay,
  type HolidayOptions,
} from './dates';
export {
  compareLetterScope,
  scopesAgree,
  type CompareLetterScopeInput,
  type LetterScopeFinding,
  type LetterScopeRuleId,
} from './letter-scope';
export { validateCatalogue, formatIssuePath, type CatalogueValidation } from './validate';
export { exampleCatalogue } from './example';
export { assessCase, type CaseAssessment } from './assess';
