import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ConfigStatus, ImportPreview } from '../../lib/config/service';
import { packMetaSchema, type ConfigPack } from '../../lib/config/pack-schema';
import { loadPack, type PackPart } from '../../lib/config/load-pack';
import { checklistsSchema, hintsSchema, tipsSchema } from '../../lib/config/content-schema';
import { catalogueSchema } from '../../lib/service-level/schema';
import { ruleSettingsSchema } from '../../lib/letter/pack-schema';
import { siteProfilesSchema } from '../../lib/host/site-profile-schema';
import type { ScreenDraft } from '../../lib/messaging/screen-drafts';
import { buildDraft, errorLines, localPackOf, PART_LABELS, sameDraft, setMeta, setPart, validateAt, type StudioDraft } from './model';
import { applyImport, buildPublishFile, type DownloadFile, type PublishOptions } from './publish';
import { Tabs, type TabDef } from './Tabs';
import { Notice, ReadOnlyContext } from './fields';
import { TipsSection } from './TipsSection';
import { HintsSection } from './HintsSection';
import { ChecklistsSection } from './ChecklistsSection';
import { CatalogueSection } from './CatalogueSection';
import { RulesSection } from './RulesSection';
import { SiteProfilesSection } from './SiteProfilesSection';
import { ScreenDraftsSection } from './ScreenDraftsSection';
import { acceptedIsSaved, mergeScreenDraft, sortDraftsNewestFirst, type AcceptedDraft, type DraftMergeResult } from './drafts';
import { HostAccess } from './HostAccess';
import { RawJsonSection } from './RawJsonSection';
import { PublishSection } from './PublishSection';
import { EffectiveSection } from './EffectiveSection';
import { MetaFields } from './MetaFields';

/** What the Studio needs from the page: the config messages, a download and host access. */
export interface StudioApi {
  status(): Promise<ConfigStatus>;
  exportPack(which: 'effective' | 'local'): Promise<{ found: boolean; pack?: unknown; fileName?: string }>;
  saveLocal(pack: unknown): Promise<{ ok: boolean; errors: string[]; status?: ConfigStatus }>;
  importPreview(pack: unknown): Promise<ImportPreview>;
  refreshRemote(): Promise<ConfigStatus>;
  download(file: DownloadFile): void;
  /** browser.permissions.request({ origins }); must be called inside the click. */
  requestHostAccess(origins: string[]): Promise<boolean>;
  /** `config/screen-drafts`: screens taught with the panel's picker. */
  screenDrafts(): Promise<{ drafts: ScreenDraft[] }>;
  /** `config/screen-draft-delete`. */
  deleteScreenDraft(id: string): Promise<{ count: number }>;
}

export const TAB_IDS = ['tips', 'hints', 'catalogue', 'rules', 'profiles', 'raw', 'publish', 'effective'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface StudioAppProps {
  api: StudioApi;
  initialTab?: TabId;
  onTabChange?: (tab: TabId) => void;
  /** Told whenever there are (or no longer are) unsaved edits, for the page's beforeunload. */
  onDirtyChange?: (dirty: boolean) => void;
  now?: () => Date;
}

type Message = { kind: 'ok' | 'error' | 'warn'; text: string; lines?: string[] };

const TAB_PARTS: Record<TabId, PackPart[]> = {
  tips: ['tips'],
  hints: ['hints', 'checklists'],
  catalogue: ['catalogue'],
  rules: ['rules'],
  profiles: ['siteProfiles'],
  raw: [],
  publish: [],
  effective: [],
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Ukendt fejl.';
}

/**
 * The Studio for support persons: edits a working copy of the local config pack and saves it
 * with `config/save-local`. Read-only (every edit control disabled, `data-readonly="true"`)
 * when policy forbids local edits.
 */
export function StudioApp({ api, initialTab = 'tips', onTabChange, onDirtyChange, now = () => new Date() }: StudioAppProps) {
  const [status, setStatus] = useState<ConfigStatus | undefined>();
  const [draft, setDraft] = useState<StudioDraft | undefined>();
  const [saved, setSaved] = useState<StudioDraft | undefined>();
  const [loadError, setLoadError] = useState<string[]>([]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [message, setMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  const [screenDrafts, setScreenDrafts] = useState<ScreenDraft[] | undefined>();
  const [draftsError, setDraftsError] = useState<string | undefined>();
  // Accepted drafts stay until the pack is saved: deleting them at once would lose the taught
  // screen if the support person then pressed Fortryd or closed the Studio without saving.
  const [acceptedDrafts, setAcceptedDrafts] = useState<AcceptedDraft[]>([]);

  useEffect(() => {
    let live = true;
    Promise.all([api.status(), api.exportPack('effective'), api.exportPack('local')]).then(
      ([st, effective, local]) => {
        if (!live) return;
        const built = buildDraft(effective.pack, local.found ? local.pack : undefined);
        setStatus(st);
        setDraft(built.draft);
        setSaved(built.draft);
        setLoadError(built.errors);
      },
      (error: unknown) => live && setLoadError([`Studiet kunne ikke hente konfigurationen: ${errorText(error)}`]),
    );
    return () => {
      live = false;
    };
  }, [reload]);

  const loadDrafts = () =>
    api.screenDrafts().then(
      (r) => {
        setScreenDrafts(sortDraftsNewestFirst(r.drafts));
        setDraftsError(undefined);
      },
      (error: unknown) => setDraftsError(`Forslagene fra panelet kunne ikke hentes: ${errorText(error)}`),
    );
  // Fetched when the Skærmprofiler tab opens (the panel may have saved one since), not on every tab.
  useEffect(() => {
    if (tab === 'profiles') void loadDrafts();
  }, [tab, reload]);

  const readOnly = status ? !status.policy.allowLocalEdits : true;
  const dirty = Boolean(draft && saved && !sameDraft(draft, saved));
  useEffect(() => onDirtyChange?.(dirty), [dirty]);

  const pack = draft?.pack;
  const tipsErrors = useMemo(() => (pack ? validateAt(tipsSchema, pack.tips, ['tips']) : {}), [pack?.tips]);
  const hintsErrors = useMemo(() => (pack ? validateAt(hintsSchema, pack.hints, ['hints']) : {}), [pack?.hints]);
  const checklistErrors = useMemo(() => (pack ? validateAt(checklistsSchema, pack.checklists, ['checklists']) : {}), [pack?.checklists]);
  const catalogueErrors = useMemo(() => (pack ? validateAt(catalogueSchema, pack.catalogue, ['catalogue']) : {}), [pack?.catalogue]);
  const rulesErrors = useMemo(() => (pack ? validateAt(ruleSettingsSchema, pack.rules, ['rules']) : {}), [pack?.rules]);
  const profileErrors = useMemo(() => (pack ? validateAt(siteProfilesSchema, pack.siteProfiles, ['siteProfiles']) : {}), [pack?.siteProfiles]);
  const metaErrors = useMemo(() => (pack ? validateAt(packMetaSchema, pack.meta, ['meta']) : {}), [pack?.meta]);
  const fieldErrorLines = useMemo(
    () => [metaErrors, profileErrors, catalogueErrors, rulesErrors, tipsErrors, hintsErrors, checklistErrors].flatMap(errorLines),
    [metaErrors, profileErrors, catalogueErrors, rulesErrors, tipsErrors, hintsErrors, checklistErrors],
  );

  // The whole local pack as save-local will check it (schema, then rule examples). Debounced:
  // the rule examples take tens of milliseconds and need not run on every keystroke.
  const [packCheck, setPackCheck] = useState<string[]>([]);
  useEffect(() => {
    if (!draft) return;
    const t = setTimeout(() => {
      const result = loadPack(localPackOf(draft));
      setPackCheck(result.ok ? [] : result.errors);
    }, 300);
    return () => clearTimeout(t);
  }, [draft]);
  const exampleFailures = fieldErrorLines.length ? [] : packCheck;
  const invalidLines = fieldErrorLines.length ? fieldErrorLines : packCheck;

  if (!draft || !status || !pack) {
    return (
      <div class="st" data-testid="studio" data-readonly="true" data-loading="true">
        <Header />
        {loadError.length ? (
          <Notice kind="error" testId="studio-load-error">
            {loadError.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </Notice>
        ) : (
          <p role="status">Henter konfigurationen …</p>
        )}
      </div>
    );
  }

  const edit = <P extends PackPart>(part: P) => (value: ConfigPack[P]) => setDraft((d) => (d ? setPart(d, part, value) : d));
  const locked = (TAB_PARTS[tab] ?? []).filter((p) => status.effective.locks.lockedParts.includes(p));

  const save = async (next: StudioDraft = draft): Promise<string[]> => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await api.saveLocal(localPackOf(next));
      if (!result.ok) {
        setMessage({ kind: 'error', text: 'Ændringerne blev ikke gemt.', lines: result.errors });
        return result.errors.length ? result.errors : ['Ændringerne blev ikke gemt.'];
      }
      setSaved(next);
      if (result.status) setStatus(result.status);
      void settleAcceptedDrafts(next);
      const lockedSaved = next.localParts.filter((p) => (result.status ?? status).effective.locks.lockedParts.includes(p));
      setMessage(
        lockedSaved.length
          ? { kind: 'warn', text: `Gemt. Bemærk: ${lockedSaved.map((p) => PART_LABELS[p]).join(', ')} styres af politikken, så dine ændringer dér bruges ikke lige nu.` }
          : { kind: 'ok', text: 'Gemt. Panelet bruger nu de nye indstillinger.' },
      );
      return [];
    } catch (error) {
      const text = `Ændringerne blev ikke gemt: ${errorText(error)}`;
      setMessage({ kind: 'error', text });
      return [text];
    } finally {
      setBusy(false);
    }
  };

  // After Gem: delete the accepted drafts whose screen the saved pack really holds. The others
  // (removed again by an import or a Rå JSON edit) go back to the list as open proposals.
  const settleAcceptedDrafts = async (next: StudioDraft) => {
    if (!acceptedDrafts.length) return;
    const pending = acceptedDrafts;
    setAcceptedDrafts([]);
    const holds = next.localParts.includes('siteProfiles');
    let failed = 0;
    for (const accepted of pending) {
      if (!holds || !acceptedIsSaved(next.pack.siteProfiles, accepted)) continue;
      try {
        await api.deleteScreenDraft(accepted.draftId);
      } catch {
        failed++;
      }
    }
    await loadDrafts();
    if (failed) setDraftsError(`${failed} tilføjet forslag kunne ikke slettes. Skærmbilledet er gemt; afvis forslaget selv.`);
  };

  const acceptDraft = (screenDraft: ScreenDraft, replace: boolean): DraftMergeResult => {
    if (readOnly) return { kind: 'invalid', errors: ['Studiet er skrivebeskyttet.'] };
    const result = mergeScreenDraft(pack.siteProfiles, screenDraft, { replace });
    if (result.kind !== 'merged') return result;
    setDraft(setPart(draft, 'siteProfiles', result.profiles));
    setAcceptedDrafts((list) => [...list.filter((a) => a.draftId !== screenDraft.id), { draftId: screenDraft.id, profileId: result.profileId, screenId: result.screenId }]);
    const what = result.action === 'new-profile' ? `den nye skærmprofil ${result.profileName}` : result.profileName;
    setMessage({
      kind: 'ok',
      text: `Skærmbilledet »${screenDraft.screen.label}« er ${result.action === 'replaced' ? 'erstattet i' : 'tilføjet til'} ${what}. Tryk Gem for at bruge det.`,
    });
    return result;
  };

  const rejectDraft = (id: string) => {
    api.deleteScreenDraft(id).then(
      () => loadDrafts(),
      (error: unknown) => setDraftsError(`Forslaget kunne ikke afvises: ${errorText(error)}`),
    );
  };

  const clearLocal = async () => {
    setBusy(true);
    try {
      const result = await api.saveLocal(null);
      if (!result.ok) setMessage({ kind: 'error', text: 'De lokale ændringer blev ikke fjernet.', lines: result.errors });
      else {
        setMessage({ kind: 'ok', text: 'De lokale ændringer er fjernet. Studiet viser nu den effektive konfiguration.' });
        setAcceptedDrafts([]);
        setReload((n) => n + 1);
      }
    } catch (error) {
      setMessage({ kind: 'error', text: `De lokale ændringer blev ikke fjernet: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const exportPack = async (options: Omit<PublishOptions, 'today'>): Promise<string[]> => {
    const result = await buildPublishFile(draft, { ...options, today: now() });
    if (!result.ok) return result.errors;
    api.download(result.file);
    // Keep the new version in the working copy, so the next publish continues from it.
    if (!readOnly && (result.meta.version !== pack.meta.version || result.meta.changelog !== pack.meta.changelog)) {
      setDraft((d) => (d ? setMeta(d, result.meta) : d));
      setMessage({ kind: 'ok', text: `Pakken er hentet ned. Studiet har nu version ${result.meta.version}; gem for at beholde den.` });
    }
    return [];
  };

  const confirmImport = async (raw: unknown): Promise<string[]> => {
    const applied = applyImport(draft, raw);
    if (!applied.ok) return applied.errors;
    setDraft(applied.draft);
    return save(applied.draft);
  };

  const tabs: TabDef<TabId>[] = [
    { id: 'tips', label: 'Ugens Tip', errors: errorLines(tipsErrors).length },
    { id: 'hints', label: 'Hints og tjeklister', errors: errorLines(hintsErrors).length + errorLines(checklistErrors).length },
    { id: 'catalogue', label: 'Serviceniveau-katalog', errors: errorLines(catalogueErrors).length },
    { id: 'rules', label: 'Regler', errors: errorLines(rulesErrors).length + exampleFailures.length },
    { id: 'profiles', label: 'Skærmprofiler', errors: errorLines(profileErrors).length },
    { id: 'raw', label: 'Rå JSON' },
    { id: 'publish', label: 'Udgiv og importér', errors: errorLines(metaErrors).length },
    { id: 'effective', label: 'Effektiv konfiguration' },
  ];
  const selectTab = (id: TabId) => {
    setTab(id);
    onTabChange?.(id);
  };

  const editable = (children: ComponentChildren) => (
    <div class="st-lock" data-testid="studio-editable" data-readonly={readOnly ? 'true' : 'false'}>
      {children}
    </div>
  );

  return (
    <div class="st" data-testid="studio" data-readonly={readOnly ? 'true' : 'false'} data-dirty={dirty ? 'true' : 'false'}>
      <Header meta={pack.meta} />
      {readOnly ? (
        <div class="st-banner" role="note" data-testid="readonly-banner">
          <strong>Studiet er skrivebeskyttet.</strong> Din organisations politik tillader ikke lokale ændringer af konfigurationen
          (allowLocalEdits er slået fra). Du kan se indstillingerne og hente pakken som fil, men ikke gemme ændringer. Kontakt IT, hvis
          noget skal ændres.
        </div>
      ) : null}
      {loadError.length ? (
        <Notice kind="warn" testId="studio-load-error">
          {loadError.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </Notice>
      ) : null}

      <div class="st-savebar" data-testid="studio-savebar">
        <span class="st-savebar__state" data-testid="studio-dirty">
          {dirty ? 'Du har ændringer, der ikke er gemt.' : 'Alt er gemt.'}
        </span>
        {invalidLines.length ? (
          <details class="st-details st-details--inline" data-testid="studio-invalid">
            <summary>{invalidLines.length} fejl skal rettes, før du kan gemme</summary>
            <ul class="st-errors">
              {invalidLines.slice(0, 50).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </details>
        ) : null}
        <button type="button" class="st-btn" disabled={readOnly || !dirty || busy} onClick={() => {
            if (!saved) return;
            setDraft(saved);
            setAcceptedDrafts([]);
          }} data-testid="studio-revert">
          Fortryd ændringer
        </button>
        <button
          type="button"
          class="st-btn st-btn--primary"
          disabled={readOnly || !dirty || busy || invalidLines.length > 0}
          onClick={() => void save()}
          data-testid="studio-save"
        >
          Gem
        </button>
      </div>
      <div class={`st-message st-message--${message?.kind ?? 'none'}`} role="status" aria-live="polite" data-testid="studio-message">
        {message ? (
          <>
            <span>{message.text}</span>
            {message.lines?.length ? (
              <ul>
                {message.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>

      <ReadOnlyContext.Provider value={readOnly}>
      <Tabs tabs={tabs} current={tab} onSelect={selectTab}>
        {locked.length ? (
          <Notice kind="warn" testId="locked-part-notice">
            {locked.map((p) => PART_LABELS[p]).join(' og ')} kommer lige nu fra politikken ({status.effective.sources[locked[0] as PackPart]}). Du kan
            ændre og gemme lokalt, men panelet bruger politikkens version, så længe den findes.
          </Notice>
        ) : null}
        {tab === 'tips' && editable(<TipsSection tips={pack.tips} errors={tipsErrors} onChange={edit('tips')} />)}
        {tab === 'hints' &&
          editable(
            <>
              <HintsSection hints={pack.hints} profiles={pack.siteProfiles} errors={hintsErrors} onChange={edit('hints')} />
              <ChecklistsSection checklists={pack.checklists} profiles={pack.siteProfiles} errors={checklistErrors} onChange={edit('checklists')} />
            </>,
          )}
        {tab === 'catalogue' && editable(<CatalogueSection catalogue={pack.catalogue} errors={catalogueErrors} onChange={edit('catalogue')} />)}
        {tab === 'rules' && editable(<RulesSection rules={pack.rules} errors={rulesErrors} exampleFailures={exampleFailures} onChange={edit('rules')} />)}
        {tab === 'profiles' && (
          <>
            <HostAccess profiles={pack.siteProfiles} onRequest={api.requestHostAccess} />
            <ScreenDraftsSection
              drafts={screenDrafts}
              loadError={draftsError}
              profiles={pack.siteProfiles}
              accepted={acceptedDrafts}
              onAccept={acceptDraft}
              onReject={rejectDraft}
              onRefresh={() => void loadDrafts()}
            />
            {editable(<SiteProfilesSection profiles={pack.siteProfiles} errors={profileErrors} onChange={edit('siteProfiles')} />)}
          </>
        )}
        {tab === 'raw' && (
          <RawJsonSection
            localPack={localPackOf(draft)}
            wholePack={pack}
            readOnly={readOnly}
            onApply={(next, parts) => setDraft({ pack: next, localParts: parts })}
          />
        )}
        {tab === 'publish' && (
          <>
            {editable(<MetaFields meta={pack.meta} errors={metaErrors} onChange={(meta) => setDraft((d) => (d ? setMeta(d, meta) : d))} />)}
            <PublishSection
              meta={pack.meta}
              hasLocalParts={draft.localParts.length > 0}
              readOnly={readOnly}
              onExport={exportPack}
              onPreview={(raw) => api.importPreview(raw)}
              onConfirmImport={confirmImport}
            />
          </>
        )}
        {tab === 'effective' && (
          <EffectiveSection
            status={status}
            readOnly={readOnly}
            hasLocal={status.sources.lokal.state !== 'ingen' || draft.localParts.length > 0}
            busy={busy}
            onRefresh={() => {
              setBusy(true);
              api.refreshRemote().then(
                (st) => {
                  setStatus(st);
                  setBusy(false);
                  setMessage({ kind: 'ok', text: 'Pakken fra adressen er hentet igen. Se resultatet under Kilder.' });
                },
                (error: unknown) => {
                  setBusy(false);
                  setMessage({ kind: 'error', text: `Pakken kunne ikke hentes: ${errorText(error)}` });
                },
              );
            }}
            onClearLocal={() => void clearLocal()}
          />
        )}
      </Tabs>
      </ReadOnlyContext.Provider>
    </div>
  );
}

function Header({ meta }: { meta?: ConfigPack['meta'] }) {
  return (
    <header class="st-head">
      <h1 class="st-title">Sidevogn Studie</h1>
      <p class="st-sub">
        Tips, hints, tjeklister, serviceniveau, regler og skærmprofiler for jeres kommune.
        {meta ? (
          <>
            {' '}
            Pakke: <strong data-testid="studio-pack-name">{`${meta.municipality} – ${meta.name} ${meta.version}`}</strong>
          </>
        ) : null}
      </p>
    </header>
  );
}
