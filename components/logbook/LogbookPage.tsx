import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/messaging';
import { ENTRY_KINDS, FLAG_LABELS, KIND_LABELS, type EntryKind, type LogEntry } from '../../lib/logbook/entry';
import type { SearchQuery } from '../../lib/logbook/search';
import { formatDanishDate } from '../../lib/logbook/format';
import { NoteItem } from './RecentNotes';
import { EditNote } from './EditNote';

export type Send = <K extends MessageType>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;
export interface DownloadFile {
  filename: string;
  mimeType: string;
  content: string;
}

export interface LogbookPageProps {
  /** Talks to the background (lib/messaging/client.ts `send`). */
  send: Send;
  /** Offers a file to the user (the page does it with a Blob and <a download>). */
  download: (file: DownloadFile) => void;
  /** Result of navigator.storage.persist(): true, false, or undefined while unknown/unsupported. */
  persisted?: boolean;
}

type Toast = { message: string; undoId?: string; kind: 'ok' | 'error' };
type Flag = '' | 'nextMeeting' | 'askSupport';

/** The full-page logbook: search and filter, edit, delete with undo, export, import, retention. */
export function LogbookPage({ send, download, persisted }: LogbookPageProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'' | EntryKind>('');
  const [tag, setTag] = useState('');
  const [flag, setFlag] = useState<Flag>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [toast, setToast] = useState<Toast | undefined>();
  const [report, setReport] = useState<ResponseOf<'logbook/import'> | undefined>();
  const [retention, setRetention] = useState<ResponseOf<'logbook/retention-check'> | undefined>();
  const [retentionExported, setRetentionExported] = useState(false);
  const [confirmRetention, setConfirmRetention] = useState(false);
  const [reload, setReload] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);

  const query = (): SearchQuery => ({
    ...(text.trim() ? { text } : {}),
    ...(kind ? { kinds: [kind] } : {}),
    ...(tag ? { tags: [tag] } : {}),
    ...(flag ? { flags: { [flag]: true } } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });

  useEffect(() => {
    send('logbook/tags', {}).then((r) => setTags(r.tags), () => undefined);
    // A failure here (e.g. a blocked upgrade) is the first thing the user should hear about.
    send('logbook/retention-check', {}).then(setRetention, (e) => setError(message(e)));
  }, [reload]);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      setLoading(true);
      send('logbook/search', { query: query() }).then(
        (r) => {
          if (!live) return;
          setEntries(r.entries);
          setError('');
          setLoading(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(message(e));
          setLoading(false);
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, kind, tag, flag, from, to, reload]);

  const refresh = () => setReload((n) => n + 1);

  const remove = async (entry: LogEntry) => {
    try {
      await send('logbook/delete', { id: entry.id });
      setToast({ kind: 'ok', message: 'Noten er slettet.', undoId: entry.id });
      refresh();
    } catch (e) {
      setToast({ kind: 'error', message: message(e) });
    }
  };

  const undo = async (noteId: string) => {
    try {
      await send('logbook/undo-delete', { id: noteId });
      setToast({ kind: 'ok', message: 'Noten er gendannet.' });
      refresh();
    } catch (e) {
      setToast({ kind: 'error', message: message(e) });
    }
  };

  const exportAs = async (format: 'markdown' | 'csv' | 'json', ids?: string[]) => {
    try {
      const file = await send('logbook/export', ids ? { format, ids } : { format, query: query() });
      download(file);
      setToast({ kind: 'ok', message: `${file.count === 1 ? '1 note' : `${file.count} noter`} er eksporteret til ${file.filename}.` });
      return true;
    } catch (e) {
      setToast({ kind: 'error', message: message(e) });
      return false;
    }
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setReport(undefined);
    try {
      const r = await send('logbook/import', { json: await file.text() });
      setReport(r);
      refresh();
    } catch (e) {
      setToast({ kind: 'error', message: `Importen mislykkedes: ${message(e)}` });
    }
  };

  const applyRetention = async () => {
    if (!retention) return;
    try {
      const r = await send('logbook/retention-apply', { ids: retention.ids });
      setToast({ kind: 'ok', message: `${r.removed === 1 ? '1 gammel note er slettet' : `${r.removed} gamle noter er slettet`}.` });
      setRetentionExported(false);
      refresh();
    } catch (e) {
      setToast({ kind: 'error', message: message(e) });
    }
  };

  const filtered = Boolean(text.trim() || kind || tag || flag || from || to);

  return (
    <div class="lb lb-page">
      <header class="lb-page__head">
        <h1 class="lb-page__title">Min logbog</h1>
        <p class="lb-hint">
          Dine erfaringer med metoden – gode, svære, spørgsmål og idéer – til opfølgningsmøderne. Noterne ligger kun i denne browser og sendes ingen steder hen.
          {persisted === false && ' Browseren har ikke lovet at gemme dem permanent: tag en JSON-backup en gang imellem.'}
        </p>
      </header>

      {retention && retention.count > 0 && (
        <section class="lb-notice lb-notice--warn lb-page__section" aria-labelledby={`${id}-ret`}>
          <h2 class="lb-title" id={`${id}-ret`}>Gamle noter</h2>
          <p>
            {retention.count === 1 ? '1 note er' : `${retention.count} noter er`} ældre end {retention.months} måneder
            {retention.oldest ? ` (den ældste er fra ${formatDanishDate(retention.oldest)})` : ''}. Eksportér dem, hvis du vil gemme dem, og slet dem derefter. Intet bliver slettet, før du beder om det.
          </p>
          <div class="lb-row">
            <button type="button" class="lb-btn" onClick={async () => setRetentionExported((await exportAs('markdown', retention.ids)) || retentionExported)}>Eksportér som Markdown</button>
            <button type="button" class="lb-btn" onClick={async () => setRetentionExported((await exportAs('json', retention.ids)) || retentionExported)}>Eksportér som JSON</button>
            <button
              type="button"
              class="lb-btn lb-btn--danger"
              onClick={() => (retentionExported ? void applyRetention() : setConfirmRetention(true))}
            >
              Slet de gamle noter
            </button>
          </div>
          {confirmRetention && !retentionExported && (
            <div class="lb-row" role="alert">
              <span>Du har ikke eksporteret de gamle noter. Slet dem alligevel? Det kan ikke fortrydes.</span>
              <button type="button" class="lb-btn lb-btn--danger" onClick={() => { setConfirmRetention(false); void applyRetention(); }}>Ja, slet dem</button>
              <button type="button" class="lb-btn" onClick={() => setConfirmRetention(false)}>Annullér</button>
            </div>
          )}
        </section>
      )}

      <section class="lb-page__section" aria-labelledby={`${id}-search`}>
        <h2 class="lb-title" id={`${id}-search`}>Søg</h2>
        <form class="lb-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <div class="lb-filters__wide">
            <label class="lb-label" for={`${id}-q`}>Fritekst</label>
            <input id={`${id}-q`} class="lb-input" type="search" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div>
            <label class="lb-label" for={`${id}-kind`}>Type</label>
            <select id={`${id}-kind`} class="lb-input" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as EntryKind | '')}>
              <option value="">Alle</option>
              {ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>{KIND_LABELS[k]}</option>
              ))}
            </select>
          </div>
          <div>
            <label class="lb-label" for={`${id}-tag`}>Emne</label>
            <select id={`${id}-tag`} class="lb-input" value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">Alle</option>
              {tags.map((t) => (
                <option key={t} value={t}>{t}</option>
              ))}
            </select>
          </div>
          <div>
            <label class="lb-label" for={`${id}-flag`}>Markering</label>
            <select id={`${id}-flag`} class="lb-input" value={flag} onChange={(e) => setFlag((e.currentTarget as HTMLSelectElement).value as Flag)}>
              <option value="">Alle</option>
              <option value="nextMeeting">{FLAG_LABELS.nextMeeting}</option>
              <option value="askSupport">{FLAG_LABELS.askSupport}</option>
            </select>
          </div>
          <div>
            <label class="lb-label" for={`${id}-from`}>Fra dato</label>
            <input id={`${id}-from`} class="lb-input" type="date" value={from} onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div>
            <label class="lb-label" for={`${id}-to`}>Til dato</label>
            <input id={`${id}-to`} class="lb-input" type="date" value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
          </div>
        </form>
      </section>

      <section class="lb-page__section" aria-labelledby={`${id}-io`}>
        <h2 class="lb-title" id={`${id}-io`}>Eksport og import</h2>
        <p class="lb-hint">Eksporten tager {filtered ? 'de noter, der passer til søgningen' : 'alle noter'}. Markdown er klar til at printe eller sætte ind i dagsordenen til opfølgningsmødet; JSON er en fuld backup.</p>
        <div class="lb-row">
          <button type="button" class="lb-btn" onClick={() => void exportAs('markdown')}>Eksportér Markdown</button>
          <button type="button" class="lb-btn" onClick={() => void exportAs('csv')}>Eksportér CSV</button>
          <button type="button" class="lb-btn" onClick={() => void exportAs('json')}>Eksportér JSON (backup)</button>
          <button type="button" class="lb-btn" onClick={() => fileRef.current?.click()}>Importér backup …</button>
          <input ref={fileRef} id={`${id}-file`} type="file" accept="application/json,.json" class="lb-sr" aria-label="Vælg en JSON-backup at importere" onChange={onImport} />
        </div>
        {report && (
          <div class="lb-notice lb-notice--ok" role="status">
            <p><strong>Import færdig.</strong> {report.summary.join(' ')}</p>
            {report.invalid.length > 0 && (
              <details>
                <summary>Noter, der ikke kunne læses</summary>
                <ul>
                  {report.invalid.slice(0, 50).map((i) => (
                    <li key={i.position}>Note nr. {i.position}: {i.reason}</li>
                  ))}
                </ul>
              </details>
            )}
            <button type="button" class="lb-btn lb-btn--link" onClick={() => setReport(undefined)}>Luk rapporten</button>
          </div>
        )}
      </section>

      <section class="lb-page__section" aria-labelledby={`${id}-list`}>
        <h2 class="lb-title" id={`${id}-list`}>
          Noter {loading ? '' : `(${entries.length})`}
        </h2>
        <div aria-live="polite" class="lb-status">{error && <p class="lb-notice lb-notice--error">{error}</p>}</div>
        {loading && entries.length === 0 ? (
          <p class="lb-empty">Henter noter …</p>
        ) : entries.length === 0 ? (
          <p class="lb-empty">{filtered ? 'Ingen noter passer til søgningen.' : 'Logbogen er tom. Skriv din første note fra panelet ved siden af fagsystemet.'}</p>
        ) : (
          <ul class="lb-list">
            {entries.map((e) =>
              editing === e.id ? (
                <li key={e.id} class="lb-note">
                  <EditNote
                    entry={e}
                    tags={tags}
                    onCancel={() => setEditing(undefined)}
                    onSave={async (input) => {
                      const r = await send('logbook/update', { id: e.id, input, baseUpdatedAt: e.updatedAt });
                      setEditing(undefined);
                      setToast({ kind: 'ok', message: r.maskedCpr ? `Ændringen er gemt. ${r.maskedCpr === 1 ? 'Et CPR-nummer' : `${r.maskedCpr} CPR-numre`} blev skjult.` : 'Ændringen er gemt.' });
                      refresh();
                    }}
                  />
                </li>
              ) : (
                <NoteItem key={e.id} entry={e}>
                  <div class="lb-row lb-row--end">
                    <button type="button" class="lb-btn lb-btn--link" onClick={() => setEditing(e.id)}>Redigér<span class="lb-sr"> noten fra {formatDanishDate(e.createdAt)}</span></button>
                    <button type="button" class="lb-btn lb-btn--link" onClick={() => void remove(e)}>Slet<span class="lb-sr"> noten fra {formatDanishDate(e.createdAt)}</span></button>
                  </div>
                </NoteItem>
              ),
            )}
          </ul>
        )}
      </section>

      <div class="lb-toast-region" aria-live="polite" role="status">
        {toast && (
          <div class={`lb-toast lb-notice lb-notice--${toast.kind}`}>
            <span>{toast.message}</span>
            {toast.undoId && (
              <button type="button" class="lb-btn" onClick={() => void undo(toast.undoId!)}>Fortryd</button>
            )}
            <button type="button" class="lb-btn lb-btn--link" aria-label="Luk besked" onClick={() => setToast(undefined)}>×</button>
          </div>
        )}
      </div>
    </div>
  );
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : 'Der skete en fejl.';
}
