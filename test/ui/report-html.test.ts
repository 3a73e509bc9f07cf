import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/ui/report/html.ts';
import { niceCeiling, svgChart } from '../../src/ui/report/svg-chart.ts';

describe('the report page text', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a "quoted" & \'single\'', 'a &quot;quoted&quot; &amp; &#39;single&#39;'],
    ['bell\u0007 and \u001b[31mred', 'bell? and red'],
  ])('escapes %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });

  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [35, 50],
    [120, 200],
    [1000, 1000],
  ])('rounds an axis maximum of %d up to %d', (value, nice) => {
    expect(niceCeiling(value)).toBe(nice);
  });

  it('leaves a gap in a line where a category has no value, and escapes labels in attributes', () => {
    const svg = svgChart({
      id: 'x"y',
      title: 'T',
      labels: ['d1', 'd2', 'd3', '<d4>'],
      shortLabel: (l) => l,
      lines: {
        series: [{ name: 'acc', color: '#000', values: [0.5, null, 0.25, 1] }],
        scale: { min: 0, max: 1, ticks: [0, 1], format: String },
      },
    });
    expect(svg).toContain('data-chart="x&quot;y"');
    expect(svg.match(/<circle /g)).toHaveLength(3);
    // One polyline: d3–d4; d1 stands alone.
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg).toContain('data-label="&lt;d4&gt;"');
  });
});
