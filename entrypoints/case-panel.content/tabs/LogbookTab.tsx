import { useCallback, useEffect, useState } from 'preact/hooks';
import { CaptureBox, type SaveResult } from '../../../components/logbook/CaptureBox';
import { RecentNotes } from '../../../components/logbook/RecentNotes';
import type { CaseContext } from '../../../lib/host/context';
import type { Draft, LogEntry } from '../../../lib/logbook/entry';
import type { ResponseOf } from '../../../lib/messaging';
import { send } from '../../../lib/messaging/client';

interface Props {
  context: CaseContext;
  /** Changes each time the capture shortcut is pressed: focus the text field again. */
  focusToken: number;
  onClose: () => void;
}

const EMPTY_DRAFT: Draft = { kind: 'godt', text: '', tags: [], context: {}, flags: { nextMeeting: false, askSupport: false } };

/**
 * The Logbog tab: the capture box and the newest notes. Everything is stored by the
 * background in the extension's own IndexedDB; this tab only sends and receives messages.
 * Only the screen's area and indsats are offered as context, never the citizen or the case.
 */
export function LogbookTab({ context, focusToken, onClose }: Props) {
  const [tags, setTags] = useState<ResponseOf<'logbook/tags'> | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [onlyContext, setOnlyContext] = useState(false);
  // Notes are shown beside the case page only on request: what the panel displays is part of
  // the page's DOM while it is shown, so it stays hidden unless the caseworker asks for it.
  const [showRecent, setShowRecent] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [draftStatus, setDraftStatus] = useState<{ kind: 'info' | 'ok' | 'warn' | 'error'; message: string } | undefined>();

  const screenContext = { area: context.sagsomraade, indsats: context.indsats, screen: context.screenLabel };

  const loadRecent = useCallback(async () => {
    try {
      const res = await send('logbook/recent', { limit: 5, context: onlyContext && tags ? tags.context : undefined });
      setEntries(res.entries);
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [onlyContext, tags]);

  useEffect(() => {
    let live = true;
    void Promise.all([send('logbook/tags', { context: screenContext }), send('logbook/draft-get', {})])
      .then(([t, d]) => {
        if (!live) return;
        setTags(t);
        setDraft(d.draft);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [context.sagsomraade, context.indsats, context.screenLabel]);

  useEffect(() => {
    if (showRecent) void loadRecent();
  }, [loadRecent, showRecent]);

  const onSave = async (d: Draft): Promise<SaveResult> => {
    try {
      const res = await send('logbook/add', { kind: d.kind, text: d.text, tags: d.tags, context: d.context, flags: d.flags });
      setDraft({ ...EMPTY_DRAFT });
      if (showRecent) void loadRecent();
      return { ok: true, maskedCpr: res.maskedCpr, possibleNames: res.possibleNames };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };

  const onDraftChange = (d: Draft) => {
    setDraft(d);
    send('logbook/draft-save', { draft: d }).then(
      () => setDraftStatus(undefined),
      (e: Error) => setDraftStatus({ kind: 'error', message: `Udkastet kunne ikke gemmes: ${e.message}` }),
    );
  };

  const openLogbook = () => void send('panel/open-page', { page: 'logbook' });

  if (!tags || !draft) return <p class="sv-empty">{error ?? 'Henter logbogen …'}</p>;
  return (
    <div class="sv-logbook-tab">
      <CaptureBox
        key={focusToken}
        tags={tags.tags}
        suggestedTags={tags.suggested}
        context={tags.contextLabel ? { value: tags.context, label: tags.contextLabel } : undefined}
        draft={draft}
        onDraftChange={onDraftChange}
        onSave={onSave}
        onClose={onClose}
        status={draftStatus}
        autoFocus={focusToken > 0}
        warnOnNames={tags.warnOnNames}
        onOpenLogbook={openLogbook}
      />
      <div class="sv-logbook-tab__more">
        <button type="button" class="lb-btn lb-btn--link" aria-expanded={showRecent} data-testid="vis-seneste" onClick={() => setShowRecent(!showRecent)}>
          {showRecent ? 'Skjul mine seneste noter' : 'Vis mine seneste noter'}
        </button>
        {!showRecent && (
          <button type="button" class="lb-btn lb-btn--link" data-testid="aabn-logbog" onClick={openLogbook}>
            Åbn hele logbogen
          </button>
        )}
      </div>
      {showRecent && (
        <RecentNotes
          entries={entries}
          contextLabel={tags.contextLabel}
          onlyContext={onlyContext}
          onOnlyContextChange={setOnlyContext}
          onOpenLogbook={openLogbook}
          error={error}
        />
      )}
    </div>
  );
}
