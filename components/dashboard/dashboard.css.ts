/**
 * Styles of the follow-up dashboard page. It uses the logbook page's variables and look
 * (logbook.css.ts is loaded first), so Sidevogn's pages read as one calm municipal tool.
 * Chart colours pair with text labels, a legend, hatching for "uden for rammen" and a table
 * alternative; every text/background pair meets WCAG AA.
 */
export const dashboardCss = `
.db { display: flex; flex-direction: column; gap: 16px; }
.db-muted { color: var(--lb-muted); }
.db-lead { margin: 0; color: var(--lb-muted); }
.db-privacy { margin: 0; }
.db-stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 10px; margin: 0; }
.db-stat { padding: 10px 12px; border: 1px solid var(--lb-line); border-radius: 6px; background: var(--lb-soft); }
.db-stat dt { font-size: 12.5px; color: var(--lb-muted); font-weight: 600; }
.db-stat dd { margin: 2px 0 0; font-size: 22px; font-weight: 700; color: var(--lb-brand); }
.db-section-title { margin: 0; font-size: 18px; color: var(--lb-brand); }
.db-chart { margin: 0; display: flex; flex-direction: column; gap: 6px; }
.db-chart__title { font-weight: 650; }
.db-chart__scroll { overflow-x: auto; }
.db-svg { display: block; max-width: none; font: 12px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.db-grid { stroke: #d5d9df; stroke-width: 1; }
.db-baseline { stroke: #4f5661; stroke-width: 1; }
.db-axis { fill: #4f5661; font-size: 11px; }
.db-label { fill: #1b1f24; font-size: 12px; }
.db-value { fill: #1b1f24; font-size: 11px; font-weight: 600; }
.db-fill-inside { fill: #1c6b3a; background: #1c6b3a; }
.db-fill-outside { fill: #a4262c; background: #a4262c; }
.db-fill-unknown { fill: #8a9099; background: #8a9099; }
.db-fill-cost { fill: #1f3a5f; }
.db-fill-all { fill: #0b5cad; }
.db-fill-before { fill: #8a9099; }
.db-fill-after { fill: #0b5cad; }
.db-legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }
.db-legend li { display: inline-flex; align-items: center; gap: 6px; }
.db-legend rect { stroke: #1b1f24; stroke-width: 0.5; }
.db-details summary { cursor: pointer; color: var(--lb-accent); font-size: 13px; }
.db-table-wrap { overflow-x: auto; }
.db-table { border-collapse: collapse; width: 100%; font-size: 13px; margin-top: 6px; }
.db-table caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.db-table th, .db-table td { border-bottom: 1px solid var(--lb-line); padding: 5px 8px; text-align: left; vertical-align: top; }
.db-table thead th { background: var(--lb-soft); font-size: 12.5px; }
.db-num { white-space: nowrap; }
.db-report { display: flex; flex-direction: column; gap: 6px; }
.db-report ul { margin: 4px 0 0; padding-left: 18px; }
.db-switch { display: flex; align-items: flex-start; gap: 8px; font-weight: 600; cursor: pointer; }
.db-switch input { width: 18px; height: 18px; margin: 2px 0 0; }
.db-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.db-file { font-size: 13px; }
@media print {
  .db-actions, .db-filters, .db-details summary { display: none; }
  .db-details { display: block; }
}
`;
