import { render } from 'preact';
import { send } from '../../lib/messaging/client';
import { LogbookPage } from '../../components/logbook/LogbookPage';
import { logbookCss, logbookPageCss } from '../../components/logbook/logbook.css.ts';
import { downloadFile } from '../../lib/platform/download';

/**
 * The full-page logbook (chrome-extension://<id>/logbook.html). It runs in the extension's
 * origin but still goes through the background for every read and write, so there is one
 * writer of the database and one set of checks.
 */

/** Ask the browser to keep the logbook even under storage pressure (best effort). */
async function persist(): Promise<boolean | undefined> {
  try {
    if (!navigator.storage?.persist) return undefined;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return undefined;
  }
}

function mount(persisted: boolean | undefined): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(<LogbookPage send={send} download={downloadFile} persisted={persisted} />, root);
}

const style = document.createElement('style');
style.textContent = logbookCss + logbookPageCss;
document.head.append(style);
mount(undefined);
void persist().then(mount);
