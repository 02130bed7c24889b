/**
 * Styles of the Serviceniveau tab, as a string for the panel's shadow root. px, not rem: the
 * host page's root font size must not scale us. Colours come from the panel's variables with
 * fallbacks; each verdict has a mark and a headline as well as a colour, and every
 * text/background pair meets WCAG AA (4.5:1 or more).
 */
export const serviceLevelCss = `
.sl {
  --sl-ink: var(--sv-ink, #1b1f24);
  --sl-muted: var(--sv-muted, #4f5661);
  --sl-line: var(--sv-line, #d5d9df);
  --sl-bg: var(--sv-bg, #ffffff);
  --sl-soft: var(--sv-bg-soft, #f4f6f8);
  --sl-brand: var(--sv-brand, #1f3a5f);
  --sl-accent: var(--sv-accent, #0b5cad);
  --sl-ok: var(--sv-ok, #1c6b3a);
  --sl-warn: var(--sv-warn, #8a4b00);
  --sl-error: var(--sv-error, #a4262c);
  --sl-focus: var(--sv-focus, #ffbf47);
  display: flex;
  flex-direction: column;
  gap: 10px;
  color: var(--sl-ink);
  font-size: 14px;
  line-height: 1.45;
}
.sl *, .sl *::before, .sl *::after { box-sizing: border-box; }
.sl p { margin: 0; }
.sl :focus-visible { outline: 3px solid var(--sl-focus); outline-offset: 1px; box-shadow: 0 0 0 5px var(--sl-ink); }
.sl button, .sl input { font: inherit; color: inherit; }
.sl-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sl-muted { color: var(--sl-muted); }
.sl-found { font-size: 13px; }
.sl-scope { font-size: 13px; }
.sl-verdict { padding: 10px 12px; border: 1px solid; border-left-width: 6px; border-radius: 6px; }
.sl-verdict--inside { background: #eaf5ee; border-color: var(--sl-ok); color: #174d2c; }
.sl-verdict--outside { background: #fdecec; border-color: var(--sl-error); color: #7a1b20; }
.sl-verdict--unknown { background: #fff6e5; border-color: var(--sl-warn); color: #6b3a00; }
.sl-verdict__headline { display: flex; align-items: center; gap: 8px; font-size: 16px; font-weight: 700; }
.sl-verdict__mark { display: inline-flex; align-items: center; justify-content: center; width: 22px; height: 22px; border-radius: 11px; color: #ffffff; font-size: 14px; font-weight: 700; flex: none; }
.sl-verdict--inside .sl-verdict__mark { background: var(--sl-ok); }
.sl-verdict--outside .sl-verdict__mark { background: var(--sl-error); }
.sl-verdict--unknown .sl-verdict__mark { background: var(--sl-warn); }
.sl-verdict__text { margin-top: 4px !important; color: var(--sl-ink); }
.sl-verdict__who { margin-top: 6px !important; color: var(--sl-ink); font-size: 13px; }
.sl-verdict__who--strong { font-weight: 700; }
.sl-deadline { padding: 6px 10px; border-radius: 4px; background: var(--sl-soft); border: 1px solid var(--sl-line); font-size: 13px; }
.sl-deadline__label { font-weight: 600; }
.sl-deadline--soon { background: #fff6e5; border-color: var(--sl-warn); }
.sl-deadline--overdue { background: #fdecec; border-color: var(--sl-error); color: #7a1b20; font-weight: 600; }
.sl-warnings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.sl-notice { padding: 6px 10px; border-left: 4px solid var(--sl-accent); background: var(--sl-soft); font-size: 13px; }
.sl-notice--warn { border-left-color: var(--sl-warn); background: #fff6e5; color: #4d2900; }
.sl-reminder { padding: 8px 10px; border: 1px solid var(--sl-brand); border-radius: 6px; background: #eef3f9; color: #16293f; font-size: 13px; }
.sl-card { border: 1px solid var(--sl-line); border-radius: 6px; padding: 10px 12px; background: var(--sl-bg); }
.sl-card__title { margin: 0; font-size: 15px; font-weight: 650; color: var(--sl-brand); }
.sl-card__sub { font-size: 12px; color: var(--sl-muted); margin-bottom: 6px !important; }
.sl-card__list { margin: 0; display: grid; gap: 6px; }
.sl-card__row { display: grid; grid-template-columns: 112px 1fr; gap: 8px; }
.sl-card__row dt { color: var(--sl-muted); font-size: 12.5px; font-weight: 600; }
.sl-card__row dd { margin: 0; font-size: 13px; overflow-wrap: anywhere; }
.sl-card__link { margin-top: 8px !important; }
.sl-card__link a, .sl a { color: var(--sl-accent); }
.sl-list { margin: 0; padding-left: 18px; }
.sl-note { color: var(--sl-muted); }
.sl-details { margin-top: 8px; font-size: 12.5px; }
.sl-details summary { cursor: pointer; color: var(--sl-accent); }
.sl-label { display: block; margin-bottom: 4px; font-weight: 600; font-size: 13px; }
.sl-hint { font-size: 12px; color: var(--sl-muted); margin-top: 4px !important; }
.sl-input { width: 100%; min-height: 32px; padding: 4px 8px; border: 1px solid #767d87; border-radius: 4px; background: var(--sl-bg); }
.sl-search { display: flex; flex-direction: column; }
.sl-results { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.sl-result { display: flex; flex-direction: column; align-items: flex-start; width: 100%; padding: 6px 10px; border: 1px solid var(--sl-line); border-radius: 4px; background: var(--sl-bg); text-align: left; cursor: pointer; }
.sl-result:hover { border-color: var(--sl-accent); background: var(--sl-soft); }
.sl-result[aria-current='true'] { border-color: var(--sl-brand); border-width: 2px; }
.sl-result__name { font-weight: 600; }
.sl-result__meta { font-size: 12px; color: var(--sl-muted); }
.sl-btn { min-height: 32px; padding: 5px 14px; border: 1px solid var(--sl-brand); border-radius: 4px; background: var(--sl-bg); color: var(--sl-brand); cursor: pointer; font-weight: 600; }
.sl-btn:hover { background: var(--sl-soft); }
.sl-link { border: 0; padding: 0; background: none; color: var(--sl-accent); text-decoration: underline; cursor: pointer; }
.sl-foot { font-size: 12px; }
`;
