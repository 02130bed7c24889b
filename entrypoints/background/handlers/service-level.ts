import type { Handler } from '../router';
import { configHandlers } from './config';
import { assessCase } from '../../../lib/service-level/assess';
import { searchCatalogue } from '../../../lib/service-level/match';
import { describeScope } from '../../../lib/service-level/scope';
import { buildRecord } from '../../../lib/followup/build-record';
import { decisionTypeFromScreen } from '../../../lib/letter';
import { followupHandlers } from './followup';

/** Assesses the case on screen against the effective catalogue (see lib/service-level). */
export const serviceLevelHandlers: { 'serviceniveau/assess': Handler<'serviceniveau/assess'>; 'serviceniveau/record': Handler<'serviceniveau/record'> } = {
  'serviceniveau/assess': async ({ context, entryId, query }, sender) => {
    const { catalogue } = await configHandlers['config/effective']({}, sender);
    const assessment = assessCase(catalogue, context, new Date(), entryId);
    // Dates do not survive messaging as Date objects; the tab uses the ISO and text fields.
    const deadline = assessment.deadline ? { ...assessment.deadline, deadline: assessment.deadline.deadlineIso } : undefined;
    return {
      assessment: { ...assessment, deadline },
      searchResults: query?.trim() ? searchCatalogue(catalogue, query).slice(0, 20) : [],
      scopeText: assessment.scope ? describeScope(assessment.scope) : undefined,
    };
  },
  'serviceniveau/record': async ({ context, visitId, elements }, sender) => {
    const { catalogue } = await configHandlers['config/effective']({}, sender);
    const today = new Date();
    const a = assessCase(catalogue, context, today);
    const decisionType = context.afgoerelsestype ? decisionTypeFromScreen(context.afgoerelsestype) : undefined;
    const record = buildRecord(context, a.entry, a.scope, a.verdict, elements, today, { id: visitId, ...(decisionType && decisionType !== 'ukendt' ? { decisionType } : {}) });
    const result = await followupHandlers['followup/record']({ record }, sender);
    return { recorded: result.recorded, reason: result.reason };
  },
};
