import { render } from 'preact';
import { browser } from '../../lib/platform/browser';
import { send } from '../../lib/messaging/client';
import { StudioApp, TAB_IDS, type StudioApi, type TabId } from '../../components/studio/StudioApp';
import { studioCss } from '../../components/studio/studio.css.ts';
import { downloadFile } from '../../lib/platform/download';

/**
 * The Studio (options page, opened in a tab). It wires the config messages, file downloads and
 * host permissions into the StudioApp component; all editing logic lives in components/studio.
 */


const api: StudioApi = {
  status: () => send('config/status', {}),
  exportPack: (which) => send('config/export', { which }),
  saveLocal: (pack) => send('config/save-local', { pack }),
  importPreview: (pack) => send('config/import-preview', { pack }),
  refreshRemote: () => send('config/refresh-remote', {}),
  download: downloadFile,
  // No await before this call: browsers grant permissions only inside the user's click.
  requestHostAccess: (origins) => browser.permissions.request({ origins }),
  screenDrafts: () => send('config/screen-drafts', {}),
  deleteScreenDraft: (id) => send('config/screen-draft-delete', { id }),
};

let dirty = false;
window.addEventListener('beforeunload', (event) => {
  if (!dirty) return;
  event.preventDefault();
  // Older Chromium needs returnValue set to show the "leave page?" dialog.
  event.returnValue = '';
});

function tabFromHash(): TabId {
  const hash = location.hash.replace(/^#/, '');
  return (TAB_IDS as readonly string[]).includes(hash) ? (hash as TabId) : 'tips';
}

const style = document.createElement('style');
style.textContent = studioCss;
document.head.append(style);

const root = document.getElementById('app');
if (root) {
  render(
    <StudioApp
      api={api}
      initialTab={tabFromHash()}
      onTabChange={(tab) => history.replaceState(null, '', `#${tab}`)}
      onDirtyChange={(value) => {
        dirty = value;
      }}
    />,
    root,
  );
}
