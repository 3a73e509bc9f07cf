/**
 * Which questions a session asks: the due queue for drills, a module sample for quizzes, the
 * weakest topics (and leeches) for review. Pure functions of the bank, the person's cards and
 * answers, and the study clock.
 *
 * "Due" means due before the end of the study day (clock.ts): intervals are whole days, so a
 * question due at 09:00 tomorrow is tomorrow's whether the person studies at 07:00 or at 21:00.
 * Suspended questions are taken out once, by `activeQuestions`, before any of these run.
 */
import type { Question } from '../bank/types.ts';
import type { CardState } from '../srs/card.ts';
import type { TopicWeakness } from '../srs/weakness.ts';
import { endOfDay, startOfDay, type StudyClock } from './clock.ts';
import type { QuestionHistory } from './history-summary.ts';
import { shuffled, type Random } from './random.ts';

/** What the history says of a question without being read: kept in the score file's hot part. */
export type QuestionSeen = Pick<QuestionHistory, 'firstRatedAt' | 'lastAt'>;

export interface StudyRecords {
  readonly cards: Readonly<Record<string, CardState>>;
  /** Per question answered at least once. */
  readonly seen: Readonly<Record<string, QuestionSeen>>;
}

/** The questions that may be asked or counted: all but the suspended ones. */
export function activeQuestions<Q extends { readonly id: string }>(questions: readonly Q[], suspended: readonly string[]): Q[] {
  if (suspended.length === 0) return [...questions];
  const out = new Set(suspended);
  return questions.filter((q) => !out.has(q.id));
}

/**
 * Due today (before the study day ends), most overdue first, or, with `risk`, lowest first (with an
 * exam ahead: lowest recall on the exam day), then most overdue.
 */
function dueToday<Q extends { readonly id: string }>(
  questions: readonly Q[],
  cards: StudyRecords['cards'],
  clock: StudyClock,
  risk?: (card: CardState) => number,
): Q[] {
  const end = endOfDay(clock);
  const due = questions.filter((q) => {
    const card = cards[q.id];
    return card !== undefined && card.due < end;
  });
  const overdue = (a: Q, b: Q) => (cards[a.id]?.due ?? 0) - (cards[b.id]?.due ?? 0);
  if (!risk) return due.sort(overdue);
  const riskOf = new Map(due.map((q) => [q.id, risk(cards[q.id] as CardState)] as const));
  return due.sort((a, b) => (riskOf.get(a.id) ?? 0) - (riskOf.get(b.id) ?? 0) || overdue(a, b));
}

/** When the first of these questions that is not yet due comes due, if any has a card. */
export function nextDueAt(questions: readonly { readonly id: string }[], cards: StudyRecords['cards'], now: number): number | undefined {
  let next: number | undefined;
  for (const q of questions) {
    const due = cards[q.id]?.due;
    if (due !== undefined && due > now && (next === undefined || due < next)) next = due;
  }
  return next;
}

export interface DueCounts {
  /** Due at this moment. */
  readonly now: number;
  /** Due before the end of today (includes `now`). */
  readonly today: number;
  /** New questions that may still be introduced today. */
  readonly newToday: number;
}

export function dueCounts(questions: readonly { readonly id: string }[], records: StudyRecords, clock: StudyClock, newPerDay: number): DueCounts {
  const end = endOfDay(clock);
  let now = 0;
  let today = 0;
  let unseen = 0;
  for (const q of questions) {
    const card = records.cards[q.id];
    if (!card) unseen++;
    else if (card.due < end) {
      today++;
      if (card.due <= clock.now) now++;
    }
  }
  return { now, today, newToday: Math.min(unseen, newAllowance(records, clock, newPerDay)) };
}

/** How many new questions may still be started today: the daily limit less those started today. */
export function newAllowance(records: Pick<StudyRecords, 'seen'>, clock: StudyClock, newPerDay: number): number {
  const dayStart = startOfDay(clock);
  let startedToday = 0;
  for (const q in records.seen) {
    const first = records.seen[q]?.firstRatedAt;
    if (first !== null && first !== undefined && first >= dayStart) startedToday++;
  }
  return Math.max(0, newPerDay - startedToday);
}

export interface DrillOptions {
  readonly limit: number;
  /** New questions this drill may start (today's allowance, or `--new`). */
  readonly newLimit: number;
  /**
   * With an exam ahead, each due card's predicted recall on the exam day: when more are due than
   * the limit, the most at risk are asked first (engine/exam-schedule.ts).
   */
  readonly risk?: (card: CardState) => number;
}

/** What a drill asks, and what the limits held back (so the person can be told). */
export interface DrillPlan {
  readonly questions: Question[];
  /** Due today in the pool. */
  readonly due: number;
  /** Due today but beyond the drill's limit. */
  readonly dueLeft: number;
  /** New questions allowed today that did not fit in the limit after the due ones. */
  readonly newLeft: number;
  /** Never-studied questions in the pool. */
  readonly unseen: number;
}

/** Due questions first (most overdue, or most at risk, first), then new ones in course order, up to the limit. */
export function planDrill(questions: readonly Question[], records: StudyRecords, clock: StudyClock, options: DrillOptions): DrillPlan {
  const dueAll = dueToday(questions, records.cards, clock, options.risk);
  const due = dueAll.slice(0, options.limit);
  const unseenAll = questions.filter((q) => records.cards[q.id] === undefined);
  const allowed = Math.min(options.newLimit, unseenAll.length);
  const room = Math.max(0, Math.min(options.limit - due.length, allowed));
  const fresh = unseenAll.slice(0, room);
  return { questions: [...due, ...fresh], due: dueAll.length, dueLeft: dueAll.length - due.length, newLeft: allowed - fresh.length, unseen: unseenAll.length };
}

/** A random sample of one module's questions, those due today or never seen first. */
export function selectQuiz(questions: readonly Question[], records: StudyRecords, clock: StudyClock, count: number, random: Random): Question[] {
  const mixed = shuffled(questions, random);
  const end = endOfDay(clock);
  const priority = (q: Question) => {
    const card = records.cards[q.id];
    return card === undefined || card.due < end ? 0 : 1;
  };
  return mixed.sort((a, b) => priority(a) - priority(b)).slice(0, count);
}

/**
 * Leeches first (most missed first: they need the attention), then questions on the weakest
 * topics, lowest recall first.
 */
export function selectReview(
  questions: readonly Question[],
  weakTopics: readonly TopicWeakness[],
  topicCount: number,
  count: number,
  recallOf: (q: Question) => number,
  leeches: readonly string[] = [],
): Question[] {
  const byId = new Map(questions.map((q) => [q.id, q] as const));
  const first = leeches.flatMap((id) => byId.get(id) ?? []);
  const taken = new Set(first.map((q) => q.id));
  const chosen = new Set(weakTopics.slice(0, topicCount).map((t) => t.topic));
  const weak = questions
    .filter((q) => !taken.has(q.id) && q.topics.some((t) => chosen.has(t)))
    .map((q) => ({ q, recall: recallOf(q) }))
    .sort((a, b) => a.recall - b.recall || a.q.id.localeCompare(b.q.id))
    .map(({ q }) => q);
  return [...first, ...weak].slice(0, count);
}
