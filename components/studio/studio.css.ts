/**
 * Styles of the Studio (an extension page, not a shadow root, so rem would work; px keeps it in
 * step with the panel and the logbook). A calm municipal look: one brand colour, plenty of
 * white space. Every text/background pair meets WCAG 2.1 AA (4.5:1 or more); focus is a thick
 * yellow-and-black ring that shows on any background.
 */
export const studioCss = `
body { margin: 0; background: #f4f6f8; }
.st {
  --st-ink: #1b1f24; --st-muted: #4f5661; --st-line: #c4c9d0; --st-bg: #ffffff; --st-soft: #f4f6f8;
  --st-brand: #1f3a5f; --st-accent: #0b5cad; --st-ok: #1c6b3a; --st-warn: #8a4b00; --st-error: #a4262c; --st-focus: #ffbf47;
  color: var(--st-ink);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  max-width: 1280px; margin: 0 auto; padding: 20px 20px 80px;
}
.st *, .st *::before, .st *::after { box-sizing: border-box; }
.st :focus-visible { outline: 3px solid var(--st-focus); outline-offset: 1px; box-shadow: 0 0 0 5px var(--st-ink); }
.st button, .st input, .st textarea, .st select { font: inherit; color: inherit; }
.st h2 { margin: 0 0 6px; font-size: 22px; color: var(--st-brand); }
.st h3 { margin: 16px 0 6px; font-size: 17px; color: var(--st-brand); }
.st-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.st-head { border-bottom: 3px solid var(--st-brand); padding-bottom: 8px; margin-bottom: 12px; }
.st-title { margin: 0 0 2px; font-size: 28px; color: var(--st-brand); }
.st-sub { margin: 0; color: var(--st-muted); }
.st-banner { margin: 0 0 12px; padding: 12px 14px; border: 2px solid var(--st-warn); border-left-width: 8px; background: #fff6e5; color: #4d2a00; border-radius: 4px; }
.st-savebar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 10px; padding: 10px 12px; margin-bottom: 8px; background: var(--st-bg); border: 1px solid var(--st-line); border-radius: 6px; }
.st-savebar__state { flex: 1 1 auto; font-weight: 600; }
.st[data-dirty='true'] .st-savebar__state { color: var(--st-warn); }
.st-message { min-height: 0; }
.st-message--ok, .st-message--error, .st-message--warn { padding: 8px 12px; margin-bottom: 8px; border-radius: 4px; border-left: 6px solid; }
.st-message--ok { background: #eaf5ee; color: #174d2c; border-color: var(--st-ok); }
.st-message--warn { background: #fff6e5; color: #4d2a00; border-color: var(--st-warn); }
.st-message--error { background: #fdecec; color: #7a1b20; border-color: var(--st-error); }
.st-message ul { margin: 4px 0 0; padding-left: 20px; }
.st-tabs { display: grid; grid-template-columns: 230px 1fr; gap: 16px; align-items: start; }
@media (max-width: 800px) { .st-tabs { grid-template-columns: 1fr; } }
.st-tablist { display: flex; flex-direction: column; gap: 4px; position: sticky; top: 70px; }
.st-tab { display: flex; justify-content: space-between; align-items: center; gap: 6px; min-height: 40px; padding: 8px 12px; text-align: left; border: 1px solid transparent; border-radius: 4px; background: transparent; cursor: pointer; font-weight: 600; color: var(--st-brand); }
.st-tab:hover { background: #e3e8ee; }
.st-tab[aria-selected='true'] { background: var(--st-brand); color: #ffffff; }
.st-panel { min-width: 0; }
.st-section { display: flex; flex-direction: column; gap: 10px; padding: 16px; background: var(--st-bg); border: 1px solid var(--st-line); border-radius: 6px; margin-bottom: 16px; }
.st-lead { margin: 0; color: var(--st-muted); }
.st-lock { margin: 0; padding: 0; border: 0; min-width: 0; }
.st-lock[data-readonly='true'] .st-section { background: #fafbfc; }
.st input[readonly], .st textarea[readonly] { background: #eef0f3; color: #3d434b; }
.st-fieldset { margin: 0; padding: 10px 12px 12px; border: 1px solid var(--st-line); border-radius: 6px; min-width: 0; display: flex; flex-direction: column; gap: 8px; }
.st-fieldset > legend { padding: 0 4px; font-weight: 700; color: var(--st-brand); }
.st-fieldset--inner { border-style: dashed; }
.st-field { display: flex; flex-direction: column; gap: 3px; min-width: 0; }
.st-label { font-weight: 600; font-size: 14px; }
.st-hint { margin: 0; font-size: 13px; color: var(--st-muted); }
.st-input, .st-select, .st-textarea { width: 100%; min-height: 36px; padding: 6px 8px; border: 1px solid #767d87; border-radius: 4px; background: var(--st-bg); }
.st-input--num { max-width: 12em; }
.st-textarea { resize: vertical; line-height: 1.45; }
.st-code { font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace; font-size: 13px; white-space: pre; }
.st-field--invalid .st-input, .st-field--invalid .st-textarea, .st-field--invalid .st-select { border-color: var(--st-error); border-width: 2px; }
.st input[disabled], .st textarea[disabled], .st select[disabled] { background: #eef0f3; color: #3d434b; }
.st-errors { margin: 2px 0 0; padding-left: 18px; color: var(--st-error); font-size: 13px; }
.st-path { font-size: 12px; background: #fdecec; padding: 0 3px; border-radius: 2px; color: #7a1b20; }
.st-check { display: flex; align-items: flex-start; gap: 6px; cursor: pointer; }
.st-check input { margin: 4px 0 0; width: 16px; height: 16px; }
.st-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.st-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 10px; }
.st-grid--2 { grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
.st-split { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
@media (max-width: 1000px) { .st-split { grid-template-columns: 1fr; } }
.st-preview { padding: 10px 12px; border: 1px dashed var(--st-line); border-radius: 6px; background: var(--st-soft); overflow-wrap: anywhere; }
.st-preview__label { margin: 0 0 4px; font-size: 12px; color: var(--st-muted); text-transform: uppercase; letter-spacing: 0.04em; }
.st-md p { margin: 6px 0; }
.st-md ul, .st-md ol { margin: 6px 0; padding-left: 20px; }
.st-md a { color: var(--st-accent); }
.st-btn { min-height: 36px; padding: 6px 14px; border: 1px solid var(--st-brand); border-radius: 4px; background: var(--st-bg); color: var(--st-brand); cursor: pointer; font-weight: 600; }
.st-btn:hover:not([disabled]) { background: #e3e8ee; }
.st-btn--primary { background: var(--st-brand); color: #ffffff; }
.st-btn--primary:hover:not([disabled]) { background: #2b4d7a; }
.st-btn--danger { border-color: var(--st-error); color: var(--st-error); }
.st-btn--danger-solid { background: var(--st-error); border-color: var(--st-error); color: #ffffff; }
.st-confirm { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 4px 8px; border: 1px solid var(--st-error); border-radius: 4px; background: #fdecec; color: #7a1b20; }
.st-confirm__q { font-weight: 600; }
.st-btn--small { min-height: 30px; padding: 3px 10px; font-size: 14px; }
.st-btn[disabled] { opacity: 0.55; cursor: not-allowed; }
.st-notice { padding: 8px 12px; border-left: 5px solid var(--st-accent); background: #e8f0fa; border-radius: 4px; color: #0b3f77; }
.st-notice p { margin: 0 0 4px; }
.st-notice ul { margin: 0; padding-left: 18px; }
.st-notice--warn { border-color: var(--st-warn); background: #fff6e5; color: #4d2a00; }
.st-notice--error { border-color: var(--st-error); background: #fdecec; color: #7a1b20; }
.st-notice--ok { border-color: var(--st-ok); background: #eaf5ee; color: #174d2c; }
.st-master { display: grid; grid-template-columns: 260px 1fr; gap: 14px; align-items: start; }
@media (max-width: 1000px) { .st-master { grid-template-columns: 1fr; } }
.st-master__list { display: flex; flex-direction: column; gap: 8px; }
.st-master__detail { min-width: 0; }
.st-items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 3px; max-height: 60vh; overflow: auto; }
.st-item { width: 100%; display: flex; justify-content: space-between; align-items: center; gap: 6px; min-height: 36px; padding: 6px 10px; text-align: left; border: 1px solid var(--st-line); border-radius: 4px; background: var(--st-bg); cursor: pointer; }
.st-item[aria-current='true'] { border: 2px solid var(--st-brand); background: #e8eef6; font-weight: 600; }
.st-item__label { overflow-wrap: anywhere; }
.st-badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 700; white-space: nowrap; }
.st-badge--error { background: var(--st-error); color: #ffffff; }
.st-empty { margin: 0; color: var(--st-muted); }
.st-form { display: flex; flex-direction: column; gap: 12px; }
.st-item-actions { padding-top: 4px; border-top: 1px solid var(--st-line); }
.st-table { width: 100%; border-collapse: collapse; }
.st-table caption { text-align: left; font-weight: 700; padding-bottom: 4px; color: var(--st-brand); }
.st-table th, .st-table td { padding: 6px 8px; border-bottom: 1px solid var(--st-line); text-align: left; vertical-align: top; }
.st-table thead th { font-size: 13px; color: var(--st-muted); }
/* Table cells carry their own labels for screen readers; the column header shows them. */
.st-table .st-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.st-details { border: 1px solid var(--st-line); border-radius: 4px; padding: 6px 10px; background: var(--st-bg); }
.st-details > summary { cursor: pointer; font-weight: 600; min-height: 28px; }
.st-details[open] > summary { margin-bottom: 8px; }
.st-details--inline { border: 0; padding: 0; color: var(--st-error); }
.st-card { padding: 10px 12px; border: 1px solid var(--st-line); border-radius: 6px; display: flex; flex-direction: column; gap: 8px; background: var(--st-bg); }
.st-plain { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.st-points { margin: 0; padding-left: 20px; display: flex; flex-direction: column; gap: 8px; }
.st-access { padding: 12px 16px; background: var(--st-bg); border: 1px solid var(--st-line); border-radius: 6px; margin-bottom: 16px; }
.st-access h3 { margin-top: 0; }
.st-dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
.st-dl dt { font-weight: 600; }
.st-dl dd { margin: 0; }
.st-source { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 700; font-size: 13px; border: 1px solid var(--st-line); }
.st-source--lokal { background: #e8f0fa; color: #0b3f77; }
.st-source--fjern, .st-source--politik { background: #fff6e5; color: #4d2a00; }
.st-pre { white-space: pre-wrap; }
.st-drafts { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.st-draft { padding: 10px 12px; border: 1px solid var(--st-line); border-left: 5px solid var(--st-accent); border-radius: 6px; background: var(--st-bg); display: flex; flex-direction: column; gap: 6px; }
.st-draft[data-state='accepted'] { border-left-color: var(--st-ok); background: #f4faf6; }
.st-draft h3 { margin: 0; }
.st-draft__meta { margin: 0; font-size: 13px; color: var(--st-muted); overflow-wrap: anywhere; }
.st-draft code { overflow-wrap: anywhere; }
`;
