/**
 * The report's style sheet, inlined into the page. System fonts only (nothing to fetch); on paper
 * the sections keep whole where they fit, and charts and tables never run past the margins.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6472; --rule: #d9dde3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 860px; padding: 24px 20px 48px; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; }
h1 { font-size: 24px; margin: 0; }
h2 { font-size: 17px; margin: 0 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
.subtitle, .meta, .note, .none { color: var(--muted); margin: 2px 0; }
.note { font-size: 13px; }
section { margin-top: 28px; break-inside: avoid; page-break-inside: avoid; }
.facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 18px 0 0; }
.facts div { border: 1px solid var(--rule); border-radius: 6px; padding: 6px 12px; min-width: 120px; }
.facts dt { color: var(--muted); font-size: 12px; }
.facts dd { margin: 0; font-size: 20px; font-weight: 600; }
figure.chart { margin: 0; }
svg { width: 100%; height: auto; display: block; }
svg .plot { fill: #fbfcfd; stroke: var(--rule); }
svg .grid { stroke: #e7eaee; }
svg .tick, svg .axis-label, svg .reference-label { font-size: 11px; fill: var(--muted); }
svg .line { fill: none; stroke-width: 2; }
svg .reference { stroke: #333; stroke-dasharray: 5 4; }
svg .reference-label { fill: #333; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: var(--muted); margin-top: 4px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  svg, .swatch, rect, circle { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { margin-top: 16px; }
  tr { break-inside: avoid; }
}
`;
