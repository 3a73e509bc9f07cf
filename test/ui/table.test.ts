import { describe, expect, it } from 'vitest';
import { type Column, fitTable, flow } from '../../src/ui/table.ts';
import { stringWidth } from '../../src/ui/width.ts';

const rows = [
  ['#', 'Module', 'seen', 'accuracy', 'recall', '', 'due today'],
  ['01', 'Introduction to Cloud Operations on AWS', '3/20', '27%', '100%', '██████████', '0'],
  ['11', '安全性と耐障害性に優れたネットワーク運用', '0/30', '—', '—', '··········', '12'],
];
const columns: Column[] = [
  { align: 'right' },
  { flex: 'wrap', min: 16 },
  { align: 'right' },
  { align: 'right', drop: 2 },
  { align: 'right' },
  { drop: 1 },
  { align: 'right', drop: 3 },
];

describe('tables that fit', () => {
  it('lays out every column when there is room', () => {
    const lines = fitTable(rows, columns, 120);
    expect(lines[1]).toBe('01  Introduction to Cloud Operations on AWS   3/20       27%    100%  ██████████          0');
  });

  it.each([80, 60, 50, 40])('fits %i columns: the title wraps, then charts and numbers drop in their order', (width) => {
    const lines = fitTable(rows, columns, width);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    // Nothing that matters is lost: the numbers, the seen count and recall stay.
    const text = lines.join('\n');
    expect(text).toContain('3/20');
    expect(text).toContain('100%');
  });

  it('drops the chart first, then the column named next', () => {
    const at60 = fitTable(rows, columns, 60).join('\n');
    expect(at60).not.toContain('██');
    expect(at60).toContain('27%');
    const at40 = fitTable(rows, columns, 40).join('\n');
    expect(at40).not.toContain('27%');
  });

  it('flows parts onto lines, breaking only between them', () => {
    expect(flow(['seen 3/20', 'answers 35', 'accuracy 27%', 'streak 2 days'], 30)).toEqual(['seen 3/20   answers 35', 'accuracy 27%   streak 2 days']);
    expect(flow(['a', 'b'], 30, ' | ')).toEqual(['a | b']);
  });
});
