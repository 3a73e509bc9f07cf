/**
 * Scheduling toward an exam date. FSRS spaces reviews for the long run: a question answered Easy
 * today is next due in 8 days, after an exam in five, and FSRS chose that day so that recall has
 * just fallen to the desired retention (90 %) when it comes. With an exam date set, no question
 * stays due after the exam day when its predicted recall on that day would fall below the exam-day
 * target: its next review is moved to a day before the exam, as late as the daily limit allows (the
 * later the review, the more of it is left on the day). Memory (stability, difficulty) is left
 * alone; FSRS models the earlier review when it comes.
 *
 * The exam-day target is halfway from the desired retention to certainty (0.95 at 0.9). The desired
 * retention itself would change nothing: a question due after the exam is by construction above it
 * on the exam day (recall only falls until the due day, where it reaches the desired retention), so
 * every interval reaching past the exam could end as low as 90 % on the day. Halving what may be
 * lost is what makes the rule move questions: the Easy answer above is at 94 % on the exam day and
 * comes back before it.
 *
 * The load of the last days is kept within the drill limit: a moved question takes the latest day
 * before the exam that still has room, and when several are moved at once (the exam date was just
 * set, or the schedule rebuilt) the most at risk (lowest recall at the exam) choose first. When no
 * day has room, the least loaded one takes it. From the exam day on, nothing is moved: scheduling
 * is back to normal. Pure: the clock, the cards and the recall model come in.
 */
import type { CardState } from '../srs/card.ts';
import { dueNoLaterThan, type Scheduler } from '../srs/scheduler.ts';
import { dayNumber, type StudyClock } from './clock.ts';

const DAY_MS = 86_400_000;

/** The recall each studied question should have on the exam day, from the desired retention. */
export function examDayRetention(desiredRetention: number): number {
  return (1 + desiredRetention) / 2;
}

export interface ExamTarget {
  /** The moment recall is predicted for: the start of the exam date, local time (as `readiness`). */
  readonly examAt: number;
  /** The recall each question should have then (examDayRetention of the `retention` setting). */
  readonly retention: number;
  /** Questions a day at most (the `drill-limit` setting). */
  readonly dailyLimit: number;
  /** The study day (time zone, day-start hour), to count days as the drill does. */
  readonly day: Omit<StudyClock, 'now'>;
}

/** The study day of the exam: the one its date's noon falls in, whatever the day-start hour. */
function examDay(target: ExamTarget): number {
  return dayNumber(target.examAt + DAY_MS / 2, target.day);
}

function startOfStudyDay(day: number, target: ExamTarget): number {
  // dayNumber's inverse: the first moment whose study-day number is `day`.
  const shift = target.day.utcOffsetMinutes * 60_000 - target.day.dayStartHour * 3_600_000;
  return day * DAY_MS - shift;
}

/** Whether the card, as it is, would reach the exam below the target. */
function atRisk(card: CardState, target: ExamTarget, recall: Scheduler['recall']): boolean {
  return dayNumber(card.due, target.day) >= examDay(target) && recall(card, new Date(target.examAt)) < target.retention;
}

/** The latest day of [first, last] with room, else the least loaded (the later on a tie). */
function pickDay(first: number, last: number, load: ReadonlyMap<number, number>, limit: number): number {
  let best = last;
  for (let day = last; day >= first; day--) {
    const count = load.get(day) ?? 0;
    if (count < limit) return day;
    if (count < (load.get(best) ?? 0)) best = day;
  }
  return best;
}

/** Cards due on each study day of [first, last], overdue ones counted on `first`. */
function loadOf(cards: Iterable<CardState>, first: number, last: number, target: ExamTarget): Map<number, number> {
  const load = new Map<number, number>();
  for (const card of cards) {
    const day = Math.max(first, dayNumber(card.due, target.day));
    if (day <= last) load.set(day, (load.get(day) ?? 0) + 1);
  }
  return load;
}

/**
 * A scheduler that schedules as `base` does, then moves a card that would reach the exam below the
 * target to a day before it. `cards` are the cards counted in the daily load (the active
 * questions'), read at each answer so that the session's own answers count.
 */
export function examAwareScheduler(base: Scheduler, target: ExamTarget, cards: () => Iterable<CardState>): Scheduler {
  return {
    recall: base.recall,
    next(card, rating, now) {
      const next = base.next(card, rating, now);
      const first = dayNumber(now.getTime(), target.day) + 1;
      const last = examDay(target) - 1;
      if (first > last || !atRisk(next, target, base.recall)) return next;
      const load = loadOf(cards(), first, last, target);
      // The card's own earlier due is in the load; it is being replaced.
      const before = card ? dayNumber(card.due, target.day) : undefined;
      if (before !== undefined && load.has(before)) load.set(before, (load.get(before) ?? 1) - 1);
      return dueNoLaterThan(next, startOfStudyDay(pickDay(first, last, load, target.dailyLimit), target));
    },
  };
}

/**
 * Every card that would reach the exam below the target, moved before it: the most at risk first,
 * each to the latest day from today (and after its last review) that has room. Returns the moved
 * cards only.
 */
export function planForExam(
  cards: Readonly<Record<string, CardState>>,
  counted: readonly string[],
  target: ExamTarget,
  recall: Scheduler['recall'],
  now: number,
): Record<string, CardState> {
  const today = dayNumber(now, target.day);
  const last = examDay(target) - 1;
  const moved: Record<string, CardState> = {};
  if (last < today) return moved;
  const at = new Date(target.examAt);
  const risky: { id: string; card: CardState; recall: number }[] = [];
  const staying: CardState[] = [];
  for (const id of counted) {
    const card = cards[id];
    if (!card) continue;
    if (atRisk(card, target, recall)) risky.push({ id, card, recall: recall(card, at) });
    else staying.push(card);
  }
  const load = loadOf(staying, today, last, target);
  risky.sort((a, b) => a.recall - b.recall || a.id.localeCompare(b.id));
  for (const { id, card } of risky) {
    const first = Math.max(today, dayNumber(card.lastReview, target.day) + 1);
    if (first > last) continue;
    const day = pickDay(first, last, load, target.dailyLimit);
    load.set(day, (load.get(day) ?? 0) + 1);
    moved[id] = dueNoLaterThan(card, Math.max(now, startOfStudyDay(day, target)));
  }
  return moved;
}
