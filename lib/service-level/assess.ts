import type { CaseContext } from '../host/context';
import { processingDeadline, type ProcessingDeadline } from './deadline';
import { matchCatalogue, type CatalogueMatch } from './match';
import { parseScope } from './parse-scope';
import type { ParsedScope } from './scope';
import type { Catalogue, CatalogueEntry } from './schema';
import { judgeFrame, type Verdict } from './verdict';

/** Everything the Serviceniveau tab shows for one screen. */
export interface CaseAssessment {
  /** Candidate entries, best first. */
  matches: CatalogueMatch[];
  /** The chosen entry: `entryId` if given, else the best match. */
  entry?: CatalogueEntry;
  /** The form's omfang, parsed (undefined when the screen has no omfang field). */
  scope?: ParsedScope;
  /** The verdict for the chosen entry (undefined without an entry). */
  verdict?: Verdict;
  /** The processing deadline, when the entry has one and the application date can be read. */
  deadline?: ProcessingDeadline;
}

/**
 * One screen update: match the catalogue, read the omfang, judge the frame and work out
 * the deadline. Pure and fast (well under a millisecond on the example catalogue), so the
 * panel can call it on every change of the case screen.
 * `entryId` lets the caseworker override the automatic match from the search box.
 */
export function assessCase(catalogue: Catalogue, context: Partial<CaseContext>, today: Date, entryId?: string): CaseAssessment {
  const matches = matchCatalogue(catalogue, context);
  const entry = entryId ? catalogue.entries.find((e) => e.id === entryId) : matches[0]?.entry;
  const scope = context.omfang !== undefined ? parseScope(context.omfang) : undefined;
  const result: CaseAssessment = { matches };
  if (scope) result.scope = scope;
  if (entry) {
    result.entry = entry;
    result.verdict = judgeFrame(entry, scope, { isExample: catalogue.isExample, today });
    const deadline = processingDeadline(entry, context.ansoegningsdato, today);
    if (deadline) result.deadline = deadline;
  }
  return result;
}
