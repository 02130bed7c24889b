/**
 * Opfølgning: figures about allocations without personal data — records, aggregation,
 * CSV export/import for Danish Excel, and a storage-agnostic store interface.
 */
export { DECISION_TYPES, ELEMENT_IDS, decisionTypeFromText, type DecisionType, type ElementId } from './vocabulary';
export {
  followupRecordSchema,
  recordScopeSchema,
  recordRangeSchema,
  validateFollowupRecord,
  type FollowupRecord,
  type RecordScope,
} from './record';
export { buildRecord, recordScope, type BuildRecordOptions } from './build-record';
export { estimateMonthlyCost, frameMonthlyCost } from './cost';
export {
  aggregateFollowup,
  UNKNOWN_INDSATS,
  type FollowupSummary,
  type GroupSummary,
  type ScopeFigures,
  type CostFigures,
} from './aggregate';
export { recordsToCsv, parseFollowupCsv, CSV_HEADERS, type CsvImport } from './csv';
export { mergeRecords, createMemoryFollowupStore, type FollowupStore, type AddManyResult } from './store';
