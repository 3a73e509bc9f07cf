/**
 * Scheduling toward an exam date. FSRS spaces reviews for the long run: a question answered Easy
 * today is next due in 8 days, after an exam in five, and FSRS chose that day so that recall has
 * just fallen to the desired retention (90 %) when it comes. With an exam date set, a question
 * whose next review falls after the exam day is moved to a day before the exam when its predicted
 * recall on the exam day is below the exam-day target — as late as the daily limit allows (the
 * later the review, the more of it is left on the day). Memory (stability, difficulty) is left
 * alone; FSRS models the earlier review when it comes.
 *
 * Two targets. Below the desired retention on the exam day, a question is always moved: that is
 * the rule (it happens when the retention setting or the FSRS parameters changed after it was
 * scheduled, or when a question is left overdue). But a question due after the exam is, by
 * construction, above the desired retention on the exam day (recall only falls until its due day,
 * where it reaches the desired retention), so the rule alone would let every interval that reaches
 * past the exam end as low as 90 % on the day. Hence the exam-day target, halfway from the desired
 * retention to certainty (0.95 at 0.9): a question between the two is moved too, but only into a
 * day that has room — it is a bonus, never a reason to go over the limit. The Easy answer above is
 * at 94 % on the exam day and comes back before it.
 *
 * The load of the last days is kept within the drill limit: a moved question takes the latest day
 * before the exam that still has room (counting what earlier days could not take), and when
 * several are moved at once (the exam date was just set, or the schedule rebuilt) the most at risk
 * (lowest recall on the exam day) choose first. Only a question below the desired retention is
 * moved when no day has room, to the least loaded. The drill, when more are due than its limit,
 * asks the most at risk first (`examRisk`). From the exam day on, nothing is moved: scheduling is
 * back to normal. Pure: the clock, the cards and the recall model come in.
 */
import type { CardState } from '../srs/card.ts';
import { dueNoLaterThan, type Scheduler } from '../srs/scheduler.ts';
import { dayNumber, type StudyClock } from './clock.ts';

const DAY_MS = 86_400_000;

/** The recall a studied question is moved for, room allowing, from the desired retention. */
export function examDayRetention(desiredRetention: number): number {
  return (1 + desiredRetention) / 2;
}

export interface ExamTarget {
  /** The moment recall is predicted for: the start of the exam date, local time (as `readiness`). */
  readonly examAt: number;
  /** Below this on the exam day, a question is always moved (the `retention` setting). */
  readonly retention: number;
  /** Below this, it is moved into a day with room (examDayRetention of the setting). */
  readonly examDayTarget: number;
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

/**
 * With an exam ahead, a card's predicted recall on the exam day: the drill asks the lowest first
 * when more are due than its limit. Undefined once the exam day has come.
 */
export function examRisk(target: ExamTarget, recall: Scheduler['recall'], now: number): ((card: CardState) => number) | undefined {
  if (dayNumber(now, target.day) >= examDay(target)) return undefined;
  const at = new Date(target.examAt);
  return (card) => recall(card, at);
}

/**
 * How much the card, as it is, needs a review before the exam: 'must' below the desired retention
 * on the exam day, 'may' below the exam-day target (moved only into a day with room), else none.
 */
function need(card: CardState, target: ExamTarget, recall: Scheduler['recall']): 'must' | 'may' | undefined {
  if (dayNumber(card.due, target.day) < examDay(target)) return undefined;
  const r = recall(card, new Date(target.examAt));
  return r < target.retention ? 'must' : r < target.examDayTarget ? 'may' : undefined;
}

/** Of a day's limit, the share that questions moved for the exam-day target alone may fill. */
const MAY_SHARE = 0.5;

/**
 * The latest day of [first, last] with room; when none has room, the least loaded (the later on a
 * tie) for a question that must move, none for one that may. A day's load includes what earlier
 * days could not take: questions left over roll into the next drill.
 */
function pickDay(first: number, last: number, load: ReadonlyMap<number, number>, limit: number, must: boolean): number | undefined {
  const effective = new Map<number, number>();
  let carried = 0;
  for (let day = first; day <= last; day++) {
    const total = carried + (load.get(day) ?? 0);
    effective.set(day, total);
    carried = Math.max(0, total - limit);
  }
  // A question that may move leaves half of each day free for what is not yet known: the answers
  // still to come whose FSRS intervals end there, and the misses. (In the 60-day simulation, a
  // quarter left the last days with twice the limit due.)
  const room = must ? limit : Math.floor(limit * MAY_SHARE);
  let best = last;
  for (let day = last; day >= first; day--) {
    const count = effective.get(day) ?? 0;
    if (count < room) return day;
    if (count < (effective.get(best) ?? 0)) best = day;
  }
  return must ? best : undefined;
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
 * A scheduler that schedules as `base` does, then moves a card that would reach the exam below a
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
      const needed = first > last ? undefined : need(next, target, base.recall);
      if (!needed) return next;
      const load = loadOf(cards(), first, last, target);
      // The card's own earlier due is in the load; it is being replaced.
      const before = card ? dayNumber(card.due, target.day) : undefined;
      if (before !== undefined && load.has(before)) load.set(before, (load.get(before) ?? 1) - 1);
      const day = pickDay(first, last, load, target.dailyLimit, needed === 'must');
      return day === undefined ? next : dueNoLaterThan(next, startOfStudyDay(day, target));
    },
  };
}

/**
 * Every card that would reach the exam below a target, moved before it: the most at risk first,
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
  const risky: { id: string; card: CardState; recall: number; must: boolean }[] = [];
  const staying: CardState[] = [];
  for (const id of counted) {
    const card = cards[id];
    if (!card) continue;
    const needed = need(card, target, recall);
    if (needed) risky.push({ id, card, recall: recall(card, at), must: needed === 'must' });
    else staying.push(card);
  }
  const load = loadOf(staying, today, last, target);
  risky.sort((a, b) => a.recall - b.recall || a.id.localeCompare(b.id));
  for (const { id, card, must } of risky) {
    const first = Math.max(today, dayNumber(card.lastReview, target.day) + 1);
    if (first > last) continue;
    const day = pickDay(first, last, load, target.dailyLimit, must);
    if (day === undefined) continue;
    load.set(day, (load.get(day) ?? 0) + 1);
    moved[id] = dueNoLaterThan(card, Math.max(now, startOfStudyDay(day, target)));
  }
  return moved;
}
