import { z } from 'zod';
import { defineMessages } from './define';
import type { SerializedAssessment } from '../../components/service-level/ServiceLevelTab';
import type { CatalogueEntry } from '../service-level/schema';

const text = z.string().max(500).optional();

/** What the screen shows about the case (the same fields the panel reads, never a person). */
export const assessContextSchema = z.object({
  siteId: text,
  screenId: text,
  sagsomraade: z.enum(['aeldre', 'voksne', 'boern']).optional(),
  lovgrundlag: text,
  indsats: text,
  omfang: text,
  ansoegningsdato: text,
});

export interface AssessResponse {
  assessment: SerializedAssessment;
  searchResults: CatalogueEntry[];
  scopeText?: string;
}

/**
 * The service-level assessment runs in the background: the catalogue matching, the scope
 * parser and the verdict stay off the case page's main thread and out of the content script.
 */
export const serviceLevelMessages = defineMessages({
  'serviceniveau/assess': {
    request: z.object({ context: assessContextSchema, entryId: z.string().max(200).optional(), query: z.string().max(200).optional() }),
    response: z.custom<AssessResponse>((value) => typeof value === 'object' && value !== null),
    privileged: false,
  },
  /**
   * Count this screen visit in the follow-up figures (no names, CPR or case numbers: the
   * background builds the record from the catalogue match, and the strict schema refuses
   * anything else). `visitId` keeps re-renders of one visit to one record.
   */
  'serviceniveau/record': {
    request: z.object({
      context: assessContextSchema.extend({ afgoerelsestype: text }),
      visitId: z.uuid(),
      elements: z.record(z.string().max(40), z.boolean()).optional(),
    }),
    response: z.object({ recorded: z.boolean(), reason: z.string().optional() }),
    privileged: false,
  },
});
