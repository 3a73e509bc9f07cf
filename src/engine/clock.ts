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
