import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadPackText, type LoadResult } from '../../lib/config/load-pack';
import type { ConfigPack } from '../../lib/config/pack-schema';
import type { PackPart } from '../../lib/config/load-pack';
import { Notice } from './fields';

export interface RawJsonSectionProps {
  /** The local pack as the Studio would save it (meta + the parts the local edits hold). */
  localPack: Record<string, unknown>;
  /** The whole working copy, for "Medtag alle dele". */
  wholePack: ConfigPack;
  onApply: (pack: ConfigPack, parts: PackPart[]) => void;
  readOnly: boolean;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The local pack as JSON, validated on every change (Danish errors with paths), applied on request. */
export function RawJsonSection({ localPack, wholePack, onApply, readOnly }: RawJsonSectionProps) {
  const source = useMemo(() => pretty(localPack), [localPack]);
  const [text, setText] = useState(source);
  const [synced, setSynced] = useState(source);
  const [applied, setApplied] = useState('');
  const [follow, setFollow] = useState(false);
  useEffect(() => {
    // Follow edits made in the other sections unless the user has typed here (or just applied).
    if (text === synced || follow) setText(source);
    setSynced(source);
    setFollow(false);
  }, [source]);

  const result: LoadResult = useMemo(() => loadPackText(text), [text]);
  const changed = text !== source;

  return (
    <section class="st-section" aria-labelledby="st-raw-h" data-testid="section-raw">
      <h2 id="st-raw-h">Rå JSON</h2>
      <p class="st-lead">
        Hele den lokale pakke som JSON. Kun de dele, der står her, gemmes som lokale ændringer; de andre dele kommer fra de øvrige kilder.
        Teksten kontrolleres, mens du skriver.
      </p>
      <div class="st-row">
        <button type="button" class="st-btn st-btn--small" onClick={() => setText(pretty(wholePack))} data-testid="raw-all-parts">
          Medtag alle dele
        </button>
        <button type="button" class="st-btn st-btn--small" onClick={() => setText(source)} disabled={!changed} data-testid="raw-reset">
          Fortryd ændringer i teksten
        </button>
      </div>
      <label class="st-label" for="st-raw-text">
        Pakke (JSON)
      </label>
      <textarea
        id="st-raw-text"
        class="st-textarea st-code"
        rows={28}
        spellcheck={false}
        value={text}
        readOnly={readOnly}
        aria-invalid={result.ok ? undefined : 'true'}
        aria-describedby="st-raw-status"
        data-testid="raw-json"
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setApplied('');
        }}
      />
      <div id="st-raw-status" data-testid="raw-status">
        {result.ok ? (
          <Notice kind="ok">
            Gyldig pakke ({result.pack.meta.municipality} – {result.pack.meta.name} {result.pack.meta.version}). Dele:{' '}
            {result.parts.length ? result.parts.join(', ') : 'ingen (kun oplysninger)'}.
          </Notice>
        ) : (
          <Notice kind="error">
            <p>
              <strong>Pakken er ugyldig ({result.errors.length}):</strong>
            </p>
            <ul data-testid="raw-errors">
              {result.errors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Notice>
        )}
      </div>
      <div class="st-row">
        <button
          type="button"
          class="st-btn st-btn--primary"
          disabled={readOnly || !result.ok || !changed}
          data-testid="raw-apply"
          onClick={() => {
            if (!result.ok) return;
            setFollow(true);
            onApply(result.pack, result.parts);
            setApplied('Anvendt i Studiet. Husk at gemme.');
          }}
        >
          Anvend
        </button>
        <span role="status">{applied}</span>
      </div>
    </section>
  );
}
