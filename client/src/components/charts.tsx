// Two plain SVG charts for the statistics: bars for a breakdown, lines for the ten-year series.
// No chart library: a few shapes do, they keep the bundle small and they work under the strict CSP
// (presentation attributes and classes, no inline style). A chart is a picture of the table beside
// it: role="img" with a label that says so, and the table is what a screen reader reads.
import '../statistics-audit.css';
import { formatNumber } from '../i18n';

export type TBar = { key: string; label: string; value: number };

const BAR_W = 640;
const LABEL_W = 210;
const VALUE_W = 56;
const ROW_H = 26;

/** Longer labels are cut in the picture only; the table beside it has them whole. */
function clip(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function BarChart(props: { bars: TBar[]; label: string; testId: string }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const span = BAR_W - LABEL_W - VALUE_W;
  const height = props.bars.length * ROW_H + 4;
  return (
    <svg class="chart chart-bars" viewBox={`0 0 ${BAR_W} ${height}`} role="img" aria-label={props.label} data-testid={props.testId} preserveAspectRatio="xMinYMin meet">
      {props.bars.map((b, i) => {
        const y = i * ROW_H + 2;
        const w = b.value === 0 ? 0 : Math.max(2, (b.value / max) * span);
        return (
          <g key={b.key} class="chart-bar" data-key={b.key} data-value={b.value}>
            <text x={LABEL_W - 8} y={y + ROW_H / 2} class="chart-label" text-anchor="end" dominant-baseline="middle">
              {clip(b.label)}
            </text>
            <rect x={LABEL_W} y={y + 3} width={w} height={ROW_H - 6} class="chart-bar-rect" />
            <text x={LABEL_W + w + 6} y={y + ROW_H / 2} class="chart-value" dominant-baseline="middle">
              {formatNumber(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type TSeries = { key: string; label: string; values: number[] };

const LINE_W = 640;
const LINE_H = 280;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };

/** A "nice" top of the axis: 1, 2 or 5 times a power of ten, at or above the largest value. */
function axisTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= max) ?? max;
}

export function LineChart(props: { years: number[]; series: TSeries[]; label: string; testId: string }) {
  const top = axisTop(Math.max(0, ...props.series.flatMap((s) => s.values)));
  const innerW = LINE_W - PAD.left - PAD.right;
  const innerH = LINE_H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (props.years.length <= 1 ? innerW / 2 : (i / (props.years.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * top));
  return (
    <figure class="chart-figure">
      <svg class="chart chart-lines" viewBox={`0 0 ${LINE_W} ${LINE_H}`} role="img" aria-label={props.label} data-testid={props.testId}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={LINE_W - PAD.right} y1={y(v)} y2={y(v)} class="chart-grid" />
            <text x={PAD.left - 6} y={y(v)} class="chart-axis" text-anchor="end" dominant-baseline="middle">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {props.years.map((year, i) => (
          <text key={year} x={x(i)} y={LINE_H - 12} class="chart-axis" text-anchor="middle">
            {year}
          </text>
        ))}
        {props.series.map((s, n) => (
          <g key={s.key} class={`chart-series chart-series-${n}`} data-series={s.key}>
            <polyline points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} class="chart-line" />
            {s.values.map((v, i) => (
              <circle key={props.years[i]} cx={x(i)} cy={y(v)} r={3.5} class="chart-point" data-year={props.years[i]} data-value={v} />
            ))}
          </g>
        ))}
      </svg>
      <ul class="chart-legend nobullet-list no-max-width" aria-hidden="true">
        {props.series.map((s, n) => (
          <li key={s.key}>
            <span class={`chart-swatch chart-series-${n}`} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
