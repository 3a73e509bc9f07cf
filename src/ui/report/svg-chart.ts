/**
 * Charts as inline SVG, written by hand: the report is one file that opens anywhere, offline and
 * printed, so it carries no script and no charting library. One chart has categories along x
 * (days, exams), optional bars on the left axis and lines on a scale of their own (left when
 * there are no bars, right beside bars).
 *
 * Every bar and every point carries its series, its category and its value as data-* attributes
 * and a <title> (the tooltip), so the figures can be read back from the page, by a person
 * hovering or by a test.
 */
import { escapeHtml, num } from './html.ts';

export interface BarSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly number[];
  readonly format: (value: number) => string;
}

export interface LineSeries {
  readonly name: string;
  readonly color: string;
  /** null: no point for that category (a day without answers has no accuracy). */
  readonly values: readonly (number | null)[];
}

export interface LineScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
  /** A horizontal reference line (the exam's pass mark). */
  readonly reference?: { readonly value: number; readonly label: string };
}

export interface ChartSpec {
  /** Names the chart in data-chart (report.ts's tests find charts by it). */
  readonly id: string;
  readonly title: string;
  /** One per category, full (shown in tooltips). */
  readonly labels: readonly string[];
  /** The short label under the axis (a subset is shown when there are many). */
  readonly shortLabel: (label: string) => string;
  readonly bars?: BarSeries;
  readonly lines?: { readonly series: readonly LineSeries[]; readonly scale: LineScale };
}

const WIDTH = 760;
const HEIGHT = 250;
const MARGIN = { top: 14, right: 48, bottom: 34, left: 48 };
const MAX_AXIS_LABELS = 10;

export function svgChart(spec: ChartSpec): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const n = Math.max(1, spec.labels.length);
  const step = plotWidth / n;
  const xCenter = (i: number) => MARGIN.left + step * (i + 0.5);
  const parts: string[] = [];
  parts.push(`<rect class="plot" x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}"/>`);

  const lineOnRight = spec.bars !== undefined;
  if (spec.bars) {
    const bars = spec.bars;
    const max = niceCeiling(Math.max(0, ...bars.values));
    const y = (v: number) => MARGIN.top + plotHeight - (v / max) * plotHeight;
    for (const tick of [0, max / 2, max]) {
      parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${num(y(tick))}" y2="${num(y(tick))}"/>`);
      parts.push(`<text class="tick" x="${MARGIN.left - 6}" y="${num(y(tick) + 4)}" text-anchor="end">${escapeHtml(bars.format(tick))}</text>`);
    }
    const barWidth = Math.max(1, step * 0.7);
    bars.values.forEach((value, i) => {
      const label = spec.labels[i] ?? '';
      const top = y(value);
      parts.push(
        `<rect class="bar" data-series="${escapeHtml(bars.name)}" data-label="${escapeHtml(label)}" data-value="${num(value)}" x="${num(xCenter(i) - barWidth / 2)}" y="${num(top)}" width="${num(barWidth)}" height="${num(MARGIN.top + plotHeight - top)}" fill="${bars.color}"><title>${escapeHtml(`${label}: ${bars.format(value)} ${bars.name}`)}</title></rect>`,
      );
    });
  }

  if (spec.lines) {
    const { series, scale } = spec.lines;
    const y = (v: number) => MARGIN.top + plotHeight - ((v - scale.min) / (scale.max - scale.min)) * plotHeight;
    const tickX = lineOnRight ? MARGIN.left + plotWidth + 6 : MARGIN.left - 6;
    for (const tick of scale.ticks) {
      if (!lineOnRight) parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${num(y(tick))}" y2="${num(y(tick))}"/>`);
      parts.push(
        `<text class="tick" x="${tickX}" y="${num(y(tick) + 4)}" text-anchor="${lineOnRight ? 'start' : 'end'}">${escapeHtml(scale.format(tick))}</text>`,
      );
    }
    if (scale.reference) {
      const ry = num(y(scale.reference.value));
      parts.push(`<line class="reference" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${ry}" y2="${ry}"/>`);
      parts.push(
        `<text class="reference-label" x="${MARGIN.left + plotWidth - 4}" y="${num(y(scale.reference.value) - 5)}" text-anchor="end">${escapeHtml(scale.reference.label)}</text>`,
      );
    }
    for (const line of series) {
      const points = line.values.flatMap((value, i) => (value === null ? [] : [{ i, value }]));
      // Joined where consecutive categories both have a value; a gap stays a gap.
      const runs: string[][] = [];
      let previous = -2;
      for (const { i, value } of points) {
        if (i !== previous + 1) runs.push([]);
        runs[runs.length - 1]?.push(`${num(xCenter(i))},${num(y(value))}`);
        previous = i;
      }
      for (const run of runs) if (run.length > 1) parts.push(`<polyline class="line" points="${run.join(' ')}" stroke="${line.color}"/>`);
      const radius = points.length > 60 ? 1.6 : 3;
      for (const { i, value } of points) {
        const label = spec.labels[i] ?? '';
        parts.push(
          `<circle class="point" data-series="${escapeHtml(line.name)}" data-label="${escapeHtml(label)}" data-value="${num(value)}" cx="${num(xCenter(i))}" cy="${num(y(value))}" r="${radius}" fill="${line.color}"><title>${escapeHtml(`${label}: ${line.name} ${scale.format(value)}`)}</title></circle>`,
        );
      }
    }
  }

  const every = Math.max(1, Math.ceil(spec.labels.length / MAX_AXIS_LABELS));
  spec.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== spec.labels.length - 1) return;
    if (i !== spec.labels.length - 1 && spec.labels.length - 1 - i < every) return;
    parts.push(
      `<text class="axis-label" x="${num(xCenter(i))}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${escapeHtml(spec.shortLabel(label))}</text>`,
    );
  });

  const legend = [...(spec.bars ? [{ name: spec.bars.name, color: spec.bars.color }] : []), ...(spec.lines?.series ?? [])]
    .map((s) => `<span class="key"><span class="swatch" style="background:${s.color}"></span>${escapeHtml(s.name)}</span>`)
    .join('');
  return `<figure class="chart" data-chart="${escapeHtml(spec.id)}"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(spec.title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(spec.title)}</title>${parts.join('')}</svg><figcaption class="legend">${legend}</figcaption></figure>`;
}

/** 1, 2, 5 × a power of ten at or above `value` (at least 1), so the axis reads in round numbers. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}
