import { useId, useMemo, useState } from 'preact/hooks';
import { ENTRY_KINDS, FLAG_LABELS, KIND_LABELS, type EntryInput, type EntryKind, type LogEntry } from '../../lib/logbook/entry';
import { findCprNumbers } from '../../lib/privacy/cpr';

interface Props {
  entry: LogEntry;
  tags: string[];
  /** Throws with a Danish message (e.g. edited in another tab) to keep the form open. */
  onSave: (input: EntryInput) => Promise<void>;
  onCancel: () => void;
}

/** Inline editing of one note in the full-page logbook. Esc cancels, Ctrl/Cmd+Enter saves. */
export function EditNote({ entry, tags, onSave, onCancel }: Props) {
  const id = useId();
  const [kind, setKind] = useState<EntryKind>(entry.kind);
  const [text, setText] = useState(entry.text);
  const [tagText, setTagText] = useState(entry.tags.join(', '));
  const [flags, setFlags] = useState(entry.flags);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const cpr = useMemo(() => findCprNumbers(text).length, [text]);

  const save = async () => {
    setBusy(true);
    try {
      await onSave({ kind, text, tags: tagText.split(',').map((t) => t.trim()).filter(Boolean), context: entry.context, flags });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Ændringen kunne ikke gemmes.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="lb-edit"
      aria-label="Redigér note"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div class="lb-row">
        <label class="lb-label" for={`${id}-kind`}>Type</label>
        <select id={`${id}-kind`} class="lb-input" style={{ width: 'auto' }} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as EntryKind)}>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>{KIND_LABELS[k]}</option>
          ))}
        </select>
      </div>
      <label class="lb-label" for={`${id}-text`}>Note</label>
      <textarea id={`${id}-text`} class="lb-textarea" value={text} autoFocus onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <label class="lb-label" for={`${id}-tags`}>Emner (adskilt med komma)</label>
      <input id={`${id}-tags`} class="lb-input" list={`${id}-taglist`} value={tagText} onInput={(e) => setTagText((e.currentTarget as HTMLInputElement).value)} />
      <datalist id={`${id}-taglist`}>
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <label class="lb-check">
        <input type="checkbox" checked={flags.nextMeeting} onChange={(e) => setFlags({ ...flags, nextMeeting: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{FLAG_LABELS.nextMeeting}</span>
      </label>
      <label class="lb-check">
        <input type="checkbox" checked={flags.askSupport} onChange={(e) => setFlags({ ...flags, askSupport: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{FLAG_LABELS.askSupport}</span>
      </label>
      <div aria-live="polite" class="lb-status">
        {cpr > 0 && <p class="lb-notice lb-notice--warn">Teksten indeholder et CPR-nummer. Det bliver skjult (XXXXXX-XXXX), når du gemmer.</p>}
        {error && <p class="lb-notice lb-notice--error">{error}</p>}
      </div>
      <div class="lb-row lb-row--end">
        <button type="button" class="lb-btn" onClick={onCancel}>Annullér</button>
        <button type="submit" class="lb-btn lb-btn--primary" disabled={busy}>Gem ændring</button>
      </div>
    </form>
  );
}
