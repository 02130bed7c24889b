import { render } from 'preact';
import { send } from '../../lib/messaging/client';
import { DashboardPage, type DownloadFile } from '../../components/dashboard/DashboardPage';
import { logbookCss, logbookPageCss } from '../../components/logbook/logbook.css.ts';
import { dashboardCss } from '../../components/dashboard/dashboard.css.ts';

/**
 * The follow-up dashboard (chrome-extension://<id>/dashboard.html). It reads and writes the
 * figures through the background (privileged messages, allowed from extension pages only).
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

const style = document.createElement('style');
// The logbook's styles first: the dashboard reuses its variables, buttons and notices.
style.textContent = logbookCss + logbookPageCss + dashboardCss;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<DashboardPage send={send} download={download} />, root);
