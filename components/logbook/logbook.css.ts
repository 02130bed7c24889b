/**
 * Styles of the logbook components, as a string so they can be put into the panel's shadow
 * root (and the full-page logbook) with a <style> element. px, not rem: inside a shadow root
 * the host page's root font size must not scale us. Colours fall back to the panel's palette;
 * every text/background pair meets WCAG AA (4.5:1 or more).
 */
export const logbookCss = `
/* On the pages (logbook, dashboard) buttons can sit outside an .lb block: define the palette at the root too. */
:root, .lb {
  --lb-ink: var(--sv-ink, #1b1f24);
  --lb-muted: var(--sv-muted, #4f5661);
  --lb-line: var(--sv-line, #c4c9d0);
  --lb-bg: var(--sv-bg, #ffffff);
  --lb-soft: var(--sv-bg-soft, #f4f6f8);
  --lb-brand: var(--sv-brand, #1f3a5f);
  --lb-accent: var(--sv-accent, #0b5cad);
  --lb-ok: var(--sv-ok, #1c6b3a);
  --lb-warn: var(--sv-warn, #8a4b00);
  --lb-error: var(--sv-error, #a4262c);
  --lb-focus: var(--sv-focus, #ffbf47);
  color: var(--lb-ink);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
.lb *, .lb *::before, .lb *::after { box-sizing: border-box; }
.lb :focus-visible { outline: 3px solid var(--lb-focus); outline-offset: 1px; box-shadow: 0 0 0 5px var(--lb-ink); }
/* :where() keeps this reset weaker than the button classes below (white text on .lb-btn--primary). */
:where(.lb) button, :where(.lb) input, :where(.lb) textarea, :where(.lb) select { font: inherit; color: inherit; }
.lb-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.lb-capture { display: flex; flex-direction: column; gap: 10px; padding: 12px; background: var(--lb-bg); border: 1px solid var(--lb-line); border-radius: 6px; }
.lb-capture__head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.lb-title { margin: 0; font-size: 15px; font-weight: 650; color: var(--lb-brand); }
.lb-hint { margin: 0; font-size: 12px; color: var(--lb-muted); }
.lb-label { display: block; margin-bottom: 4px; font-weight: 600; font-size: 13px; }
.lb-fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
.lb-fieldset > legend { padding: 0; margin-bottom: 4px; font-weight: 600; font-size: 13px; }
.lb-kinds { display: flex; flex-wrap: wrap; gap: 6px; }
.lb-chip { display: inline-flex; align-items: center; gap: 4px; min-height: 32px; padding: 4px 10px; border: 1px solid var(--lb-line); border-radius: 16px; background: var(--lb-bg); color: var(--lb-ink); cursor: pointer; font-size: 13px; }
.lb-chip:hover { border-color: var(--lb-accent); }
.lb-chip[aria-checked='true'], .lb-chip[aria-pressed='true'] { background: var(--lb-brand); border-color: var(--lb-brand); color: #ffffff; }
.lb-chip__key { font-size: 11px; opacity: 0.85; }
.lb-tags { display: flex; flex-wrap: wrap; gap: 6px; }
.lb-textarea { display: block; width: 100%; min-height: 110px; padding: 8px; border: 1px solid #767d87; border-radius: 4px; background: var(--lb-bg); resize: vertical; line-height: 1.45; }
.lb-input { width: 100%; min-height: 32px; padding: 4px 8px; border: 1px solid #767d87; border-radius: 4px; background: var(--lb-bg); }
.lb-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.lb-row--end { justify-content: flex-end; }
.lb-check { display: flex; align-items: flex-start; gap: 6px; font-size: 13px; cursor: pointer; }
.lb-check input { margin: 2px 0 0; width: 16px; height: 16px; }
.lb-btn { min-height: 32px; padding: 5px 14px; border: 1px solid var(--lb-brand); border-radius: 4px; background: var(--lb-bg); color: var(--lb-brand); cursor: pointer; font-weight: 600; }
.lb-btn:hover { background: var(--lb-soft); }
.lb-btn--primary { background: var(--lb-brand); color: #ffffff; }
.lb-btn--primary:hover { background: #2b4d7a; }
.lb-btn--link { border-color: transparent; background: transparent; color: var(--lb-accent); text-decoration: underline; padding: 5px 4px; font-weight: 500; }
.lb-btn--danger { border-color: var(--lb-error); color: var(--lb-error); }
.lb-btn[disabled] { opacity: 0.6; cursor: default; }
.lb-notice { margin: 0; padding: 8px 10px; border-left: 4px solid var(--lb-accent); background: var(--lb-soft); font-size: 13px; }
.lb-notice--warn { border-left-color: var(--lb-warn); background: #fff6e5; }
.lb-notice--error { border-left-color: var(--lb-error); background: #fdecec; color: #7a1b20; }
.lb-notice--ok { border-left-color: var(--lb-ok); background: #eaf5ee; color: #174d2c; }
.lb-status:empty { display: none; }
.lb-recent { display: flex; flex-direction: column; gap: 8px; }
.lb-recent__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.lb-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.lb-note { padding: 8px 10px; border: 1px solid var(--lb-line); border-radius: 4px; background: var(--lb-bg); }
.lb-note__meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 12px; color: var(--lb-muted); }
.lb-note__text { margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.lb-note__text--clamp { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.lb-badge { display: inline-block; padding: 1px 6px; border-radius: 3px; font-size: 12px; font-weight: 600; background: var(--lb-soft); color: var(--lb-ink); border: 1px solid var(--lb-line); }
.lb-badge--godt { background: #eaf5ee; color: #174d2c; border-color: #a9d3b7; }
.lb-badge--svaert { background: #fdecec; color: #7a1b20; border-color: #eab3b6; }
.lb-badge--spoergsmaal { background: #e8f0fa; color: #0b3f77; border-color: #a9c4e6; }
.lb-badge--ide { background: #fff6e5; color: #6b3a00; border-color: #e6c48f; }
.lb-tag { font-size: 12px; color: var(--lb-brand); }
.lb-empty { margin: 0; color: var(--lb-muted); font-size: 13px; }
`;

/** Extra layout for the full-page logbook. */
export const logbookPageCss = `
body { margin: 0; background: #f4f6f8; }
.lb-page { max-width: 920px; margin: 0 auto; padding: 24px 20px 96px; display: flex; flex-direction: column; gap: 16px; }
.lb-page__head { border-bottom: 3px solid var(--lb-brand); padding-bottom: 8px; }
.lb-page__title { margin: 0 0 4px; font-size: 26px; color: var(--lb-brand); }
.lb-page__section { display: flex; flex-direction: column; gap: 8px; padding: 14px; background: var(--lb-bg); border: 1px solid var(--lb-line); border-radius: 6px; }
.lb-page__section.lb-notice { border-left-width: 4px; }
.lb-filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 10px; }
.lb-filters__wide { grid-column: 1 / -1; }
.lb-edit { display: flex; flex-direction: column; gap: 6px; }
.lb-toast-region { position: fixed; left: 50%; bottom: 20px; transform: translateX(-50%); z-index: 10; }
.lb-toast { display: flex; align-items: center; gap: 10px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2); background: #ffffff; }
@media print {
  .lb-filters, .lb-toast-region, .lb-btn { display: none; }
}
`;
