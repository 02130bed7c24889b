import type { ConfigStatus } from '../../lib/config/service';
import { PACK_PARTS } from '../../lib/config/load-pack';
import { SOURCE_LABELS, SOURCE_ORDER, type SourceId } from '../../lib/config/resolve';
import { PART_LABELS } from './model';
import { Notice } from './fields';

export interface EffectiveSectionProps {
  status: ConfigStatus;
  readOnly: boolean;
  hasLocal: boolean;
  onRefresh: () => void;
  onClearLocal: () => void;
  busy?: boolean;
}

const SOURCE_SHORT: Record<SourceId, string> = { indbygget: 'Indbygget', lokal: 'Lokal', fjern: 'Fjern', politik: 'Politik' };
const STATE_LABELS = { ok: 'I orden', fejl: 'Fejl', ingen: 'Ikke i brug' } as const;
const RESULT_LABELS = { ny: 'ny pakke hentet', uændret: 'uændret', fejl: 'fejlede' } as const;

/** Danish date and time ("2. mar. 2026 kl. 10.02"); the raw value when it is not a date. */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const months = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()}. ${months[d.getMonth()]} ${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** Where each part of the effective config comes from, the sources' state, and policy's locks. */
export function EffectiveSection({ status, readOnly, hasLocal, onRefresh, onClearLocal, busy }: EffectiveSectionProps) {
  const { effective, policy, sources } = status;
  const locks = effective.locks;
  return (
    <section class="st-section" aria-labelledby="st-eff-h" data-testid="section-effective">
      <h2 id="st-eff-h">Effektiv konfiguration</h2>
      <p class="st-lead" data-testid="effective-status-line">
        {effective.statusLine}
      </p>
      <p class="st-hint">Rækkefølge: indbygget &lt; lokale ændringer &lt; pakke fra adresse i politikken &lt; pakke direkte i politikken. Den højeste kilde, der har en del, bestemmer den.</p>

      <table class="st-table" data-testid="effective-sources">
        <caption>Hvor kommer hver del fra?</caption>
        <thead>
          <tr>
            <th scope="col">Del</th>
            <th scope="col">Kilde</th>
            <th scope="col">Låst af politikken</th>
          </tr>
        </thead>
        <tbody>
          {(['meta', ...PACK_PARTS] as const).map((part) => {
            const source = effective.sources[part];
            const locked = part !== 'meta' && locks.lockedParts.includes(part);
            return (
              <tr key={part} data-part={part} data-source={source} data-testid="effective-part">
                <th scope="row">{PART_LABELS[part]}</th>
                <td>
                  <span class={`st-source st-source--${source}`}>{SOURCE_SHORT[source]}</span> <span class="st-hint">{SOURCE_LABELS[source]}</span>
                </td>
                <td>{locked ? 'Ja (skrivebeskyttet)' : 'Nej'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>Kilder</h3>
      <ul class="st-plain st-sources">
        {SOURCE_ORDER.map((id) => {
          const s = sources[id];
          return (
            <li key={id} class="st-card" data-testid="source-status" data-source={id} data-state={s.state}>
              <strong>{SOURCE_SHORT[id]}</strong>: {STATE_LABELS[s.state]}
              {s.version ? ` – ${s.municipality ?? ''} ${s.name ?? ''} ${s.version}` : ''}
              {s.message ? <div>{s.message}</div> : null}
              {s.url ? <div class="st-hint">Adresse: {s.url}</div> : null}
              {s.lastFetch ? (
                <div data-testid="remote-last-fetch">
                  Seneste hentning: {formatWhen(s.lastFetch)} ({s.lastResult ? RESULT_LABELS[s.lastResult] : 'ukendt'})
                </div>
              ) : null}
              {s.savedAt ? <div class="st-hint">Gemt: {formatWhen(s.savedAt)}</div> : null}
              {s.errors?.length ? (
                <ul class="st-errors">
                  {s.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div class="st-row">
        {policy.configUrl ? (
          <button type="button" class="st-btn" onClick={onRefresh} disabled={busy} data-testid="refresh-remote">
            Hent pakken fra adressen nu
          </button>
        ) : null}
        <button type="button" class="st-btn st-btn--danger" onClick={onClearLocal} disabled={readOnly || !hasLocal || busy} data-testid="clear-local">
          Fjern alle lokale ændringer
        </button>
      </div>

      <h3>Politik</h3>
      {!policy.present ? <p>Der er ingen politik for Sidevogn på denne computer.</p> : null}
      <dl class="st-dl" data-testid="policy-locks">
        <dt>Lokale ændringer</dt>
        <dd data-testid="policy-allow-local">{policy.allowLocalEdits ? 'Tilladt' : 'Ikke tilladt (Studiet er skrivebeskyttet)'}</dd>
        <dt>Funktioner slået fra</dt>
        <dd>{policy.disabledFeatures.length ? policy.disabledFeatures.join(', ') : 'Ingen'}</dd>
        <dt>Pakke fra adresse</dt>
        <dd>{policy.configUrl ?? 'Ingen'}</dd>
        <dt>Signatur krævet</dt>
        <dd>{policy.signatureRequired ? 'Ja' : 'Nej'}</dd>
        <dt>Dele låst af politikken</dt>
        <dd>{locks.lockedParts.length ? locks.lockedParts.map((p) => PART_LABELS[p]).join(', ') : 'Ingen'}</dd>
        <dt>Logbogens opbevaringstid</dt>
        <dd>{locks.logbookRetentionLocked ? 'Fastsat af politikken' : 'Ikke fastsat'}</dd>
      </dl>
      {policy.errors.length ? (
        <Notice kind="error" testId="policy-errors">
          <p>
            <strong>Fejl i politikken (ignoreret):</strong>
          </p>
          <ul>
            {policy.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <p class="st-hint">Opdateret {formatWhen(status.updatedAt)}.</p>
    </section>
  );
}
