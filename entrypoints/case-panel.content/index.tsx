import { startPanel } from './controller';

/**
 * Runs on the case-system origins the extension may access. It stays invisible unless a
 * site profile recognises the screen; see controller.ts.
 */
export default defineContentScript({
  // The demo case system; a municipality's own build lists its case-system origins, and
  // origins granted at run time are added by the background (scripting.registerContentScripts).
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main: (ctx) => startPanel(ctx),
});
