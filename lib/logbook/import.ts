import { entrySchema, normaliseTags, type LogEntry } from './entry';
import { BACKUP_FORMAT, BACKUP_VERSION } from './export';
import { redactNote } from './redaction';
import type { MergeCounts } from './store';

/** Largest backup we read (characters); far above 10,000 notes, well below what hurts a tab. */
export const MAX_BACKUP_CHARS = 50_000_000;

export interface InvalidNote {
  /** 1-based position in the file's `entries` array. */
  position: number;
  reason: string;
}

export interface ParsedBackup {
  entries: LogEntry[];
  invalid: InvalidNote[];
  /** Notes appearing twice in the file itself (same id); the first copy is used. */
  duplicatesInFile: number;
  /** CPR numbers masked while reading. */
  maskedCpr: number;
  /** Notes whose text or tags contained a CPR number. */
  notesWithCpr: number;
  total: number;
}

/**
 * Reads and validates a JSON backup. Never throws for a bad note — it is listed in `invalid`
 * with a Danish reason — but throws (Danish message) when the file is not a backup at all.
 * CPR numbers are masked exactly as when typing a note, so an edited or foreign file cannot
 * bring one in.
 */
export function parseBackup(json: string): ParsedBackup {
  if (json.length > MAX_BACKUP_CHARS) throw new Error('Filen er for stor til at være en logbog-backup.');
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('Filen er ikke gyldig JSON. Vælg en backup, som Sidevogn har lavet (logbog-backup-….json).');
  }
  const obj = data as { format?: unknown; version?: unknown; entries?: unknown } | null;
  if (!obj || typeof obj !== 'object' || obj.format !== BACKUP_FORMAT || !Array.isArray(obj.entries)) {
    throw new Error('Filen er ikke en logbog-backup fra Sidevogn.');
  }
  if (typeof obj.version !== 'number' || obj.version > BACKUP_VERSION) {
    throw new Error('Backuppen er lavet af en nyere udgave af Sidevogn. Opdatér Sidevogn, og prøv igen.');
  }
  const out: ParsedBackup = { entries: [], invalid: [], duplicatesInFile: 0, maskedCpr: 0, notesWithCpr: 0, total: obj.entries.length };
  const seen = new Set<string>();
  obj.entries.forEach((raw: unknown, i: number) => {
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      out.invalid.push({ position: i + 1, reason: `${issue?.message ?? 'ugyldig'}${where}` });
      return;
    }
    if (result.data.deletedAt) {
      out.invalid.push({ position: i + 1, reason: 'noten er markeret som slettet' });
      return;
    }
    if (seen.has(result.data.id)) {
      out.duplicatesInFile++;
      return;
    }
    seen.add(result.data.id);
    const { value, maskedCpr } = redactNote(result.data);
    if (maskedCpr) {
      out.maskedCpr += maskedCpr;
      out.notesWithCpr++;
    }
    out.entries.push({ ...value, tags: normaliseTags(value.tags) });
  });
  return out;
}

export interface ImportReport extends MergeCounts {
  total: number;
  invalid: InvalidNote[];
  duplicatesInFile: number;
  maskedCpr: number;
  /** The report as plain Danish sentences, for the page's report box. */
  summary: string[];
}

/** Puts parse and merge results into one report with Danish sentences. */
export function buildImportReport(parsed: ParsedBackup, merged: MergeCounts): ImportReport {
  const s: string[] = [];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  s.push(`Filen indeholdt ${n(parsed.total, 'note', 'noter')}.`);
  s.push(`${n(merged.added, 'ny note blev tilføjet', 'nye noter blev tilføjet')}.`);
  if (merged.updated) s.push(`${n(merged.updated, 'note blev opdateret', 'noter blev opdateret')} med en nyere udgave fra filen.`);
  const dup = merged.duplicates + parsed.duplicatesInFile;
  if (dup) s.push(`${n(dup, 'note fandtes allerede og blev sprunget over', 'noter fandtes allerede og blev sprunget over')}.`);
  if (merged.keptNewer) s.push(`${n(merged.keptNewer, 'note blev ikke ændret', 'noter blev ikke ændret')}, fordi din udgave er nyere.`);
  if (parsed.maskedCpr) s.push(`${n(parsed.maskedCpr, 'CPR-nummer blev skjult', 'CPR-numre blev skjult')} (erstattet af XXXXXX-XXXX).`);
  if (parsed.invalid.length) {
    s.push(`${n(parsed.invalid.length, 'note kunne ikke læses', 'noter kunne ikke læses')} og blev ikke importeret.`);
  }
  return { ...merged, total: parsed.total, invalid: parsed.invalid, duplicatesInFile: parsed.duplicatesInFile, maskedCpr: parsed.maskedCpr, summary: s };
}
