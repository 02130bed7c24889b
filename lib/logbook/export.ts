import { contextLabel } from './context-label';
import { AREA_LABELS } from './vocabulary';
import { ENTRY_KINDS, FLAG_LABELS, KIND_LABELS, type LogEntry } from './entry';
import { formatDanishDate, formatDanishDateTime, isoDay } from './format';
import { canonicalEntry } from './merge';

export type ExportFormat = 'markdown' | 'csv' | 'json';

/** Identifies a Sidevogn logbook backup. */
export const BACKUP_FORMAT = 'sidevogn-logbog';
export const BACKUP_VERSION = 1;

export interface LogbookBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  count: number;
  entries: LogEntry[];
}

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** Builds the export in the requested format. Soft-deleted notes are never exported. */
export function exportEntries(entries: readonly LogEntry[], format: ExportFormat, now = new Date()): ExportFile {
  const live = entries.filter((e) => !e.deletedAt).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const day = isoDay(now);
  switch (format) {
    case 'markdown':
      return { filename: `logbog-${day}.md`, mimeType: 'text/markdown;charset=utf-8', content: toMarkdown(live, now) };
    case 'csv':
      return { filename: `logbog-${day}.csv`, mimeType: 'text/csv;charset=utf-8', content: toCsv(live) };
    case 'json':
      return { filename: `logbog-backup-${day}.json`, mimeType: 'application/json', content: toJsonBackup(live, now) };
  }
}

/** A full backup: every field of every note, stable key order. */
export function toJsonBackup(entries: readonly LogEntry[], now = new Date()): string {
  const backup: LogbookBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    count: entries.length,
    entries: entries.map(canonicalEntry),
  };
  return JSON.stringify(backup, null, 2) + '\n';
}

const NO_TAG = 'Uden emne';

/**
 * Markdown for the follow-up meeting: first the notes flagged for the meeting and the
 * questions for the support person, then everything grouped by kind and, within a kind, by
 * its first tag (the others are listed on the line). Ready to print or paste into an agenda.
 */
export function toMarkdown(entries: readonly LogEntry[], now = new Date()): string {
  const lines: string[] = [];
  lines.push('# Logbog – erfaringer med metoden', '');
  const span = entries.length
    ? ` fra ${formatDanishDate(entries[0]!.createdAt)} til ${formatDanishDate(entries[entries.length - 1]!.createdAt)}`
    : '';
  lines.push(`Udskrevet ${formatDanishDate(now.toISOString())} · ${countLabel(entries.length)}${span}.`, '');
  if (!entries.length) {
    lines.push('_Der er ingen noter i logbogen._', '');
    return lines.join('\n');
  }

  const meeting = entries.filter((e) => e.flags.nextMeeting);
  const support = entries.filter((e) => e.flags.askSupport);
  if (meeting.length) {
    lines.push(`## ${FLAG_LABELS.nextMeeting} (${meeting.length})`, '');
    for (const e of meeting) lines.push(item(e, true));
    lines.push('');
  }
  if (support.length) {
    lines.push(`## ${FLAG_LABELS.askSupport} (${support.length})`, '');
    for (const e of support) lines.push(item(e, true));
    lines.push('');
  }

  for (const kind of ENTRY_KINDS) {
    const ofKind = entries.filter((e) => e.kind === kind);
    if (!ofKind.length) continue;
    lines.push(`## ${KIND_LABELS[kind]} (${ofKind.length})`, '');
    const byTag = new Map<string, LogEntry[]>();
    for (const e of ofKind) {
      const tag = e.tags[0] ?? NO_TAG;
      byTag.set(tag, [...(byTag.get(tag) ?? []), e]);
    }
    const tags = [...byTag.keys()].sort((a, b) => (a === NO_TAG ? 1 : b === NO_TAG ? -1 : a.localeCompare(b, 'da')));
    for (const tag of tags) {
      lines.push(`### ${escapeInline(tag)}`, '');
      for (const e of byTag.get(tag)!) lines.push(item(e, false));
      lines.push('');
    }
  }
  return lines.join('\n');
}

function countLabel(n: number): string {
  return n === 1 ? '1 note' : `${n} noter`;
}

function item(e: LogEntry, withKind: boolean): string {
  const meta: string[] = [formatDanishDate(e.createdAt)];
  if (withKind) meta.push(KIND_LABELS[e.kind]);
  const extraTags = withKind ? e.tags : e.tags.slice(1);
  if (extraTags.length) meta.push(extraTags.map(escapeInline).join(', '));
  const ctx = contextLabel(e);
  if (ctx) meta.push(escapeInline(ctx));
  const body = escapeBlock(e.text).split('\n').join('\n  ');
  return `- ${body}  \n  _${meta.join(' · ')}_`;
}

/** "Ældre · Personlig pleje" */
export { contextLabel };

// Pasted Markdown is often rendered as HTML (wikis, mail): angle brackets and link syntax are
// escaped so a note can never become markup; ordinary punctuation stays readable on paper.
function escapeInline(s: string): string {
  return s.replace(/[\\<>[\]`*_|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function escapeBlock(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeInline(line).replace(/^(\s*)([#>+-]|\d+\.)(\s)/, '$1\\$2$3'))
    .join('\n');
}

const CSV_HEADER = ['id', 'oprettet', 'ændret', 'type', 'tekst', 'emner', 'område', 'indsats', 'næste opfølgningsmøde', 'spørgsmål til støtteperson'];

/**
 * CSV for spreadsheets: semicolon-separated with a BOM, which is what Danish Excel expects.
 * Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
 */
export function toCsv(entries: readonly LogEntry[]): string {
  const rows = [CSV_HEADER];
  for (const e of entries) {
    rows.push([
      e.id,
      formatDanishDateTime(e.createdAt),
      formatDanishDateTime(e.updatedAt),
      KIND_LABELS[e.kind],
      e.text,
      e.tags.join(', '),
      e.context.area ? AREA_LABELS[e.context.area] : '',
      e.context.indsats ?? '',
      e.flags.nextMeeting ? 'ja' : 'nej',
      e.flags.askSupport ? 'ja' : 'nej',
    ]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
