/**
 * The mock exam's menus: a select whose question line carries a clock that keeps counting while
 * the menu waits. Inquirer's own select redraws only on a key, so a person thinking over a
 * question would watch a frozen "time left"; this one redraws whenever the shown label changes.
 * The study feedback menu uses it too, for its keys that choose at once (`u` undo, `s` suspend).
 */
import figures from '@inquirer/figures';
import { ANSWERED_PREFIX } from './choice-prompts.ts';
import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, Separator, useEffect, useKeypress, usePagination, usePrefix, useState } from '@inquirer/core';
import { stringWidth } from './width.ts';

export interface ClockedChoice<V> {
  readonly name: string;
  /** What the finished menu line shows; the name by default. */
  readonly short?: string;
  readonly value: V;
  readonly disabled?: boolean;
}

export interface ClockedSelectConfig<V> {
  /** The question line, given the milliseconds since the menu opened (a monotonic clock). */
  readonly message: (elapsedMs: number) => string;
  readonly choices: ReadonlyArray<ClockedChoice<V> | Separator>;
  readonly default?: V | undefined;
  readonly pageSize?: number;
  /** Keys that choose an item at once (`u` → undo), without moving to it and pressing Enter. */
  readonly keys?: Readonly<Record<string, V>>;
  /** What the left and right arrows choose at once (previous / next question). */
  readonly arrows?: { readonly left?: V; readonly right?: V };
}

/** How often the label is recomputed; the screen is redrawn only when it changed. */
const TICK_MS = 250;
/** As inquirer's own prompts do: no cursor blinking after the last line of a menu. */
const CURSOR_HIDE = '\u001B[?25l';

const selectable = <V>(item: ClockedChoice<V> | Separator | undefined): item is ClockedChoice<V> =>
  item !== undefined && !Separator.isSeparator(item) && item.disabled !== true;

const prompt = createPrompt<unknown, ClockedSelectConfig<unknown>>((config, done) => {
  // A neutral mark on the answered line (inquirer's ✔ reads as "right").
  const theme = makeTheme({ prefix: ANSWERED_PREFIX });
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const [openedAt] = useState(() => performance.now());
  const [label, setLabel] = useState(() => config.message(0));
  useEffect(() => {
    const timer = setInterval(() => {
      // A tick runs outside the prompt's promise: a failing label keeps the last one shown.
      try {
        setLabel(config.message(performance.now() - openedAt));
      } catch {
        clearInterval(timer);
      }
    }, TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const items = config.choices;
  const first = items.findIndex(selectable);
  const last = items.findLastIndex(selectable);
  const preset = config.default === undefined ? -1 : items.findIndex((item) => selectable(item) && item.value === config.default);
  const [active, setActive] = useState(preset === -1 ? first : preset);

  useKeypress((key, rl) => {
    if (status === 'done') return;
    if (isEnterKey(key)) {
      const chosen = items[active];
      if (!selectable(chosen)) return;
      setStatus('done');
      done(chosen.value);
    } else if (isUpKey(key) || isDownKey(key)) {
      // No wrapping: the list ends where it ends, as in the other exam menus.
      const step = isUpKey(key) ? -1 : 1;
      if ((step < 0 && active === first) || (step > 0 && active === last)) return;
      let next = active + step;
      while (!selectable(items[next])) next += step;
      setActive(next);
    } else if ((key.name === 'left' || key.name === 'right') && config.arrows?.[key.name] !== undefined) {
      const value = config.arrows[key.name];
      const index = items.findIndex((item) => selectable(item) && item.value === value);
      if (index === -1) return;
      setActive(index);
      setStatus('done');
      done(value);
    } else if (key.name.length === 1 && !key.ctrl && config.keys && Object.hasOwn(config.keys, key.name.toLowerCase())) {
      const value = config.keys[key.name.toLowerCase()];
      const index = items.findIndex((item) => selectable(item) && item.value === value);
      rl.clearLine(0);
      if (index === -1) return;
      setActive(index);
      setStatus('done');
      done(value);
    } else if (key.name.length === 1 && !key.ctrl) {
      // A letter jumps to the first item that starts with it, as inquirer's select does: `c`
      // moves to "C) …". The key is a keystroke, not text the line keeps.
      const letter = key.name.toLowerCase();
      const match = items.findIndex((item) => selectable(item) && item.name.toLowerCase().startsWith(letter));
      if (match !== -1) setActive(match);
      rl.clearLine(0);
    }
  });

  const page = usePagination({
    items,
    active,
    renderItem({ item, isActive }) {
      if (Separator.isSeparator(item)) return ` ${item.separator}`;
      if (item.disabled) return theme.style.help(`- ${item.name}`);
      return isActive ? theme.style.highlight(`${figures.pointer} ${item.name}`) : `${' '.repeat(stringWidth(figures.pointer))} ${item.name}`;
    },
    pageSize: config.pageSize ?? 7,
    loop: false,
  });

  const message = theme.style.message(label, status);
  if (status === 'done') {
    const chosen = items[active];
    return [prefix, message, theme.style.answer(selectable(chosen) ? (chosen.short ?? chosen.name) : '')].join(' ');
  }
  return `${prefix} ${message}\n${page}${CURSOR_HIDE}`;
});

export function clockedSelect<V>(config: ClockedSelectConfig<V>, context?: Parameters<typeof prompt>[1]): Promise<V> {
  return prompt(config as ClockedSelectConfig<unknown>, context) as Promise<V>;
}
