import { useState } from 'preact/hooks';
import type { ConfigPack } from '../../lib/config/pack-schema';
import type { ImportPreview } from '../../lib/config/service';
import { bumpVersion, PART_LABELS, type VersionBump } from './model';
import { parsePackFile, type PublishOptions } from './publish';
import { Notice, ReadOnlyContext, TextArea } from './fields';

export interface PublishSectionProps {
  meta: ConfigPack['meta'];
  hasLocalParts: boolean;
  readOnly: boolean;
  /** Builds and downloads the pack; resolves to Danish errors (empty on success). */
  onExport: (options: Omit<PublishOptions, 'today'>) => Promise<string[]>;
  onPreview: (pack: unknown) => Promise<ImportPreview>;
  /** Applies and saves the import; resolves to Danish errors (empty on success). */
  onConfirmImport: (pack: unknown) => Promise<string[]>;
}

/** Publish (export with a new version, optionally signed) and import with a per-part diff. */
export function PublishSection(props: PublishSectionProps) {
  return (
    <section class="st-section" aria-labelledby="st-pub-h" data-testid="section-publish">
      <h2 id="st-pub-h">Udgiv og importér</h2>
      {/* Publishing is not an edit: it stays usable when policy makes the Studio read-only. */}
      <ReadOnlyContext.Provider value={false}>
        <ExportForm {...props} />
      </ReadOnlyContext.Provider>
      <ImportForm {...props} />
    </section>
  );
}

function ExportForm({ meta, hasLocalParts, onExport }: PublishSectionProps) {
  const [scope, setScope] = useState<'all' | 'local'>('all');
  const [bump, setBump] = useState<VersionBump | 'none'>('patch');
  const [note, setNote] = useState('');
  const [sign, setSign] = useState(false);
  const [key, setKey] = useState<{ name: string; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | undefined>();
  const next = bump === 'none' ? meta.version : bumpVersion(meta.version, bump);

  const run = async () => {
    setBusy(true);
    setResult(undefined);
    const errors = await onExport({ scope, bump, note, ...(sign && key ? { privateKeyPem: key.text } : {}) });
    setBusy(false);
    setResult(errors.length ? { ok: false, lines: errors } : { ok: true, lines: [`Pakken version ${next} er hentet ned${sign ? ' og signeret' : ''}.`] });
  };

  return (
    <fieldset class="st-fieldset" data-testid="export-form">
      <legend>Udgiv en pakke (hent som fil)</legend>
      <fieldset class="st-fieldset st-fieldset--inner">
        <legend>Hvad skal med?</legend>
        <label class="st-check">
          <input type="radio" name="st-scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="export-scope-all" /> Hele pakken (alle dele,
          som de står i Studiet)
        </label>
        <label class="st-check">
          <input type="radio" name="st-scope" checked={scope === 'local'} disabled={!hasLocalParts} onChange={() => setScope('local')} data-testid="export-scope-local" /> Kun
          de dele, der er ændret lokalt
        </label>
      </fieldset>
      <fieldset class="st-fieldset st-fieldset--inner">
        <legend>Ny version (nu {meta.version})</legend>
        {(
          [
            ['patch', 'Rettelse'],
            ['minor', 'Nyt indhold'],
            ['major', 'Stor ændring'],
            ['none', 'Behold versionen'],
          ] as const
        ).map(([value, label]) => (
          <label class="st-check" key={value}>
            <input type="radio" name="st-bump" checked={bump === value} onChange={() => setBump(value)} data-testid={`export-bump-${value}`} /> {label} (
            {value === 'none' ? meta.version : bumpVersion(meta.version, value)})
          </label>
        ))}
      </fieldset>
      <TextArea label="Hvad er nyt? (kommer i ændringsloggen)" rows={2} value={note} onInput={setNote} testId="export-note" />
      <label class="st-check">
        <input type="checkbox" checked={sign} onChange={(e) => setSign((e.currentTarget as HTMLInputElement).checked)} data-testid="export-sign" /> Signér
        pakken med en privat nøgle
      </label>
      {sign ? (
        <div class="st-field">
          <label class="st-label" for="st-key-file">
            Privat nøgle (PEM-fil fra "sidevogn pack keygen")
          </label>
          <input
            id="st-key-file"
            type="file"
            accept=".pem,.key,.txt"
            data-testid="export-key-file"
            aria-describedby="st-key-hint"
            onChange={async (e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              setKey(file ? { name: file.name, text: await file.text() } : undefined);
            }}
          />
          <p class="st-hint" id="st-key-hint">
            Nøglen bruges kun til denne signatur og gemmes ikke. {key ? `Valgt: ${key.name}.` : ''}
          </p>
        </div>
      ) : null}
      <button type="button" class="st-btn st-btn--primary" disabled={busy || (sign && !key)} onClick={() => void run()} data-testid="export-download">
        Hent pakke {next}
      </button>
      {result ? (
        <Notice kind={result.ok ? 'ok' : 'error'} testId="export-result">
          <ul class="st-plain">
            {result.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </fieldset>
  );
}

function ImportForm({ readOnly, onPreview, onConfirmImport }: PublishSectionProps) {
  const [value, setValue] = useState<unknown>();
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [error, setError] = useState('');
  const [done, setDone] = useState<{ ok: boolean; lines: string[] } | undefined>();
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setPreview(undefined);
    setDone(undefined);
    setError('');
    if (!file) return;
    const parsed = parsePackFile(await file.text());
    if (!parsed.ok) return setError(parsed.error);
    setValue(parsed.value);
    try {
      setPreview(await onPreview(parsed.value));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Pakken kunne ikke kontrolleres.');
    }
  };

  const confirm = async () => {
    setBusy(true);
    const errors = await onConfirmImport(value);
    setBusy(false);
    setDone(errors.length ? { ok: false, lines: errors } : { ok: true, lines: ['Pakken er importeret og gemt som lokale ændringer.'] });
    if (!errors.length) setPreview(undefined);
  };

  return (
    <fieldset class="st-fieldset" data-testid="import-form">
      <legend>Importér en pakke</legend>
      <div class="st-field">
        <label class="st-label" for="st-import-file">
          Pakkefil (.json)
        </label>
        <input
          id="st-import-file"
          type="file"
          accept=".json,application/json"
          disabled={readOnly}
          data-testid="import-file"
          onChange={(e) => void choose((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="st-hint">Du ser, hvad pakken ændrer, før noget gemmes. Kun de dele, pakken indeholder, bliver udskiftet.</p>
      </div>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {preview && !preview.ok ? (
        <Notice kind="error" testId="import-errors">
          <p>
            <strong>Pakken er ugyldig og kan ikke importeres:</strong>
          </p>
          <ul>
            {preview.errors.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {preview && preview.ok ? (
        <div data-testid="import-preview">
          <p>
            <strong>
              {preview.meta.municipality} – {preview.meta.name} {preview.meta.version}
            </strong>{' '}
            (udgivet {preview.meta.published})
          </p>
          {preview.meta.changelog ? <p class="st-hint st-pre">{preview.meta.changelog}</p> : null}
          <table class="st-table">
            <caption>Ændringer i forhold til den effektive konfiguration</caption>
            <thead>
              <tr>
                <th scope="col">Del</th>
                <th scope="col">Ændring</th>
              </tr>
            </thead>
            <tbody>
              {preview.diff.map((d) => (
                <tr key={d.part} data-testid="import-diff-row" data-part={d.part}>
                  <th scope="row">{PART_LABELS[d.part]}</th>
                  <td>{describeDiff(d, preview.parts.includes(d.part))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.lockedParts.length ? (
            <Notice kind="warn">
              Disse dele styres af politikken, så importen har ingen virkning på dem: {preview.lockedParts.map((p) => PART_LABELS[p]).join(', ')}.
            </Notice>
          ) : null}
          <div class="st-row">
            <button type="button" class="st-btn st-btn--primary" disabled={readOnly || busy} onClick={() => void confirm()} data-testid="import-confirm">
              Importér og gem
            </button>
            <button type="button" class="st-btn" onClick={() => setPreview(undefined)}>
              Annullér
            </button>
          </div>
        </div>
      ) : null}
      {done ? (
        <Notice kind={done.ok ? 'ok' : 'error'} testId="import-result">
          <ul class="st-plain">
            {done.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </fieldset>
  );
}

/** "2 nye (a, b), 1 ændret (c)", "uændret", or "ikke i pakken" for a part the import leaves alone. */
export function describeDiff(
  d: { unchanged: boolean; added: string[]; removed: string[]; changed: string[]; otherChanges: boolean },
  included = true,
): string {
  if (!included) return 'ikke i pakken (bliver som nu)';
  if (d.unchanged && !d.added.length && !d.removed.length && !d.changed.length && !d.otherChanges) return 'uændret';
  const parts: string[] = [];
  const list = (ids: string[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', '));
  if (d.added.length) parts.push(`${d.added.length} ny${d.added.length > 1 ? 'e' : ''} (${list(d.added)})`);
  if (d.changed.length) parts.push(`${d.changed.length} ændret (${list(d.changed)})`);
  if (d.removed.length) parts.push(`${d.removed.length} fjernet (${list(d.removed)})`);
  if (d.otherChanges) parts.push('indstillinger ændret');
  return parts.join(', ');
}
