import { z } from 'zod';

/** Tips, hints and checklists (filled in by the Studio work). */
export const tipsSchema = z.array(z.unknown()).default([]);
export const hintsSchema = z.array(z.unknown()).default([]);
export const checklistsSchema = z.array(z.unknown()).default([]);
