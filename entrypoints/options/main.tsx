import { render } from 'preact';
import { browser } from '../../lib/platform/browser';
import { send } from '../../lib/messaging/client';
import { StudioApp, TAB_IDS, type StudioApi, type TabId } from '../../components/studio/StudioApp';
import type { DownloadFile } from '../../components/studio/publish';
import { studioCss } from '../../components/studio/studio.css.ts';

/**
 * The Studio (options page, opened in a tab). It wires the config messages, file downloads and
 * host permissions into the StudioApp component; all editing logic lives in components/studio.
 */

function download(file: DownloadFile): void {
  // A Blob + object URL + <a download> needs no "downloads" permission.
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const api: StudioApi = {
  status: () => send('config/status', {}),
  exportPack: (which) => send('config/export', { which }),
  saveLocal: (pack) => send('config/save-local', { pack }),
  importPreview: (pack) => send('config/import-preview', { pack }),
  refreshRemote: () => send('config/refresh-remote', {}),
  download,
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
