import { padEnd, padStart, stringWidth } from './width.ts';

export type Align = 'left' | 'right';

/** Rows of cells (already sanitized and possibly coloured) laid out in aligned columns. */
export function table(rows: readonly (readonly string[])[], align: readonly Align[] = [], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell));
    });
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const last = i === row.length - 1;
        if (align[i] === 'right') return padStart(cell, widths[i] ?? 0);
        return last ? cell : padEnd(cell, widths[i] ?? 0);
      })
      .join(gap)
      .trimEnd(),
  );
}
