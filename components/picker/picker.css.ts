/**
 * Styles of the picker panel, as a string for a <style> element in the panel's shadow root. px,
 * not rem (the host's root font size must not scale us); colours from the panel's variables
 * with the same fallbacks. Text pairs meet WCAG AA: ink/muted on white, white on brand, warn
 * #8a4b00 on #fff4e5 (6.3:1), the picking highlight keeps ink on #fff8e1.
 */
export const pickerCss = `
.pk {
  --pk-ink: var(--sv-ink, #1b1f24);
  --pk-muted: var(--sv-muted, #4f5661);
  --pk-line: var(--sv-line, #d5d9df);
  --pk-bg: var(--sv-bg, #ffffff);
  --pk-soft: var(--sv-bg-soft, #f4f6f8);
  --pk-brand: var(--sv-brand, #1f3a5f);
  --pk-warn: var(--sv-warn, #8a4b00);
  --pk-focus: var(--sv-focus, #ffbf47);
  display: flex;
  flex-direction: column;
  gap: 10px;
  color: var(--pk-ink);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
.pk *, .pk *::before, .pk *::after { box-sizing: border-box; }
.pk :focus-visible { outline: 3px solid var(--pk-focus); outline-offset: 1px; box-shadow: 0 0 0 5px var(--pk-ink); }
.pk button, .pk textarea { font: inherit; }
.pk-title { margin: 0; font-size: 16px; font-weight: 650; color: var(--pk-brand); }
.pk-intro, .pk-muted { margin: 0; font-size: 13px; color: var(--pk-muted); }
.pk-fields { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 8px; }
.pk-field { padding: 10px; border: 1px solid var(--pk-line); border-radius: 6px; background: var(--pk-bg); }
.pk-field--picking { border: 2px solid var(--pk-focus); background: #fff8e1; }
.pk-field__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.pk-field__name { margin: 0; font-size: 14px; font-weight: 650; }
.pk-picking { margin: 6px 0 0; font-size: 13px; }
.pk-proposal { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
.pk-label { font-size: 13px; font-weight: 600; }
.pk-help { font-weight: 400; color: var(--pk-muted); }
.pk-lines { width: 100%; padding: 6px 8px; border: 1px solid #767d87; border-radius: 4px; background: var(--pk-bg); color: var(--pk-ink); font: 12px/1.4 ui-monospace, 'Cascadia Mono', Consolas, monospace; resize: vertical; }
.pk-preview { margin: 4px 0 0; padding: 6px 8px; border-radius: 4px; background: var(--pk-soft); font-size: 13px; overflow-wrap: anywhere; }
.pk-preview__label { font-weight: 600; }
.pk-preview__empty { color: var(--pk-muted); font-style: italic; }
.pk-warnings { margin: 4px 0 0; padding: 6px 8px 6px 24px; border-left: 3px solid var(--pk-warn); background: #fff4e5; color: var(--pk-warn); font-size: 13px; }
.pk-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.pk-count { margin-left: auto; font-size: 13px; color: var(--pk-muted); }
.pk-btn { min-height: 32px; padding: 4px 12px; border: 1px solid var(--pk-brand); border-radius: 4px; background: var(--pk-brand); color: #ffffff; cursor: pointer; }
.pk-btn:hover { background: #2b4d7a; }
.pk-btn--quiet { background: var(--pk-bg); color: var(--pk-brand); }
.pk-btn--quiet:hover { background: var(--pk-soft); }
.pk-btn:disabled { border-color: var(--pk-line); background: var(--pk-soft); color: var(--pk-muted); cursor: default; }
`;
