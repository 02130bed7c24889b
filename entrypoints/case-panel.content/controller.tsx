import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import panelCss from '../../components/panel/panel.css?inline';
import { logbookCss } from '../../components/logbook/logbook.css.ts';
import { serviceLevelCss } from '../../components/service-level/service-level.css.ts';
import { tipsCss } from '../../components/tips/tips.css.ts';
import { PanelApp } from '../../components/panel/PanelApp';
import { clampWidth } from '../../components/panel/PanelShell';
import type { CaseContext } from '../../lib/host/context';
import { matchScreen, readContext, sitesForUrl, type ScreenMatch } from '../../lib/host/match-profile';
import { watchScreen } from '../../lib/host/screen-watcher';
import type { SiteProfile } from '../../lib/host/site-profile-schema';
import { browser } from '../../lib/platform/browser';
import { send } from '../../lib/messaging/client';
import { buildTabs, type TabEnv } from './tabs';

const PREFS_KEY = 'panel.prefs';
/** storage.local key of the resolved config (see lib/config/service.ts CONFIG_KEYS.effective). */
const CONFIG_KEY = 'sidevogn.config.effective';
interface Prefs {
  open: boolean;
  width: number;
  tab: string;
}
const DEFAULT_PREFS: Prefs = { open: true, width: 380, tab: '' };

/** Wires the page, the panel components and the background together. */
export async function startPanel(ctx: ContentScriptContext): Promise<void> {
  let effective = await send('config/effective', {});
  let sites: SiteProfile[] = effective.siteProfiles;
  if (sitesForUrl(sites, new URL(location.href)).length === 0) return; // not a case system: nothing at all

  const stored = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY] as Partial<Prefs> | undefined;
  const prefs: Prefs = { ...DEFAULT_PREFS, ...stored };
  let match: ScreenMatch | null = null;
  let context: CaseContext | null = null;
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let container: HTMLElement | null = null;
  let focusToken = 0;

  const savePrefs = () => void browser.storage.local.set({ [PREFS_KEY]: prefs });

  const rerender = () => {
    if (!container || !context || !match) return;
    const env: TabEnv = { context, match, effective, document, focusToken, closePanel: () => setOpen(false) };
    const tabs = buildTabs(env);
    render(
      <PanelApp
        context={context}
        tabs={tabs}
        activeTab={tabs.some((t) => t.id === prefs.tab) ? prefs.tab : (tabs[0]?.id ?? '')}
        open={prefs.open}
        width={prefs.width}
        status={effective.warning ? { text: effective.warning, tone: 'warning' } : { text: effective.statusLine, tone: 'ok' }}
        onToggle={() => setOpen(!prefs.open)}
        onResize={(width, final) => {
          prefs.width = clampWidth(width);
          rerender();
          if (final) savePrefs();
        }}
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
    ui = await createShadowRootUi(ctx, {
      name: 'sidevogn-panel',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: panelCss + logbookCss + serviceLevelCss + tipsCss,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'],
      onMount: (body) => {
        container = body;
      },
      onRemove: () => {
        if (container) render(null, container);
        container = null;
      },
    });
    ui.mount();
    rerender();
  };

  const unmount = () => {
    ui?.remove();
    ui = null;
  };

  const refresh = async () => {
    match = matchScreen(sites, new URL(location.href), document);
    if (!match) {
      context = null;
      unmount();
      return;
    }
    context = readContext(document, match);
    if (!ui) await mount();
    else rerender();
  };

  const stop = new AbortController();
  ctx.onInvalidated(() => {
    stop.abort();
    unmount();
  });
  watchScreen(document, () => void refresh(), { ignore: () => ui?.shadowHost, signal: stop.signal });

  // A new pack (policy, Studio, remote) reaches open panels without a reload.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(CONFIG_KEY in changes) || stop.signal.aborted) return;
    void send('config/effective', {}).then((next) => {
      effective = next;
      sites = next.siteProfiles;
      return refresh();
    });
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
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
