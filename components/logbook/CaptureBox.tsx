import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Draft, EntryContext } from '../../lib/logbook/entry';
import { ENTRY_KINDS, FLAG_LABELS } from '../../lib/logbook/vocabulary';
import { findCprNumbers, maskCpr } from '../../lib/privacy/cpr';
import { findPossibleNames } from '../../lib/logbook/redaction';
import { KindChips } from './KindChips';

/** What the caller reports back after trying to save. */
export type SaveResult = { ok: true; maskedCpr?: number; possibleNames?: string[] } | { ok: false; error: string };

export interface CaptureBoxProps {
  /** Every tag the config pack offers (shown in the "Andet emne" list). */
  tags: string[];
  /** Tags suggested for the current screen (shown as chips first). */
  suggestedTags?: string[];
  /** The current screen's context (area/indsats) that may be attached; never citizen or case. */
  context?: { value: EntryContext; label: string };
  /** The draft to start from (the saved draft after a crash, or an empty one). */
  draft: Draft;
  /** Called with the draft as it is typed (debounced by `draftDelayMs`) and when focus leaves the box. */
  onDraftChange: (draft: Draft) => void;
  /** Save the note. Resolve `{ ok: true }` to clear the box, `{ ok: false, error }` to keep it. */
  onSave: (draft: Draft) => Promise<SaveResult>;
  /** Esc, or the close button. The draft has already been flushed through onDraftChange. */
  onClose: () => void;
  /** An extra status line from the caller (e.g. "Udkastet kunne ikke gemmes: …"). */
  status?: { kind: 'info' | 'ok' | 'warn' | 'error'; message: string };
  /** Focus the text field on mount (the capture shortcut). */
  autoFocus?: boolean;
  /** Warn when the text seems to contain a full name. */
  warnOnNames?: boolean;
  /** Open the full-page logbook (e.g. to edit the saved note). */
  onOpenLogbook?: () => void;
  /** Debounce for onDraftChange, ms (default 400). */
  draftDelayMs?: number;
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || '');

/**
 * The capture box: type, Ctrl/Cmd+Enter saves, Esc closes. Kind by chips (Alt+1–4), tags by
 * suggestion chips or from the list, the context chip, and the two flags. CPR numbers are
 * spotted as you type and can be masked before saving (the store masks them anyway).
 * Keys are handled on the form and only the ones we use are prevented; nothing stops
 * propagation, so ordinary typing is untouched.
 */
export function CaptureBox(props: CaptureBoxProps) {
  const { tags, suggestedTags = [], context, onDraftChange, onSave, onClose, status, autoFocus, warnOnNames = true, onOpenLogbook } = props;
  const delay = props.draftDelayMs ?? 400;
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => withContext(props.draft, context));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; message: string; canEdit?: boolean } | undefined>();
  const [otherTag, setOtherTag] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pending = useRef<Draft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changeRef = useRef(onDraftChange);
  changeRef.current = onDraftChange;

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    if (pending.current) {
      const d = pending.current;
      pending.current = undefined;
      changeRef.current(d);
    }
  };

  const update = (next: Draft) => {
    setDraft(next);
    setResult(undefined);
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  };

  useEffect(() => {
    if (autoFocus && textRef.current) {
      const el = textRef.current;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
    return flush; // unmount: a closing panel must not lose the last keystrokes
  }, []);

  const cprCount = useMemo(() => findCprNumbers(draft.text).length, [draft.text]);
  const names = useMemo(() => (warnOnNames ? findPossibleNames(draft.text) : []), [draft.text, warnOnNames]);

  const chipTags = unique([...suggestedTags, ...draft.tags]);
  const toggleTag = (tag: string) =>
    update({ ...draft, tags: draft.tags.includes(tag) ? draft.tags.filter((t) => t !== tag) : [...draft.tags, tag] });
  const addOther = () => {
    const tag = otherTag.trim();
    if (!tag) return;
    if (!draft.tags.includes(tag)) update({ ...draft, tags: [...draft.tags, tag] });
    setOtherTag('');
  };

  const save = async () => {
    if (busy) return;
    if (!draft.text.trim()) {
      setResult({ kind: 'error', message: 'Skriv noget i noten, før du gemmer.' });
      textRef.current?.focus();
      return;
    }
    flush();
    setBusy(true);
    try {
      const r = await onSave(draft);
      if (r.ok) {
        const parts = ['Gemt i logbogen.'];
        if (r.maskedCpr) parts.push(`${r.maskedCpr === 1 ? 'Et CPR-nummer blev skjult' : `${r.maskedCpr} CPR-numre blev skjult`} (XXXXXX-XXXX).`);
        if (r.possibleNames?.length) parts.push('Noten ser ud til at indeholde et navn – overvej at rette den.');
        setResult({ kind: 'ok', message: parts.join(' '), canEdit: Boolean(r.maskedCpr || r.possibleNames?.length) });
        const fresh: Draft = { kind: draft.kind, text: '', tags: [], context: draft.context, flags: { nextMeeting: false, askSupport: false } };
        setDraft(fresh);
        pending.current = undefined;
        textRef.current?.focus();
      } else {
        setResult({ kind: 'error', message: r.error });
      }
    } catch (error) {
      setResult({ kind: 'error', message: error instanceof Error ? error.message : 'Noten kunne ikke gemmes.' });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      flush();
      onClose();
      return;
    }
    // Alt+1–4 picks the kind from anywhere in the box. event.code, because on a Mac
    // Option+1 produces "¡" as event.key.
    const m = /^Digit([1-4])$/.exec(event.code);
    if (m && event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      update({ ...draft, kind: ENTRY_KINDS[Number(m[1]) - 1]! });
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) flush();
  };

  const saveKeys = isMac() ? 'Cmd+Enter' : 'Ctrl+Enter';
  const contextOn = Boolean(context && (draft.context.area || draft.context.indsats));

  return (
    <form
      class="lb lb-capture"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onFocusOut={onFocusOut}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="lb-capture__head">
        <h2 class="lb-title" id={`${id}-title`}>Ny note i logbogen</h2>
        <p class="lb-hint" id={`${id}-keys`}>{saveKeys} gemmer · Esc lukker</p>
      </div>

      <div>
        <span class="lb-label" id={`${id}-kind`}>Hvad vil du notere? (Alt+1–4)</span>
        <KindChips value={draft.kind} onChange={(kind) => update({ ...draft, kind })} labelledBy={`${id}-kind`} />
      </div>

      <div>
        <label class="lb-label" for={`${id}-text`}>Note</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          class="lb-textarea"
          value={draft.text}
          maxLength={10_000}
          aria-describedby={`${id}-keys ${id}-privacy`}
          onInput={(e) => update({ ...draft, text: (e.currentTarget as HTMLTextAreaElement).value })}
        />
        <p class="lb-hint" id={`${id}-privacy`}>Skriv om dine erfaringer med metoden – ikke om borgeren. Noten bliver kun gemt i din browser.</p>
      </div>

      <div aria-live="polite" class="lb-status">
        {cprCount > 0 && (
          <p class="lb-notice lb-notice--warn">
            {cprCount === 1 ? 'Teksten indeholder et CPR-nummer.' : `Teksten indeholder ${cprCount} CPR-numre.`} Det bliver skjult (XXXXXX-XXXX), når du gemmer.{' '}
            <button type="button" class="lb-btn lb-btn--link" onClick={() => update({ ...draft, text: maskCpr(draft.text).text })}>
              Skjul nu
            </button>
          </p>
        )}
        {names.length > 0 && (
          <p class="lb-notice lb-notice--warn">Teksten ser ud til at indeholde et navn ({names.join(', ')}). Logbogen er til erfaringer – skriv helst uden navne.</p>
        )}
      </div>

      <fieldset class="lb-fieldset">
        <legend>Emner</legend>
        <div class="lb-tags">
          {chipTags.map((tag) => (
            <button type="button" key={tag} class="lb-chip" aria-pressed={draft.tags.includes(tag)} onClick={() => toggleTag(tag)}>
              {tag}
            </button>
          ))}
        </div>
        <div class="lb-row" style={{ marginTop: '6px' }}>
          <label class="lb-sr" for={`${id}-other`}>Andet emne</label>
          <input
            id={`${id}-other`}
            class="lb-input"
            style={{ flex: '1 1 140px', width: 'auto' }}
            list={`${id}-taglist`}
            placeholder="Andet emne …"
            value={otherTag}
            maxLength={60}
            onInput={(e) => setOtherTag((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                e.preventDefault();
                addOther();
              }
            }}
          />
          <datalist id={`${id}-taglist`}>
            {tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="button" class="lb-btn" onClick={addOther}>Tilføj</button>
        </div>
      </fieldset>

      {context && context.label && (
        <label class="lb-check">
          <input
            type="checkbox"
            checked={contextOn}
            onChange={(e) => update({ ...draft, context: (e.currentTarget as HTMLInputElement).checked ? context.value : {} })}
          />
          <span>Knyt til: {context.label}</span>
        </label>
      )}

      <fieldset class="lb-fieldset">
        <legend class="lb-sr">Markeringer</legend>
        <label class="lb-check">
          <input type="checkbox" checked={draft.flags.nextMeeting} onChange={(e) => update({ ...draft, flags: { ...draft.flags, nextMeeting: (e.currentTarget as HTMLInputElement).checked } })} />
          <span>{FLAG_LABELS.nextMeeting}</span>
        </label>
        <label class="lb-check">
          <input type="checkbox" checked={draft.flags.askSupport} onChange={(e) => update({ ...draft, flags: { ...draft.flags, askSupport: (e.currentTarget as HTMLInputElement).checked } })} />
          <span>{FLAG_LABELS.askSupport}</span>
        </label>
      </fieldset>

      <div aria-live="polite" role="status" class="lb-status">
        {result && <p class={`lb-notice lb-notice--${result.kind}`}>{result.message}{result.canEdit && onOpenLogbook && (
          <>
            {' '}
            <button type="button" class="lb-btn lb-btn--link" onClick={onOpenLogbook}>Ret i logbogen</button>
          </>
        )}</p>}
        {status && <p class={`lb-notice lb-notice--${status.kind}`}>{status.message}</p>}
      </div>

      <div class="lb-row lb-row--end">
        <button type="button" class="lb-btn" onClick={() => { flush(); onClose(); }}>Luk</button>
        <button type="submit" class="lb-btn lb-btn--primary" disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
          {busy ? 'Gemmer …' : 'Gem note'}
        </button>
      </div>
    </form>
  );
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** A fresh draft picks up the screen's context; a restored draft keeps its own. */
function withContext(draft: Draft, context: CaptureBoxProps['context']): Draft {
  if (!context || draft.text || draft.context.area || draft.context.indsats) return draft;
  return { ...draft, context: context.value };
}
