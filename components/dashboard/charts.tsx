import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/*
 * Small charts drawn as inline SVG with Preact elements (no chart library, no HTML strings).
 * Each chart is an <svg role="img"> with a full sentence as its accessible name, plus the
 * same numbers as a table under <details>, so nothing is told by colour or shape alone.
 */

/** One series of a chart (a stack segment or a bar in a group). */
export interface ChartSeries {
  key: string;
  label: string;
  /** CSS class that sets fill and the legend swatch (see dashboard.css.ts). */
  className: string;
  /** Hatched fill, for the series that must stand out without colour (e.g. "uden for rammen"). */
  hatched?: boolean;
}

function Legend({ series, patternId }: { series: readonly ChartSeries[]; patternId: string }) {
  return (
    <ul class="db-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <svg width="14" height="14" viewBox="0 0 14 14" focusable="false">
            <rect class={s.className} x="0.5" y="0.5" width="13" height="13" />
            {s.hatched && <rect x="0.5" y="0.5" width="13" height="13" fill={`url(#${patternId})`} />}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="2" height="6" fill="#ffffff" fill-opacity="0.55" />
      </pattern>
    </defs>
  );
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * pow >= value) return step * pow;
  return 10 * pow;
}

/** The table alternative under every chart. */
function TableAlternative({ caption, head, rows }: { caption: string; head: readonly string[]; rows: readonly (readonly ComponentChildren[])[] }) {
  return (
    <details class="db-details">
      <summary>Vis tallene som tabel</summary>
      <table class="db-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export interface StackedBarsProps {
  title: string;
  /** A sentence summing up the chart for screen readers (the accessible name of the SVG). */
  summary: string;
  series: readonly ChartSeries[];
  /** One bar per category (month), its segments in `series` order. */
  bars: readonly { key: string; label: string; longLabel: string; values: Record<string, number> }[];
  /** How a value is written in labels and the table. */
  format?: (value: number) => string;
  /** Extra table columns after the series values (e.g. the share outside). */
  extraColumns?: readonly { head: string; cell: (bar: StackedBarsProps['bars'][number]) => string }[];
}

const H = 200;
const PAD = { top: 18, right: 8, bottom: 34, left: 52 };

/** Vertical stacked bars per category (month), with a y axis, gridlines and totals on top. */
export function StackedBars({ title, summary, series, bars, format = String, extraColumns = [] }: StackedBarsProps) {
  const id = useId();
  const slot = Math.max(28, Math.min(72, 640 / Math.max(bars.length, 1)));
  const width = PAD.left + PAD.right + slot * bars.length;
  const totals = bars.map((b) => series.reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  const barW = slot * 0.62;
  const everyNth = Math.ceil(bars.length / 12);
  return (
    <figure class="db-chart">
      <figcaption class="db-chart__title" id={`${id}-t`}>
        {title}
      </figcaption>
      <Legend series={series} patternId={`${id}-h`} />
      <div class="db-chart__scroll">
        <svg class="db-svg" viewBox={`0 0 ${width} ${H}`} width={width} height={H} role="img" aria-label={summary} focusable="false">
          <Hatch id={`${id}-h`} />
          {ticks.map((t) => (
            <g key={t}>
              <line class="db-grid" x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} />
              <text class="db-axis" x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
                {format(Math.round(t * 100) / 100)}
              </text>
            </g>
          ))}
          {bars.map((bar, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2;
            let acc = 0;
            return (
              <g key={bar.key}>
                {series.map((s) => {
                  const v = bar.values[s.key] ?? 0;
                  if (v <= 0) return null;
                  const top = y(acc + v);
                  const h = y(acc) - top;
                  acc += v;
                  return (
                    <g key={s.key}>
                      <rect class={s.className} x={x} y={top} width={barW} height={h} />
                      {s.hatched && <rect x={x} y={top} width={barW} height={h} fill={`url(#${id}-h)`} />}
                    </g>
                  );
                })}
                {totals[i]! > 0 && (
                  <text class="db-value" x={x + barW / 2} y={y(totals[i]!) - 4} text-anchor="middle">
                    {format(totals[i]!)}
                  </text>
                )}
                {i % everyNth === 0 && (
                  <text class="db-axis" x={x + barW / 2} y={H - PAD.bottom + 16} text-anchor="middle">
                    {bar.label}
                  </text>
                )}
              </g>
            );
          })}
          <line class="db-baseline" x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <TableAlternative
        caption={title}
        head={['Måned', ...series.map((s) => s.label), 'I alt', ...extraColumns.map((c) => c.head)]}
        rows={bars.map((bar, i) => [
          bar.longLabel,
          ...series.map((s) => format(bar.values[s.key] ?? 0)),
          format(totals[i]!),
          ...extraColumns.map((c) => c.cell(bar)),
        ])}
      />
    </figure>
  );
}

export interface ShareBarsProps {
  title: string;
  summary: string;
  series: readonly ChartSeries[];
  /** One row per item; each value a share 0–1 with the number it is a share of. */
  rows: readonly { key: string; label: string; note?: string; values: readonly { series: string; share: number; n: number }[] }[];
  /** Column head of the first table column. */
  rowHead: string;
}

/** Horizontal bars of shares (0–100 %), one bar per series in each row. */
export function ShareBars({ title, summary, series, rows, rowHead }: ShareBarsProps) {
  const id = useId();
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const labelW = 230;
  const plotW = 300;
  const barH = 12;
  const rowH = series.length * (barH + 3) + 12;
  const width = labelW + plotW + 56;
  const height = rows.length * rowH + 24;
  return (
    <figure class="db-chart">
      <figcaption class="db-chart__title" id={`${id}-t`}>
        {title}
      </figcaption>
      <Legend series={series} patternId={`${id}-h`} />
      <div class="db-chart__scroll">
        <svg class="db-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary} focusable="false">
          <Hatch id={`${id}-h`} />
          {[0, 0.5, 1].map((t) => (
            <g key={t}>
              <line class="db-grid" x1={labelW + t * plotW} x2={labelW + t * plotW} y1={4} y2={height - 18} />
              <text class="db-axis" x={labelW + t * plotW} y={height - 4} text-anchor="middle">
                {pct(t)}
              </text>
            </g>
          ))}
          {rows.map((row, r) => {
            const top = 6 + r * rowH;
            return (
              <g key={row.key}>
                <text class="db-label" x={labelW - 8} y={top + rowH / 2} text-anchor="end">
                  {row.label}
                </text>
                {series.map((s, i) => {
                  const v = row.values.find((x) => x.series === s.key);
                  if (!v) return null;
                  const yy = top + i * (barH + 3);
                  const w = Math.max(v.share * plotW, v.share > 0 ? 2 : 0);
                  return (
                    <g key={s.key}>
                      <rect class={s.className} x={labelW} y={yy} width={w} height={barH} />
                      {s.hatched && <rect x={labelW} y={yy} width={w} height={barH} fill={`url(#${id}-h)`} />}
                      <text class="db-value" x={labelW + w + 4} y={yy + barH - 2}>
                        {pct(v.share)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <TableAlternative
        caption={title}
        head={[rowHead, ...series.map((s) => s.label)]}
        rows={rows.map((row) => [
          row.note ? `${row.label} (${row.note})` : row.label,
          ...series.map((s) => {
            const v = row.values.find((x) => x.series === s.key);
            return v ? `${pct(v.share)} af ${v.n}` : '–';
          }),
        ])}
      />
    </figure>
  );
}
