/**
 * The study day. The core never reads the clock or the time zone: the shell passes `now`, the
 * offset of local time from UTC and the hour the study day starts. A study day runs from that hour
 * to the same hour the next day (default 4 am, as in Anki), so a session at 1 am still counts for
 * the evening before: its answers, the daily new limit, "due today" and the streak all agree.
 */
export interface StudyClock {
  readonly now: number;
  /** Minutes to add to UTC to get local time (e.g. +540 in Japan). */
  readonly utcOffsetMinutes: number;
  /** Local hour (0–23) at which a study day begins; 0 is midnight. */
  readonly dayStartHour: number;
}

export const DEFAULT_DAY_START_HOUR = 4;
const DAY_MS = 86_400_000;

function shift(clock: Omit<StudyClock, 'now'>): number {
  return clock.utcOffsetMinutes * 60_000 - clock.dayStartHour * 3_600_000;
}

/** Study-day number: days since 1970-01-01 in local time, each day starting at the day-start hour. */
export function dayNumber(epochMs: number, clock: Omit<StudyClock, 'now'>): number {
  return Math.floor((epochMs + shift(clock)) / DAY_MS);
}

export function startOfDay(clock: StudyClock, dayOffset = 0): number {
  return (dayNumber(clock.now, clock) + dayOffset) * DAY_MS - shift(clock);
}

/** The first moment of the next study day: "due today" means due before this. */
export function endOfDay(clock: StudyClock, dayOffset = 0): number {
  return startOfDay(clock, dayOffset + 1);
}

/** Whole study days from today to the day of `epochMs` (0 today, 1 tomorrow, negative before). */
export function daysFromToday(epochMs: number, clock: StudyClock): number {
  return dayNumber(epochMs, clock) - dayNumber(clock.now, clock);
}

/**
 * The clock values the program accepts, from CLOUDOPS_QUIZ_NOW or the system: 1970-01-01 to the
 * end of 9999. Earlier times cannot be stored (times are epoch milliseconds ≥ 0) and later ones
 * have no ISO 8601 calendar date of four digits.
 */
const EARLIEST_CLOCK = Date.UTC(1970, 0, 1);
const LATEST_CLOCK = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function clockInRange(epochMs: number): boolean {
  return Number.isInteger(epochMs) && epochMs >= EARLIEST_CLOCK && epochMs <= LATEST_CLOCK;
}

/** Whether year-month-day names a real day (no 30 February). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD` naming a real day. */
export function isDateText(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date or date-time → epoch ms, or undefined when it is not one, names a day that does
 * not exist (2026-02-30, which Date would turn into 2 March) or a time such as 25:00, or falls
 * outside 1970–9999. A date-time without an offset is local time, as in JavaScript.
 */
export function parseInstant(text: string): number | undefined {
  const m = ISO_INSTANT.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) return undefined;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = m[8];
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(-2)) > 59)) return undefined;
  const parsed = Date.parse(text.trim().replace(' ', 'T'));
  return Number.isNaN(parsed) || !clockInRange(parsed) ? undefined : parsed;
}

/**
 * A clock that never runs backwards, for measuring an exam's time: a backward jump of the wall
 * clock (NTP, a clock set by hand) is absorbed, and time goes on from where it was. A forward jump
 * counts, since it may be real (a laptop asleep).
 */
export function steadyClock(read: () => number): () => number {
  let last: number | undefined;
  let behind = 0;
  return () => {
    const wall = read();
    if (last !== undefined && wall + behind < last) behind = last - wall;
    last = wall + behind;
    return last;
  };
}
