/**
 * The exam's question list: every question as a cell of a grid (`12✓⚑`: answered, flagged; `13-`
 * not answered), the cursor on the one open. Arrows move, Enter opens the question under the
 * cursor, `s` asks to submit, `b` (or Escape) goes back. Also the list of a result's questions
 * (`✓` right, `✗` missed). Resolves to what was chosen.
 */
import { ANSWERED_PREFIX } from './choice-prompts.ts';
import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';

export interface GridCell {
  /** The mark after the number: answered / not, right / missed. */
  readonly mark: string;
  readonly flagged?: boolean;
}

export interface GridConfig {
  /** The line above the grid (with the running clock during an exam). */
  readonly message: string;
  readonly cells: readonly GridCell[];
  readonly start: number;
  /** What each mark means, and the keys. */
  readonly legend: string;
  readonly width: number;
  /** Keys that end the grid with that word instead of a question (`s` → submit). */
  readonly keys?: Readonly<Record<string, string>>;
}

export type GridChoice = { readonly kind: 'open'; readonly index: number } | { readonly kind: 'key'; readonly key: string } | { readonly kind: 'back' };

const CURSOR_HIDE = '\u001B[?25l';

/** Columns of the grid: as many cells as the width holds (each drawn with a bracket or a space on either side). */
function gridColumns(count: number, cellWidth: number, width: number): number {
  return Math.max(1, Math.min(count, Math.floor(width / (cellWidth + 2))));
}

const prompt = createPrompt<GridChoice, GridConfig>((config, done) => {
  const theme = makeTheme({ prefix: ANSWERED_PREFIX });
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const [active, setActive] = useState(Math.max(0, Math.min(config.start, config.cells.length - 1)));
  const count = config.cells.length;
  const digits = String(count).length;
  const cellWidth = digits + 2;
  const columns = gridColumns(count, cellWidth, config.width);

  useKeypress((key, rl) => {
    if (status === 'done') return;
    const finish = (choice: GridChoice) => {
      setStatus('done');
      done(choice);
    };
    if (isEnterKey(key)) return finish({ kind: 'open', index: active });
    if (key.name === 'escape') return finish({ kind: 'back' });
    const move = { left: -1, right: 1, up: -columns, down: columns }[key.name as 'left' | 'right' | 'up' | 'down'];
    if (move !== undefined) {
      const next = active + move;
      if (next >= 0 && next < count) setActive(next);
      return;
    }
    const name = key.name.toLowerCase();
    rl.clearLine(0);
    if (name === 'b') return finish({ kind: 'back' });
    if (config.keys && Object.hasOwn(config.keys, name)) return finish({ kind: 'key', key: config.keys[name] ?? name });
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message}`;
  const rows: string[] = [];
  for (let start = 0; start < count; start += columns) {
    const cells = config.cells.slice(start, start + columns).map((cell, k) => {
      const index = start + k;
      const text = `${String(index + 1).padStart(digits)}${cell.mark}${cell.flagged ? '⚑' : ' '}`;
      return index === active ? theme.style.highlight(`[${text}]`) : ` ${text} `;
    });
    rows.push(cells.join('').trimEnd());
  }
  return `${prefix} ${message}\n${rows.join('\n')}\n${theme.style.help(config.legend)}${CURSOR_HIDE}`;
});

export function questionGrid(config: GridConfig, context?: Parameters<typeof prompt>[1]): Promise<GridChoice> {
  return prompt(config, context);
}
