import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/messaging';
import { aggregateFollowup, UNKNOWN_INDSATS } from '../../lib/followup/aggregate';
import { recordsToCsv } from '../../lib/followup/csv';
import type { FollowupRecord } from '../../lib/followup/record';
import type { Catalogue } from '../../lib/service-level/schema';
import { AREAS } from '../../lib/service-level/schema';
import { ShareBars, StackedBars, type ChartSeries } from './charts';
import { GroupTable } from './GroupTable';
import {
  elementShareRows,
  EMPTY_FILTER,
  filterRecords,
  formatKr,
  formatPercent,
  indsatsName,
  monthLong,
  monthRange,
  monthShort,
  type DashboardFilter,
} from './figures';

export type Send = <K extends MessageType>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

export interface DownloadFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** A file picked for import: what the page needs of a File. */
export interface PickedFile {
  name: string;
  text(): Promise<string>;
}

export interface DashboardPageProps {
  /** Talks to the background (lib/messaging/client.ts `send`). */
  send: Send;
  /** Offers a file to the user (the page does it with a Blob and <a download>). */
  download: (file: DownloadFile) => void;
  /** Today, for file names (tests pass a fixed day). */
  today?: Date;
}

const AREA_LABELS = { aeldre: 'Ældre', voksne: 'Voksne', boern: 'Børn og unge' } as const;

const FRAME_SERIES: ChartSeries[] = [
  { key: 'inside', label: 'Inden for rammen', className: 'db-fill-inside' },
  { key: 'outside', label: 'Uden for rammen', className: 'db-fill-outside', hatched: true },
  { key: 'unknown', label: 'Ikke vurderet', className: 'db-fill-unknown' },
];

type ImportReport = ResponseOf<'followup/import-csv'> & { fileName: string };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The follow-up dashboard (dashboard.html): allocations, share outside the frame, scope and
 * estimated cost per month and indsats, and the share of decision letters with each building
 * block, from this computer's records and imported colleagues' CSV files. No personal data.
 */
export function DashboardPage({ send, download, today = new Date() }: DashboardPageProps) {
  const id = useId();
  const [records, setRecords] = useState<FollowupRecord[]>([]);
  const [catalogue, setCatalogue] = useState<Catalogue | undefined>();
  const [settings, setSettings] = useState<ResponseOf<'followup/settings-get'> | undefined>();
  const [filter, setFilter] = useState<DashboardFilter>(EMPTY_FILTER);
  const [split, setSplit] = useState('');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    Promise.all([
      send('followup/list', {}),
      send('config/effective', {}).then((c) => c.catalogue as Catalogue, () => undefined),
      send('followup/settings-get', {}).catch(() => undefined),
    ]).then(
      ([list, cat, s]) => {
        if (!live) return;
        setRecords(list.records);
        setCatalogue(cat);
        setSettings(s);
        setError('');
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(message(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [reload]);

  const months = useMemo(() => monthRange(records), [records]);
  const indsatsIds = useMemo(() => [...new Set(records.map((r) => r.indsatsId ?? UNKNOWN_INDSATS))].sort(), [records]);
  const filtered = useMemo(() => filterRecords(records, filter), [records, filter]);
  const summary = useMemo(() => aggregateFollowup(filtered, catalogue), [filtered, catalogue]);
  const shownMonths = useMemo(() => monthRange(filtered), [filtered]);
  const letters = useMemo(() => elementShareRows(filtered, split || undefined), [filtered, split]);

  const set = (patch: Partial<DashboardFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const monthBars = shownMonths.map((m) => {
    const g = summary.byMonth.find((x) => x.month === m);
    const inside = g ? g.judged - g.outsideCount : 0;
    return { key: m, label: monthShort(m), longLabel: monthLong(m), values: { inside, outside: g?.outsideCount ?? 0, unknown: g?.unknownCount ?? 0 }, group: g };
  });
  const costBars = shownMonths.map((m) => {
    const g = summary.byMonth.find((x) => x.month === m);
    return { key: m, label: monthShort(m), longLabel: monthLong(m), values: { cost: g?.cost?.totalMonthly ?? 0 } };
  });
  const frameSummary =
    monthBars.length === 0
      ? 'Ingen bevillinger i det valgte udsnit.'
      : `Søjlediagram over bevillinger pr. måned. ${monthBars
          .map((b) => `${b.longLabel}: ${b.values.inside + b.values.outside + b.values.unknown} bevillinger, ${b.values.outside} uden for rammen`)
          .join('; ')}.`;
  const letterSeries: ChartSeries[] = letters.series.map((s) => ({
    key: s.key,
    label: `${s.label} (${s.letters} breve)`,
    className: s.key === 'foer' ? 'db-fill-before' : s.key === 'efter' ? 'db-fill-after' : 'db-fill-all',
  }));
  const letterRows = letters.rows.map((r) => ({ key: r.id, label: r.label, ...(r.negative ? { note: 'færre er bedre' } : {}), values: r.values }));
  const lettersSummary =
    letterRows.length === 0
      ? 'Ingen tjekkede afgørelsesbreve i det valgte udsnit.'
      : `Vandret søjlediagram over andelen af afgørelsesbreve med hver byggesten. ${letterRows
          .map((r) => `${r.label}: ${r.values.map((v) => `${letters.series.find((s) => s.key === v.series)?.label ?? ''} ${Math.round(v.share * 100)} %`).join(', ')}`)
          .join('; ')}.`;

  async function toggleRecording(enabled: boolean) {
    try {
      setSettings(await send('followup/settings-set', { enabled }));
      setStatus(enabled ? 'Sidevogn registrerer igen opfølgningstal.' : 'Sidevogn registrerer ikke længere opfølgningstal.');
    } catch (e) {
      setError(message(e));
    }
  }

  function exportCsv() {
    const from = filter.fromMonth || months[0] || isoDay(today).slice(0, 7);
    const to = filter.toMonth || months[months.length - 1] || from;
    download({
      filename: `sidevogn-opfoelgning-${from}_til_${to}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      content: recordsToCsv(filtered),
    });
    setStatus(`${filtered.length} ${filtered.length === 1 ? 'række' : 'rækker'} eksporteret til CSV.`);
  }

  async function importFiles(files: readonly PickedFile[]) {
    if (files.length === 0) return;
    const out: ImportReport[] = [];
    for (const file of files) {
      try {
        const r = await send('followup/import-csv', { csv: await file.text(), fileName: file.name });
        out.push({ ...r, fileName: file.name });
      } catch (e) {
        out.push({ fileName: file.name, read: 0, added: 0, duplicates: 0, errors: [message(e)], summary: [`${file.name}: kunne ikke indlæses.`] });
      }
    }
    setReports(out);
    const added = out.reduce((n, r) => n + r.added, 0);
    setStatus(`${files.length} ${files.length === 1 ? 'fil' : 'filer'} indlæst, ${added} nye rækker.`);
    setReload((n) => n + 1);
  }

  async function clearAll() {
    try {
      const r = await send('followup/clear', {});
      setConfirmClear(false);
      setReports([]);
      setStatus(`${r.removed} rækker slettet.`);
      setReload((n) => n + 1);
    } catch (e) {
      setError(message(e));
    }
  }

  const total = summary.total;
  return (
    <div class="lb lb-page db">
      <header class="lb-page__head">
        <h1 class="lb-page__title">Opfølgning på serviceniveau</h1>
        <p class="db-lead">Bevillinger, omfang, udgift og afgørelsesbreves byggesten – pr. måned og pr. indsats.</p>
      </header>

      <p class="lb-notice db-privacy" role="note">
        <strong>Ingen personoplysninger.</strong> Tallene indeholder ingen navne, CPR-numre, sagsnumre eller fritekst – kun indsats, område,
        dato, omfang som tal, afgørelsestype, om bevillingen var inden for rammen, og hvilke byggesten brevet havde. De gemmes kun på denne
        computer, indtil du selv eksporterer dem.
      </p>

      <p class="lb-status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p class="lb-notice lb-notice--error" role="alert">
          {error}
        </p>
      )}

      <section class="lb-page__section" aria-labelledby={`${id}-rec`}>
        <h2 class="db-section-title" id={`${id}-rec`}>
          Registrering
        </h2>
        <label class="db-switch">
          <input
            type="checkbox"
            checked={settings?.userEnabled ?? true}
            disabled={!settings || settings.policyDisabled}
            aria-describedby={`${id}-rec-hint`}
            onChange={(e) => void toggleRecording((e.currentTarget as HTMLInputElement).checked)}
          />
          Registrér opfølgningstal
        </label>
        <p class="lb-hint" id={`${id}-rec-hint`}>
          {settings?.policyDisabled
            ? 'Opfølgningstal er slået fra af kommunens IT (politik). Du kan stadig se og eksportere de tal, der allerede er gemt.'
            : 'Når en bevilling eller afgørelse med indsats og omfang er åben, gemmer Sidevogn én række pr. bevilling pr. dag.'}
        </p>
      </section>

      <section class="lb-page__section db-filters" aria-labelledby={`${id}-f`}>
        <h2 class="db-section-title" id={`${id}-f`}>
          Udsnit
        </h2>
        <div class="lb-filters">
          <div>
            <label class="lb-label" for={`${id}-from`}>
              Fra måned
            </label>
            <select id={`${id}-from`} class="lb-input" value={filter.fromMonth} onChange={(e) => set({ fromMonth: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">Første</option>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthLong(m)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label class="lb-label" for={`${id}-to`}>
              Til måned
            </label>
            <select id={`${id}-to`} class="lb-input" value={filter.toMonth} onChange={(e) => set({ toMonth: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">Seneste</option>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthLong(m)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label class="lb-label" for={`${id}-area`}>
              Område
            </label>
            <select
              id={`${id}-area`}
              class="lb-input"
              value={filter.area}
              onChange={(e) => set({ area: (e.currentTarget as HTMLSelectElement).value as DashboardFilter['area'] })}
            >
              <option value="">Alle områder</option>
              {AREAS.map((a) => (
                <option key={a} value={a}>
                  {AREA_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label class="lb-label" for={`${id}-ind`}>
              Indsats
            </label>
            <select id={`${id}-ind`} class="lb-input" value={filter.indsatsId} onChange={(e) => set({ indsatsId: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">Alle indsatser</option>
              {indsatsIds.map((i) => (
                <option key={i} value={i}>
                  {indsatsName(i, catalogue)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {(filter.fromMonth || filter.toMonth || filter.area || filter.indsatsId) && (
          <p>
            <button type="button" class="lb-btn lb-btn--link" onClick={() => setFilter(EMPTY_FILTER)}>
              Nulstil udsnittet
            </button>
          </p>
        )}
      </section>

      {loading ? (
        <p class="lb-empty">Henter tal …</p>
      ) : records.length === 0 ? (
        <p class="lb-notice">Der er endnu ingen opfølgningstal. De kommer, når du arbejder med bevillinger i fagsystemet – eller når du indlæser kollegers CSV-filer nedenfor.</p>
      ) : (
        <>
          <dl class="db-stats" aria-label="Nøgletal for udsnittet">
            <div class="db-stat">
              <dt>Bevillinger</dt>
              <dd>{total.count}</dd>
            </div>
            <div class="db-stat">
              <dt>Uden for rammen</dt>
              <dd>{formatPercent(total.outsideShare)}</dd>
            </div>
            <div class="db-stat">
              <dt>Anslået udgift pr. måned</dt>
              <dd>{formatKr(total.cost?.totalMonthly)}</dd>
            </div>
            <div class="db-stat">
              <dt>Tjekkede afgørelsesbreve</dt>
              <dd>{total.letters.checked}</dd>
            </div>
          </dl>

          <section class="lb-page__section" aria-labelledby={`${id}-m`}>
            <h2 class="db-section-title" id={`${id}-m`}>
              Pr. måned
            </h2>
            <StackedBars
              title="Bevillinger pr. måned – inden for og uden for rammen"
              summary={frameSummary}
              series={FRAME_SERIES}
              bars={monthBars}
              extraColumns={[{ head: 'Andel uden for rammen', cell: (b) => formatPercent(summary.byMonth.find((g) => g.month === b.key)?.outsideShare) }]}
            />
            <StackedBars
              title="Anslået udgift pr. måned for bevillingerne (kr.)"
              summary={`Søjlediagram over anslået månedlig udgift. ${costBars.map((b) => `${b.longLabel}: ${formatKr(b.values.cost)}`).join('; ')}.`}
              series={[{ key: 'cost', label: 'Anslået udgift pr. måned', className: 'db-fill-cost' }]}
              bars={costBars}
              format={(v) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(v)}
            />
            <GroupTable
              caption={filter.indsatsId ? `Pr. måned for ${indsatsName(filter.indsatsId, catalogue)}` : 'Pr. måned (alle indsatser)'}
              groups={filter.indsatsId ? summary.byMonthAndIndsats : summary.byMonth}
              catalogue={catalogue}
              show={{ month: true, indsats: false }}
            />
          </section>

          <section class="lb-page__section" aria-labelledby={`${id}-i`}>
            <h2 class="db-section-title" id={`${id}-i`}>
              Pr. indsats
            </h2>
            <ShareBars
              title="Andel bevillinger uden for rammen pr. indsats"
              summary={`Vandret søjlediagram. ${summary.byIndsats
                .filter((g) => g.outsideShare !== null)
                .map((g) => `${indsatsName(g.indsatsId, catalogue)}: ${formatPercent(g.outsideShare)} uden for rammen af ${g.judged} vurderede`)
                .join('; ')}.`}
              series={[FRAME_SERIES[1]!]}
              rowHead="Indsats"
              rows={summary.byIndsats
                .filter((g) => g.outsideShare !== null)
                .map((g) => ({ key: g.indsatsId ?? '', label: indsatsName(g.indsatsId, catalogue), values: [{ series: 'outside', share: g.outsideShare!, n: g.judged }] }))}
            />
            <GroupTable caption="Pr. indsats" groups={summary.byIndsats} catalogue={catalogue} show={{ month: false, indsats: true }} />
            <details class="db-details">
              <summary>Pr. måned og indsats</summary>
              <GroupTable caption="Pr. måned og indsats" groups={summary.byMonthAndIndsats} catalogue={catalogue} show={{ month: true, indsats: true }} />
            </details>
          </section>

          <section class="lb-page__section" aria-labelledby={`${id}-b`}>
            <h2 class="db-section-title" id={`${id}-b`}>
              Afgørelsesbreve: byggesten
            </h2>
            <p class="lb-hint">
              Andelen af tjekkede breve, der havde hver byggesten. Vælg en måned for at sammenligne før og efter, fx da kommunen begyndte at
              arbejde med metoden.
            </p>
            <div>
              <label class="lb-label" for={`${id}-split`}>
                Sammenlign før og efter
              </label>
              <select id={`${id}-split`} class="lb-input" value={split} onChange={(e) => setSplit((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">Ingen sammenligning</option>
                {months.slice(1).map((m) => (
                  <option key={m} value={m}>
                    Før og fra {monthLong(m)}
                  </option>
                ))}
              </select>
            </div>
            {letterRows.length === 0 ? (
              <p class="lb-empty">Ingen tjekkede afgørelsesbreve i udsnittet.</p>
            ) : (
              <ShareBars title="Andel afgørelsesbreve med hver byggesten" summary={lettersSummary} series={letterSeries} rows={letterRows} rowHead="Byggesten" />
            )}
          </section>
        </>
      )}

      <section class="lb-page__section" aria-labelledby={`${id}-d`}>
        <h2 class="db-section-title" id={`${id}-d`}>
          Eksport og import
        </h2>
        <p class="lb-hint">
          Eksportér udsnittet som CSV til Excel, eller saml flere sagsbehandleres eksporter: vælg en eller flere CSV-filer. Rækker, der allerede
          findes (samme id), tælles kun én gang.
        </p>
        <div class="db-actions">
          <button type="button" class="lb-btn lb-btn--primary" onClick={exportCsv} disabled={filtered.length === 0}>
            Eksportér udsnittet som CSV ({filtered.length})
          </button>
          <label class="lb-label db-file" for={`${id}-file`}>
            Indlæs CSV-filer
          </label>
          <input
            id={`${id}-file`}
            class="db-file"
            type="file"
            multiple
            accept=".csv,text/csv"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const files = Array.from((input.files ?? []) as ArrayLike<PickedFile>);
              void importFiles(files).then(() => {
                input.value = '';
              });
            }}
          />
        </div>
        {reports.length > 0 && (
          <div class="db-report" role="region" aria-label="Resultat af import">
            {reports.map((r) => (
              <div key={r.fileName} class={`lb-notice${r.errors.length > 0 ? ' lb-notice--warn' : ' lb-notice--ok'}`}>
                <strong>{r.fileName}</strong>
                <ul>
                  {r.summary.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
                {r.errors.length > 0 && (
                  <details class="db-details">
                    <summary>Vis fejl ({r.errors.length})</summary>
                    <ul>
                      {r.errors.slice(0, 50).map((err, i) => (
                        <li key={i}>{err}</li>
                      ))}
                    </ul>
                    {r.errors.length > 50 && <p class="lb-hint">… og {r.errors.length - 50} fejl mere.</p>}
                  </details>
                )}
              </div>
            ))}
          </div>
        )}
        <div class="db-actions">
          {confirmClear ? (
            <>
              <span>Slet alle {records.length} rækker på denne computer? Eksportér dem først, hvis de skal bruges.</span>
              <button type="button" class="lb-btn lb-btn--danger" onClick={() => void clearAll()}>
                Ja, slet alle
              </button>
              <button type="button" class="lb-btn" onClick={() => setConfirmClear(false)}>
                Fortryd
              </button>
            </>
          ) : (
            <button type="button" class="lb-btn lb-btn--danger" disabled={records.length === 0} onClick={() => setConfirmClear(true)}>
              Slet alle opfølgningstal …
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
