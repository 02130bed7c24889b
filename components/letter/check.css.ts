/**
 * Styles of the Afgørelsestjek tab, as a string for the panel's shadow root. px, not rem: the
 * host page's root font size must not scale us. Colours come from the panel's variables
 * (components/panel/panel.css) with fallbacks. Severity and checklist state always carry a
 * mark and a word as well as a colour, and every text/background pair meets WCAG AA.
 */
export const checkCss = `
.lc {
  --lc-ink: var(--sv-ink, #1b1f24);
  --lc-muted: var(--sv-muted, #4f5661);
  --lc-line: var(--sv-line, #d5d9df);
  --lc-bg: var(--sv-bg, #ffffff);
  --lc-soft: var(--sv-bg-soft, #f4f6f8);
  --lc-brand: var(--sv-brand, #1f3a5f);
  --lc-accent: var(--sv-accent, #0b5cad);
  --lc-ok: var(--sv-ok, #1c6b3a);
  --lc-warn: var(--sv-warn, #8a4b00);
  --lc-error: var(--sv-error, #a4262c);
  --lc-focus: var(--sv-focus, #ffbf47);
  display: flex;
  flex-direction: column;
  gap: 12px;
  color: var(--lc-ink);
  font-size: 14px;
  line-height: 1.45;
}
.lc *, .lc *::before, .lc *::after { box-sizing: border-box; }
.lc p { margin: 0; }
.lc :focus-visible { outline: 3px solid var(--lc-focus); outline-offset: 1px; box-shadow: 0 0 0 5px var(--lc-ink); }
.lc button { font: inherit; }
.lc-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.lc-muted { color: var(--lc-muted); font-size: 13px; }
.lc-progress { min-height: 0; font-size: 12px; color: var(--lc-muted); }
.lc-progress:empty { display: none; }
.lc-state { padding: 12px; border: 1px dashed var(--lc-line); border-radius: 6px; background: var(--lc-soft); color: var(--lc-ink); }
.lc-error { padding: 8px 10px; border: 1px solid var(--lc-error); border-left-width: 6px; border-radius: 6px; background: #fdecec; color: #7a1b20; }
.lc-summary { display: flex; flex-direction: column; gap: 2px; padding: 10px 12px; border: 1px solid var(--lc-line); border-radius: 6px; background: var(--lc-soft); }
.lc-summary__type { font-weight: 650; color: var(--lc-brand); }
.lc-section { display: flex; flex-direction: column; gap: 6px; }
.lc-h { margin: 0; font-size: 15px; font-weight: 650; color: var(--lc-brand); }
.lc-btn { align-self: flex-start; padding: 3px 10px; border: 1px solid var(--lc-accent); border-radius: 4px; background: #ffffff; color: #0b5cad; cursor: pointer; font-size: 13px; }
.lc-btn:hover { background: #e8f1fb; }

.lc-findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.lc-finding { display: flex; flex-direction: column; gap: 4px; padding: 8px 10px; border: 1px solid var(--lc-line); border-left-width: 6px; border-radius: 6px; background: var(--lc-bg); }
.lc-finding--error { border-left-color: var(--lc-error); }
.lc-finding--warning { border-left-color: var(--lc-warn); }
.lc-finding--info { border-left-color: var(--lc-accent); }
.lc-sev { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.lc-sev__mark { display: inline-flex; align-items: center; justify-content: center; width: 18px; height: 18px; border-radius: 9px; color: #ffffff; font-size: 11px; text-transform: none; }
.lc-finding--error .lc-sev { color: #a4262c; }
.lc-finding--error .lc-sev__mark { background: #a4262c; }
.lc-finding--warning .lc-sev { color: #8a4b00; }
.lc-finding--warning .lc-sev__mark { background: #8a4b00; }
.lc-finding--info .lc-sev { color: #0b5cad; }
.lc-finding--info .lc-sev__mark { background: #0b5cad; }
.lc-finding__msg { color: var(--lc-ink); }
.lc-why summary { cursor: pointer; color: #0b5cad; font-size: 13px; width: max-content; }
.lc-why__text, .lc-why__suggestion { margin-top: 4px !important; padding: 6px 8px; background: var(--lc-soft); border-radius: 4px; font-size: 13px; color: var(--lc-ink); }
.lc-why__suggestion { white-space: pre-wrap; }

.lc-group { display: flex; flex-direction: column; gap: 2px; }
.lc-group__title { margin: 4px 0 0; font-size: 13px; font-weight: 650; color: var(--lc-ink); }
.lc-els { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
.lc-el { display: grid; grid-template-columns: 20px 1fr auto; gap: 2px 6px; align-items: baseline; padding: 2px 4px; border-radius: 4px; font-size: 13px; }
.lc-el__mark { font-weight: 700; text-align: center; }
.lc-el__state { font-size: 12px; font-weight: 600; }
.lc-el__problem { grid-column: 2 / 4; font-size: 12px; color: #6b3a00; }
.lc-el--ok .lc-el__mark, .lc-el--ok .lc-el__state { color: #1c6b3a; }
.lc-el--missing { background: #fdecec; }
.lc-el--missing .lc-el__mark, .lc-el--missing .lc-el__state { color: #7a1b20; }
.lc-el--unwanted { background: #fdecec; }
.lc-el--unwanted .lc-el__mark, .lc-el--unwanted .lc-el__state { color: #7a1b20; }
.lc-el--problem { background: #fff6e5; }
.lc-el--problem .lc-el__mark, .lc-el--problem .lc-el__state { color: #6b3a00; }
.lc-el--optional { color: #4f5661; }
.lc-el--optional .lc-el__mark, .lc-el--optional .lc-el__state { color: #4f5661; font-weight: 400; }

.lc-lix__value { font-size: 14px; }
.lc-lix__bar { position: relative; display: flex; height: 20px; border: 1px solid var(--lc-line); border-radius: 4px; overflow: visible; background: var(--lc-soft); }
.lc-lix__band { display: flex; align-items: center; justify-content: center; overflow: hidden; white-space: nowrap; font-size: 11px; color: #4f5661; border-right: 1px solid var(--lc-line); }
.lc-lix__band:last-of-type { border-right: none; }
.lc-lix__band--current { background: #e8f1fb; color: #16293f; font-weight: 650; }
.lc-lix__marker { position: absolute; top: -4px; bottom: -4px; width: 4px; margin-left: -2px; border-radius: 2px; background: var(--lc-brand); }

.lc-texts { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.lc-text { display: flex; flex-direction: column; gap: 4px; padding: 8px 10px; border: 1px solid var(--lc-line); border-radius: 6px; }
.lc-text__title { cursor: pointer; font-weight: 600; }
.lc-text__body { margin-top: 4px !important; white-space: pre-wrap; font-size: 13px; color: var(--lc-ink); }
.lc-text__copied { font-size: 12px; color: #1c6b3a; }
.lc-text__copied:empty { display: none; }
`;

/** The text/background colour pairs used above, for the contrast test. */
export const CHECK_COLOUR_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['fejl-mærke', '#a4262c', '#ffffff'],
  ['advarsel-mærke', '#8a4b00', '#ffffff'],
  ['råd-mærke', '#0b5cad', '#ffffff'],
  ['mangler', '#7a1b20', '#fdecec'],
  ['med men', '#6b3a00', '#fff6e5'],
  ['med', '#1c6b3a', '#ffffff'],
  ['ikke krævet', '#4f5661', '#ffffff'],
  ['fejlboks', '#7a1b20', '#fdecec'],
  ['lix-bånd', '#4f5661', '#f4f6f8'],
  ['lix-aktuelt', '#16293f', '#e8f1fb'],
  ['knap', '#0b5cad', '#e8f1fb'],
  ['hvorfor', '#1b1f24', '#f4f6f8'],
];
