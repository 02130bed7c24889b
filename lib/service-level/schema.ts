import { z } from 'zod';

/** The service-level catalogue (filled in by the Serviceniveau work). */
export const catalogueSchema = z.object({
  isExample: z.boolean().default(true),
  entries: z.array(z.unknown()).default([]),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
