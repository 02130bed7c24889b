import type { Handler } from '../router';
import { configHandlers } from './config';
import { assessCase } from '../../../lib/service-level/assess';
import { searchCatalogue } from '../../../lib/service-level/match';
import { describeScope } from '../../../lib/service-level/scope';

/** Assesses the case on screen against the effective catalogue (see lib/service-level). */
export const serviceLevelHandlers: { 'serviceniveau/assess': Handler<'serviceniveau/assess'> } = {
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
};
