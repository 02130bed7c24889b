/**
 * Styles of the Tips tab, as a string for a <style> element in the panel's shadow root. px, not
 * rem: the host page's root font size must not scale us. Colours come from the panel's
 * variables (components/panel/panel.css) with the same fallbacks; every text/background pair
 * meets WCAG AA (ink #1b1f24 and muted #4f5661 on white or #f4f6f8, white on brand #1f3a5f,
 * ok #1c6b3a on #e8f3ec are all above 4.5:1).
 */
export const tipsCss = `
.tp {
  --tp-ink: var(--sv-ink, #1b1f24);
  --tp-muted: var(--sv-muted, #4f5661);
  --tp-line: var(--sv-line, #d5d9df);
  --tp-bg: var(--sv-bg, #ffffff);
  --tp-soft: var(--sv-bg-soft, #f4f6f8);
  --tp-brand: var(--sv-brand, #1f3a5f);
  --tp-accent: var(--sv-accent, #0b5cad);
  --tp-ok: var(--sv-ok, #1c6b3a);
  --tp-focus: var(--sv-focus, #ffbf47);
  display: flex;
  flex-direction: column;
  gap: 12px;
  color: var(--tp-ink);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
.tp *, .tp *::before, .tp *::after { box-sizing: border-box; }
.tp :focus-visible { outline: 3px solid var(--tp-focus); outline-offset: 1px; box-shadow: 0 0 0 5px var(--tp-ink); }
.tp button { font: inherit; }
.tp-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tp-empty, .tp-muted { margin: 0; color: var(--tp-muted); }
.tp-card { padding: 12px; border: 1px solid var(--tp-line); border-radius: 6px; background: var(--tp-bg); }
.tp-week { border-left: 4px solid var(--tp-brand); background: var(--tp-soft); }
.tp-kicker { margin: 0 0 4px; font-size: 12px; font-weight: 650; letter-spacing: 0.04em; text-transform: uppercase; color: var(--tp-muted); }
.tp-week__title, .tp-checklist__title { margin: 0 0 6px; font-size: 16px; font-weight: 650; color: var(--tp-brand); }
.tp-prev__title { margin: 0 0 4px; font-size: 14px; font-weight: 650; }
.tp-md p { margin: 0 0 8px; }
.tp-md p:last-child { margin-bottom: 0; }
.tp-md ul, .tp-md ol { margin: 0 0 8px; padding-left: 20px; }
.tp-md a { color: var(--tp-accent); text-decoration: underline; }
.tp-tags { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0 0; }
.tp-tag { padding: 1px 8px; border: 1px solid var(--tp-line); border-radius: 10px; background: var(--tp-bg); font-size: 12px; color: var(--tp-muted); }
.tp-read { margin-top: 10px; }
.tp-read__mark { display: inline-block; padding: 2px 8px; border-radius: 10px; background: #e8f3ec; color: var(--tp-ok); font-size: 13px; font-weight: 600; }
.tp-btn { min-height: 32px; padding: 4px 12px; border: 1px solid var(--tp-brand); border-radius: 4px; background: var(--tp-brand); color: #ffffff; cursor: pointer; }
.tp-btn:hover { background: #2b4d7a; }
.tp-btn--quiet { background: var(--tp-bg); color: var(--tp-brand); }
.tp-btn--quiet:hover { background: var(--tp-soft); }
.tp-btn:disabled { border-color: var(--tp-line); background: var(--tp-soft); color: var(--tp-muted); cursor: default; }
.tp-list { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 8px; }
.tp-list[hidden] { display: none; }
.tp-hint { padding-left: 10px; border-left: 3px solid var(--tp-accent); }
.tp-prev { padding-top: 8px; border-top: 1px solid var(--tp-line); }
.tp-prev:first-child { padding-top: 0; border-top: 0; }
.tp-progress { margin: 0 0 8px; font-size: 13px; color: var(--tp-muted); }
.tp-items { margin: 0 0 10px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; }
.tp-item { display: flex; align-items: flex-start; gap: 8px; }
.tp-item input { flex: none; width: 18px; height: 18px; margin: 2px 0 0; accent-color: var(--tp-brand); }
.tp-item label { cursor: pointer; }
.tp-item--done .tp-item__text { color: var(--tp-muted); }
.tp-note { margin: 8px 0 0; font-size: 12px; color: var(--tp-muted); }
.tp-toggle { display: inline-flex; align-items: center; gap: 2px; min-height: 28px; padding: 0; border: 0; background: none; color: var(--tp-brand); font-size: 12px; font-weight: 650; letter-spacing: 0.04em; text-transform: uppercase; cursor: pointer; }
.tp-toggle:hover { text-decoration: underline; }
`;
