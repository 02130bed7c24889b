import { render } from 'preact';
import { send } from '../../lib/messaging/client';
import { DashboardPage } from '../../components/dashboard/DashboardPage';
import { logbookCss, logbookPageCss } from '../../components/logbook/logbook.css.ts';
import { dashboardCss } from '../../components/dashboard/dashboard.css.ts';
import { downloadFile } from '../../lib/platform/download';

/**
 * The follow-up dashboard (chrome-extension://<id>/dashboard.html). It reads and writes the
 * figures through the background (privileged messages, allowed from extension pages only).
 */

const style = document.createElement('style');
// The logbook's styles first: the dashboard reuses its variables, buttons and notices.
style.textContent = logbookCss + logbookPageCss + dashboardCss;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<DashboardPage send={send} download={downloadFile} />, root);
