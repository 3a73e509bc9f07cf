/**
 * The study day an answer counts for, as the history's summary counts days: local time where the
 * program runs, at the moment of the answer (so a summer answer stays on its day in winter), with
 * the day starting at the `day-start` hour. Changing `day-start` recounts the summary.
 */
import { dayNumber } from '../engine/clock.ts';

export function studyDayOf(dayStartHour: number): (at: number) => number {
  return (at) => dayNumber(at, { utcOffsetMinutes: -new Date(at).getTimezoneOffset(), dayStartHour });
}
