/**
 * Which questions a session asks: the due queue for drills, a module sample for quizzes, the
 * weakest topics for review. Pure functions of the bank, the person's cards and answers, and time.
 */
import type { Question } from '../bank/types.ts';
import type { CardState } from '../srs/card.ts';
import type { TopicWeakness } from '../srs/weakness.ts';
import { answerView, type AnswerView } from './answer-view.ts';
import { endOfDay, startOfDay, type StudyClock } from './clock.ts';
import { shuffled, type Random } from './random.ts';

export interface StudyRecords {
  readonly cards: Readonly<Record<string, CardState>>;
  readonly answers: readonly { readonly q: string; readonly at: number; readonly rating?: string | undefined }[] | AnswerView;
}


/** Questions due now, most overdue first. */
export function dueNow(questions: readonly Question[], cards: StudyRecords['cards'], now: number): Question[] {
  return questions
    .filter((q) => {
      const card = cards[q.id];
      return card !== undefined && card.due <= now;
    })
    .sort((a, b) => (cards[a.id]?.due ?? 0) - (cards[b.id]?.due ?? 0));
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
export function newAllowance(records: StudyRecords, clock: StudyClock, newPerDay: number): number {
  const dayStart = startOfDay(clock);
  const firstSeen = new Map<string, number>();
  const answers = answerView(records.answers);
  for (let i = 0; i < answers.length; i++) {
    if (!answers.rated(i)) continue;
    const q = answers.q(i);
    if (!firstSeen.has(q)) firstSeen.set(q, answers.at(i));
  }
  let startedToday = 0;
  for (const at of firstSeen.values()) if (at >= dayStart) startedToday++;
  return Math.max(0, newPerDay - startedToday);
}

export interface DrillOptions {
  readonly limit: number;
  readonly newLimit: number;
}

/** Due questions first (most overdue first), then new ones in course order, up to the limit. */
export function selectDrill(questions: readonly Question[], records: StudyRecords, clock: StudyClock, options: DrillOptions): Question[] {
  const due = dueNow(questions, records.cards, clock.now).slice(0, options.limit);
  const room = Math.min(options.limit - due.length, options.newLimit);
  const fresh = room > 0 ? questions.filter((q) => records.cards[q.id] === undefined).slice(0, room) : [];
  return [...due, ...fresh];
}

/** A random sample of one module's questions, those due or never seen first. */
export function selectQuiz(questions: readonly Question[], records: StudyRecords, clock: StudyClock, count: number, random: Random): Question[] {
  const mixed = shuffled(questions, random);
  const priority = (q: Question) => {
    const card = records.cards[q.id];
    return card === undefined || card.due <= clock.now ? 0 : 1;
  };
  return mixed.sort((a, b) => priority(a) - priority(b)).slice(0, count);
}

/** Questions on the weakest topics, lowest recall first. */
export function selectReview(
  questions: readonly Question[],
  weakTopics: readonly TopicWeakness[],
  topicCount: number,
  count: number,
  recallOf: (q: Question) => number,
): Question[] {
  const chosen = new Set(weakTopics.slice(0, topicCount).map((t) => t.topic));
  return questions
    .filter((q) => q.topics.some((t) => chosen.has(t)))
    .map((q) => ({ q, recall: recallOf(q) }))
    .sort((a, b) => a.recall - b.recall || a.q.id.localeCompare(b.q.id))
    .slice(0, count)
    .map(({ q }) => q);
}
