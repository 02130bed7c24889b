import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { LogEntry } from '../../lib/logbook/entry';
import { KIND_LABELS } from '../../lib/logbook/vocabulary';
import { contextLabel } from '../../lib/logbook/context-label';
import { formatDanishDateTime } from '../../lib/logbook/format';

export interface RecentNotesProps {
  entries: LogEntry[];
  /** Show the "only this screen's context" switch when a context label is given. */
  contextLabel?: string;
  onlyContext?: boolean;
  onOnlyContextChange?: (only: boolean) => void;
  /** Open the full-page logbook (search, edit, export). */
  onOpenLogbook?: () => void;
  loading?: boolean;
  error?: string;
}

/** The newest notes under the capture box. Read-only: editing happens in the full logbook. */
export function RecentNotes({ entries, contextLabel: ctxLabel, onlyContext = false, onOnlyContextChange, onOpenLogbook, loading, error }: RecentNotesProps) {
  const id = useId();
  return (
    <section class="lb lb-recent" aria-labelledby={`${id}-h`}>
      <div class="lb-recent__head">
        <h2 class="lb-title" id={`${id}-h`}>Seneste noter</h2>
        {onOpenLogbook && (
          <button type="button" class="lb-btn lb-btn--link" onClick={onOpenLogbook}>
            Åbn hele logbogen
          </button>
        )}
      </div>
      {ctxLabel && onOnlyContextChange && (
        <label class="lb-check">
          <input type="checkbox" checked={onlyContext} onChange={(e) => onOnlyContextChange((e.currentTarget as HTMLInputElement).checked)} />
          <span>Kun noter om {ctxLabel}</span>
        </label>
      )}
      <div aria-live="polite" class="lb-status">
        {error && <p class="lb-notice lb-notice--error">{error}</p>}
      </div>
      {loading ? (
        <p class="lb-empty">Henter noter …</p>
      ) : entries.length === 0 ? (
        <p class="lb-empty">{onlyContext ? 'Ingen noter om dette endnu.' : 'Ingen noter endnu. Din første note kommer her.'}</p>
      ) : (
        <ul class="lb-list">
          {entries.map((e) => (
            <NoteItem key={e.id} entry={e} clamp />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One note as a list item; shared with the full-page logbook. */
export function NoteItem({ entry: e, clamp = false, children }: { entry: LogEntry; clamp?: boolean; children?: ComponentChildren }) {
  const ctx = contextLabel(e);
  return (
    <li class="lb-note">
      <div class="lb-note__meta">
        <span class={`lb-badge lb-badge--${e.kind}`}>{KIND_LABELS[e.kind]}</span>
        <time dateTime={e.createdAt}>{formatDanishDateTime(e.createdAt)}</time>
        {ctx && <span>· {ctx}</span>}
        {e.flags.nextMeeting && <span class="lb-badge">Til opfølgningsmøde</span>}
        {e.flags.askSupport && <span class="lb-badge">Til støtteperson</span>}
      </div>
      <p class={clamp ? 'lb-note__text lb-note__text--clamp' : 'lb-note__text'}>{e.text}</p>
      {e.tags.length > 0 && (
        <div class="lb-note__meta">
          {e.tags.map((t) => (
            <span key={t} class="lb-tag">#{t}</span>
          ))}
        </div>
      )}
      {children}
    </li>
  );
}
