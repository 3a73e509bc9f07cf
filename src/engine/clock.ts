/**
 * The study day. The core never reads the clock or the time zone: the shell passes `now` and the
 * offset of local time from UTC, and days are counted from local midnight.
 */
export interface StudyClock {
  readonly now: number;
  /** Minutes to add to UTC to get local time (e.g. +540 in Japan). */
  readonly utcOffsetMinutes: number;
}

const DAY_MS = 86_400_000;

/** Local day number (days since 1970-01-01 in local time). */
export function dayNumber(epochMs: number, clock: StudyClock): number {
  return Math.floor((epochMs + clock.utcOffsetMinutes * 60_000) / DAY_MS);
}

export function startOfDay(clock: StudyClock, dayOffset = 0): number {
  return (dayNumber(clock.now, clock) + dayOffset) * DAY_MS - clock.utcOffsetMinutes * 60_000;
}

/** The first moment of tomorrow: "due today" means due before this. */
export function endOfDay(clock: StudyClock, dayOffset = 0): number {
  return startOfDay(clock, dayOffset + 1);
}
