import type { LogEntry } from './entry';
import { AREA_LABELS } from './vocabulary';

/** "Ældre · Praktisk hjælp" for a note's context (area and indsats only, never a person). */
export function contextLabel(e: Pick<LogEntry, 'context'>): string {
  const parts: string[] = [];
  if (e.context.area) parts.push(AREA_LABELS[e.context.area]);
  if (e.context.indsats) parts.push(e.context.indsats);
  return parts.join(' · ');
}
