import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import panelCss from '../../components/panel/panel.css?inline';
import { logbookCss } from '../../components/logbook/logbook.css.ts';
import { serviceLevelCss } from '../../components/service-level/service-level.css.ts';
import { tipsCss } from '../../components/tips/tips.css.ts';
import { checkCss } from '../../components/letter/check.css.ts';
import { createLetterCheck, type LetterCheck } from './letter-check';
import { createShadowHost, type ShadowHost } from './shadow-host';
import type { TeachMode } from './teach-mode';
import { teachApi } from './teach-api';
import { PanelApp } from '../../components/panel/PanelApp';
import { clampWidth } from '../../components/panel/PanelShell';
import type { CaseContext } from '../../lib/host/context';
import { matchScreen, readScreen, sitesForUrl, type ScreenMatch } from '../../lib/host/match-profile';
import { watchScreen } from '../../lib/host/screen-watcher';
import { isCoveredBy } from '../../lib/host/covered';
import type { SiteProfile } from '../../lib/host/site-profile-schema';
import { browser } from '../../lib/platform/browser';
import { send } from '../../lib/messaging/client';
import type { ResponseOf } from '../../lib/messaging';
import { buildTabs, type TabEnv } from './tabs';

const PREFS_KEY = 'panel.prefs';
const TAKEOVER_EVENT = 'sidevogn-panel-takeover';
/** storage.local key of the panel's part of the config (lib/config/service.ts CONFIG_KEYS.panel). */
const PANEL_CONFIG_KEY = 'sidevogn.config.panel';
interface Prefs {
  open: boolean;
  width: number;
  tab: string;
}
const DEFAULT_PREFS: Prefs = { open: true, width: 380, tab: '' };

/** A v4 UUID; crypto.randomUUID is missing on plain-http intranet pages, getRandomValues is not. */
function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type PanelConfig = ResponseOf<'config/effective'>;

/** The background writes the panel's config to storage; anything else there is not used. */
function isPanelConfig(value: unknown): value is PanelConfig {
  const v = value as Partial<PanelConfig> | undefined;
  return !!v && Array.isArray(v.siteProfiles) && Array.isArray(v.disabledFeatures) && typeof v.statusLine === 'string';
}

/**
 * The effective config from the background, when storage does not have it yet (first start,
 * or right after an update). The background may still be starting: try again a few times.
 */
async function loadEffective(): Promise<PanelConfig> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send('config/effective', {});
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
}

/** Resolves once the document is parsed (at once if it already is). */
function whenParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, passive: true }));
}

/** Wires the page, the panel components and the background together. */
export async function startPanel(ctx: ContentScriptContext): Promise<void> {
  // The newest copy of the panel script in a page wins (after an update the browser or the
  // background injects a new one): tell older copies to stand down before anything else.
  const token = `${Date.now()}-${Math.random()}`;
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { detail: token }));

  // The script starts with the document (document_start), so the config and the stored
  // preferences arrive while the host page is still parsing; at DOMContentLoaded only the
  // screen is left to read. Waiting for the browser's document_end injection cost 30–150 ms.
  // Storage, not a message: a message waits for the background, and its reply for the host
  // page's own start-up work (on a 6,588-node page the reply came 110 ms after storage's).
  const domReady = whenParsed(document);
  const stored = await browser.storage.local.get([PREFS_KEY, PANEL_CONFIG_KEY]);
  const fromStorage = stored[PANEL_CONFIG_KEY];
  let effective = isPanelConfig(fromStorage) ? fromStorage : await loadEffective();
  let sites: SiteProfile[] = effective.siteProfiles;
  if (sitesForUrl(sites, new URL(location.href)).length === 0) return; // not a case system: nothing at all
  await domReady;

  const prefs: Prefs = { ...DEFAULT_PREFS, ...(stored[PREFS_KEY] as Partial<Prefs> | undefined) };
  let match: ScreenMatch | null = null;
  let context: CaseContext | null = null;
  let ui: ShadowHost | null = null;
  let container: HTMLElement | null = null;
  let focusToken = 0;
  let letterCheck: LetterCheck | null = null;
  let mountAbort: AbortController | null = null;
  let teach: TeachMode | null = null;
  let notice: string | undefined;
  let lastCheckKey = '';

  const savePrefs = () => void browser.storage.local.set({ [PREFS_KEY]: prefs });

  const rerender = () => {
    if (!container || !context || (!match && !teach)) return;
    const env: TabEnv = {
      context,
      match,
      effective,
      document,
      focusToken,
      closePanel: () => setOpen(false),
      onLetterElements: (elements) => {
        letterElements = elements;
        scheduleRecord();
      },
      letterCheck: letterCheck ?? undefined,
      teach: teach ? { mode: teach, onSave: () => void saveTeach(), onCancel: () => stopTeach() } : undefined,
    };
    const tabs = buildTabs(env);
    render(
      <PanelApp
        context={context}
        tabs={tabs}
        activeTab={tabs.some((t) => t.id === prefs.tab) ? prefs.tab : (tabs[0]?.id ?? '')}
        open={prefs.open}
        width={prefs.width}
        status={notice ? { text: notice, tone: 'ok' } : effective.warning ? { text: effective.warning, tone: 'warning' } : { text: effective.statusLine, tone: 'ok' }}
        onToggle={() => setOpen(!prefs.open)}
        onResize={(width, final) => {
          prefs.width = clampWidth(width);
          rerender();
          if (final) savePrefs();
        }}
        onTeach={teach ? undefined : () => startTeach()}
        onSelectTab={(id) => {
          prefs.tab = id;
          rerender();
          savePrefs();
        }}
      />,
      container,
    );
  };

  const setOpen = (open: boolean) => {
    prefs.open = open;
    rerender();
    savePrefs();
  };

  const mount = async () => {
    if (ui) return;
    ui = createShadowHost('sidevogn-panel', panelCss + logbookCss + serviceLevelCss + tipsCss + checkCss, [
      'keydown',
      'keyup',
      'keypress',
      'input',
      'beforeinput',
    ]);
    container = ui.container;
    mountAbort = new AbortController();
    stop.signal.addEventListener('abort', () => mountAbort?.abort(), { once: true });
    letterCheck = createLetterCheck({
      shadow: ui.shadow,
      getContext: () => context,
      onChange: () => rerender(),
      onElements: (elements) => {
        letterElements = elements;
        scheduleRecord();
      },
      signal: mountAbort.signal,
    });
    rerender();
  };

  const unmount = () => {
    teach?.destroy();
    teach = null;
    mountAbort?.abort();
    mountAbort = null;
    letterCheck = null;
    if (container) render(null, container);
    container = null;
    ui?.remove();
    ui = null;
  };

  const refresh = async () => {
    match = matchScreen(sites, new URL(location.href), document);
    if (!match) {
      if (teach) return rerender(); // teaching a screen no profile knows yet
      context = null;
      unmount();
      return;
    }
    const screen = readScreen(document, match);
    context = screen.context;
    if (!ui) await mount();
    else rerender();
    if (letterCheck && !effective.disabledFeatures.includes('afgoerelsestjek')) {
      // After the panel has painted: finding and reading the letter can wait a frame.
      const check = letterCheck;
      const lookup = match.screen.letterEditor ?? match.site.letterEditor;
      const key = JSON.stringify([context.screenId, context.afgoerelsestype, context.indsats, context.omfang, context.lovgrundlag]);
      setTimeout(() => {
        if (stop.signal.aborted || letterCheck !== check) return;
        check.attach(lookup, screen.letterEditor);
        if (key !== lastCheckKey) {
          lastCheckKey = key;
          check.contextChanged();
        }
      }, 0);
    }
    scheduleRecord();
  };

  // Follow-up figures: one record per visit of a bevilling/afgørelse screen that shows an
  // indsats and an omfang, sent 2 s after the screen settles. The background decides whether
  // recording is on (user switch, policy) and builds the record without personal data.
  let recordTimer: ReturnType<typeof setTimeout> | undefined;
  let visit: { key: string; id: string } | undefined;
  let letterElements: Record<string, boolean> | undefined;
  const scheduleRecord = () => {
    if (recordTimer !== undefined) clearTimeout(recordTimer);
    recordTimer = undefined;
    const c = context;
    if (!c || effective.disabledFeatures.includes('opfoelgning')) return;
    if (!/bevilling|afg(ø|oe)relse/i.test(`${c.screenId} ${c.screenLabel}`) || !c.indsats?.trim() || !c.omfang?.trim()) return;
    const key = `${location.pathname}${location.hash}|${c.siteId}|${c.screenId}`;
    if (visit?.key !== key) {
      visit = { key, id: randomUuid() };
      letterElements = undefined;
    }
    const visitId = visit.id;
    recordTimer = setTimeout(() => {
      recordTimer = undefined;
      if (!context || stop.signal.aborted) return;
      const { siteId, screenId, sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato, afgoerelsestype } = context;
      void send('serviceniveau/record', {
        context: { siteId, screenId, sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato, afgoerelsestype },
        visitId,
        elements: letterElements,
      }).catch(() => undefined);
    }, 2000);
  };

  /** Teaching a screen: the picker replaces the tabs until it is saved as a draft or cancelled. */
  const startTeach = async () => {
    notice = undefined;
    if (!ui) {
      // A screen no profile knows yet: the panel opens just for teaching it.
      const site = sitesForUrl(sites, new URL(location.href))[0];
      context = { siteId: site?.id ?? 'ny', screenId: 'ukendt', screenLabel: 'Ukendt skærmbillede', hasLetterEditor: false };
      await mount();
    }
    if (!ui) return;
    try {
      if (!teachApi()) await send('panel/load-teach', {});
    } catch (e) {
      notice = `Udpegningen kunne ikke startes: ${(e as Error).message}`;
      return rerender();
    }
    const api = teachApi();
    if (!api) return;
    if (!ui.shadow.querySelector('style[data-teach]')) {
      const style = document.createElement('style');
      style.dataset.teach = '';
      style.textContent = api.css;
      ui.shadow.append(style);
    }
    teach = api.createTeachMode({ shadow: ui.shadow, host: () => ui?.host, onChange: () => rerender() });
    setOpen(true);
  };
  const stopTeach = (message?: string) => {
    teach?.destroy();
    teach = null;
    notice = message;
    void refresh();
  };
  const saveTeach = async () => {
    if (!teach) return;
    const { screen, letterEditor } = teach.screen();
    try {
      await send('config/screen-draft-save', {
        siteId: match?.site.id ?? context?.siteId,
        origin: `${location.protocol}//${location.hostname}/*`,
        screen,
        letterEditor,
      });
      stopTeach('Skærmbilledet er gemt som forslag. En støtteperson godkender det i Studiet.');
    } catch (e) {
      notice = `Forslaget kunne ikke gemmes: ${(e as Error).message}`;
      rerender();
    }
  };

  const stop = new AbortController();
  const removeAll = () => {
    if (stop.signal.aborted) return;
    stop.abort();
    unmount();
  };
  ctx.onInvalidated(removeAll);
  document.addEventListener(
    TAKEOVER_EVENT,
    (event) => {
      if ((event as CustomEvent).detail !== token) removeAll();
    },
    { signal: stop.signal },
  );
  // After an update or when the extension is switched off, this script is orphaned: its
  // runtime is gone. WXT notices only when a newer copy starts, so look for ourselves too.
  // Firefox never runs an ended script again: there the panel's own CSS hides it unless this
  // keeps telling it that Sidevogn is alive (shadow-host.ts).
  const checkAlive = () => {
    if (stop.signal.aborted) return;
    if (!browser.runtime?.id) return removeAll();
    ui?.keepAlive();
  };
  const orphanCheck = setInterval(checkAlive, 2000);
  stop.signal.addEventListener('abort', () => clearInterval(orphanCheck));
  // A tab in the background gets few timer runs; coming back, renew before the next frame.
  document.addEventListener('visibilitychange', checkAlive, { passive: true, signal: stop.signal });
  // The panel never keeps a host control hidden under it: when the host's focus lands on one
  // (tabbing through a form), the panel folds to its handle for this page. It only looks; the
  // event goes on to the host untouched.
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      const shell = ui?.shadow.querySelector('.sv-shell');
      if (!prefs.open || !shell || !(target as Element | null)?.getBoundingClientRect || target === ui?.host) return;
      if (isCoveredBy((target as Element).getBoundingClientRect(), shell.getBoundingClientRect())) {
        prefs.open = false; // not saved: the next case page opens the panel as the user left it
        rerender();
      }
    },
    { capture: true, passive: true, signal: stop.signal },
  );
  watchScreen(
    document,
    () => {
      // An orphaned copy (after an update) must not touch the extension APIs any more.
      if (!browser.runtime?.id) return removeAll();
      void refresh();
    },
    { ignore: () => [ui?.host, letterCheck?.editorElement()], signal: stop.signal },
  );

  // A new pack (policy, Studio, remote) reaches open panels without a reload.
  browser.storage.onChanged.addListener((changes, area) => {
    const next: unknown = changes[PANEL_CONFIG_KEY]?.newValue;
    if (area !== 'local' || !isPanelConfig(next) || stop.signal.aborted) return;
    effective = next;
    sites = next.siteProfiles;
    void refresh();
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'panel/toggle' && !ui && sitesForUrl(sites, new URL(location.href)).length > 0) {
      void startTeach();
      return Promise.resolve({ ok: true, value: { open: true } });
    }
    if (type === 'panel/toggle' && ui) {
      setOpen(!prefs.open);
      return Promise.resolve({ ok: true, value: { open: prefs.open } });
    }
    if (type === 'panel/capture' && ui) {
      prefs.tab = 'logbog';
      focusToken += 1;
      setOpen(true);
      return Promise.resolve({ ok: true, value: { open: true } });
    }
    return undefined;
  });

  await refresh();
}
