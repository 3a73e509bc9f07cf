/**
 * Laying out rows and runs of short parts within the terminal's width. A table that is too wide
 * first narrows its one flexible column (wrapping or cutting its cells), then drops columns in the
 * order their `drop` says (charts before numbers), and never overflows while anything is left to
 * give: at 40 columns every table still fits.
 */
import { padEnd, padStart, stringWidth, truncate, wrap } from './width.ts';

export type Align = 'left' | 'right';

export interface Column {
  readonly align?: Align;
  /** The column that gives up width first: its cells wrap (or are cut with …) to fit. */
  readonly flex?: 'wrap' | 'truncate';
  /** The least the flexible column is narrowed to before other columns are dropped. */
  readonly min?: number;
  /** Dropped when the table is too wide, lowest number first; a column without it is never dropped. */
  readonly drop?: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are what it removes
const SGR = /\x1b\[[0-9;]*m/g;

/** Rows of cells (already sanitized and possibly coloured) laid out in aligned columns. */
export function table(rows: readonly (readonly string[])[], align: readonly Align[] = [], gap = '  '): string[] {
  return fitTable(
    rows,
    align.map((a) => ({ align: a })),
    Number.POSITIVE_INFINITY,
    gap,
  );
}

/**
 * Rows laid out to fit `width` columns (see the file's comment). A wrapped cell makes its row
 * take more than one line; the other cells of the row stand on its first line.
 */
export function fitTable(rows: readonly (readonly string[])[], columns: readonly Column[], width: number, gap = '  '): string[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, i) => Math.max(0, ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const shown = natural.map((_, i) => i);
  const flex = columns.findIndex((c) => c?.flex !== undefined);
  const gapWidth = stringWidth(gap);
  const total = (visible: readonly number[], flexWidth: number) =>
    visible.reduce((sum, i) => sum + (i === flex ? flexWidth : (natural[i] ?? 0)), 0) + gapWidth * Math.max(0, visible.length - 1);

  let flexWidth = flex >= 0 ? (natural[flex] ?? 0) : 0;
  for (;;) {
    if (total(shown, flexWidth) <= width) break;
    if (flex >= 0 && shown.includes(flex)) {
      const room = width - total(shown, 0);
      const least = Math.min(natural[flex] ?? 0, columns[flex]?.min ?? 12);
      if (room >= least) {
        flexWidth = room;
        break;
      }
    }
    const droppable = shown.filter((i) => columns[i]?.drop !== undefined).sort((a, b) => (columns[a]?.drop ?? 0) - (columns[b]?.drop ?? 0));
    const next = droppable[0];
    if (next === undefined) {
      // Nothing left to drop: the flexible column takes what is left, down to a few columns.
      if (flex >= 0) flexWidth = Math.max(4, width - total(shown, 0));
      break;
    }
    shown.splice(shown.indexOf(next), 1);
  }

  const widthOf = (i: number) => (i === flex ? Math.min(flexWidth, natural[i] ?? 0) : (natural[i] ?? 0));
  const lines: string[] = [];
  for (const row of rows) {
    const cells = shown.map((i) => {
      const cell = row[i] ?? '';
      if (i !== flex || stringWidth(cell) <= widthOf(i)) return [cell];
      const plain = cell.replace(SGR, '');
      return columns[i]?.flex === 'truncate' ? [truncate(plain, widthOf(i))] : wrap(plain, widthOf(i), '', 1).split('\n');
    });
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      const text = shown
        .map((i, k) => {
          const cell = cells[k]?.[line] ?? '';
          const last = k === shown.length - 1;
          if (columns[i]?.align === 'right') return padStart(cell, widthOf(i));
          return last ? cell : padEnd(cell, widthOf(i));
        })
        .join(gap)
        .trimEnd();
      lines.push(text);
    }
  }
  return lines;
}

/**
 * Short parts (`seen 3/20`, `streak 2 days`) joined by `separator` on as few lines as fit
 * `width`; a line breaks only between parts, never inside one (a part wider than the line is
 * wrapped on its own, continuation lines indented by `indent`).
 */
export function flow(parts: readonly string[], width: number, separator = '   ', indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (part === '') continue;
    const candidate = line === '' ? part : `${line}${separator}${part}`;
    if (stringWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const start = lines.length === 0 ? '' : indent;
    if (stringWidth(start + part) <= width) line = start + part;
    else {
      const wrapped = wrap(part.replace(SGR, ''), width - stringWidth(start)).split('\n');
      lines.push(...wrapped.slice(0, -1).map((l) => start + l));
      line = start + (wrapped.at(-1) ?? '');
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
