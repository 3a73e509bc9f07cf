/**
 * A simulated learner for the scheduling tests and the bench: a person whose memory follows a
 * known FSRS-6 model with parameters unlike the defaults, studying with the program's own pieces
 * (the drill's selection, the study session with its re-asks, the scheduler the shell would use)
 * one day after another, `now` injected. Whether an answer is right is drawn from the TRUE model's
 * recall at that moment; the program only ever sees the answers, as with a real person.
 */
import { mkdirSync } from 'node:fs';
import { createEmptyCard, fsrs, generatorParameters, Rating as FsrsRating, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { Question } from '../../src/bank/types.ts';
import type { StudyClock } from '../../src/engine/clock.ts';
import { correctPositions } from '../../src/engine/grading.ts';
import { seededRandom, type Random } from '../../src/engine/random.ts';
import { planDrill } from '../../src/engine/selection.ts';
import { StudySession } from '../../src/engine/session.ts';
import type { CardState, Rating } from '../../src/srs/card.ts';
import { measureFit } from '../../src/srs/fit-metrics.ts';
import { reviewItems } from '../../src/srs/review-history.ts';
import { createScheduler, DAY_MS, type Scheduler } from '../../src/srs/scheduler.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { answerId, DEFAULT_SETTINGS, type AnswerRecord, type JournalEntry, type Settings } from '../../src/store/score-types.ts';
import { recordsOf } from './history.ts';
import { question } from './questions.ts';

/**
 * The learner's true memory: forgets much faster at first than FSRS-6's defaults assume (initial
 * stabilities a quarter of theirs), gains less from each review and has a flatter curve (w20).
 * Far enough from the defaults that a fit should find the difference.
 */
export const TRUE_PARAMETERS: readonly number[] = [
  0.05, 0.3, 0.6, 2.0, 6.4133, 0.8334, 3.0194, 0.001, 1.3, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.35,
];

const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };

/** Generated questions over the five domains and fourteen modules. */
export function simulatedQuestions(count: number): Question[] {
  return Array.from({ length: count }, (_, i) =>
    question(`sim-${String(i).padStart(4, '0')}`, { module: (i % 14) + 1, domain: ((i % 5) + 1) as Question['domain'], topics: [`topic-${i % 40}`] }),
  );
}

export interface LearnerState {
  readonly questions: readonly Question[];
  readonly answers: AnswerRecord[];
  readonly cards: Record<string, CardState>;
  /** The true memory of each question met. */
  readonly memory: Map<string, Card>;
  /** Questions due at the start of each study day (the drill's `due`), day by day. */
  readonly duePerDay: number[];
}

export interface StudyDaysOptions {
  readonly days: number;
  /** The first day's study moment. */
  readonly start: Date;
  readonly limit: number;
  readonly newPerDay: number;
  /** The scheduler the program answers with on `now` (default: FSRS-6 defaults, retention 0.9). */
  readonly scheduler?: (cards: Record<string, CardState>) => Scheduler;
  /** How the drill ranks due cards on `now` (with an exam ahead: recall on the exam day). */
  readonly risk?: (now: number) => ((card: CardState) => number) | undefined;
  /** Called once a day before studying (e.g. to set an exam date's plan). */
  readonly beforeDay?: (state: LearnerState, now: Date) => void;
  readonly random: Random;
  /** First answers to a new question are right this often (it was never studied). */
  readonly firstRight?: number;
  /** The learner's true parameters (default: TRUE_PARAMETERS). */
  readonly truth?: readonly number[];
}

function memoryModel(parameters: readonly number[]): FSRS {
  return fsrs(generatorParameters({ w: [...parameters], enable_fuzz: false, learning_steps: [], relearning_steps: [] }));
}

/** Whether the learner recalls the question now, drawn from the true model. */
function recalls(truth: FSRS, state: LearnerState, id: string, now: Date, random: Random, firstRight: number): boolean {
  const card = state.memory.get(id);
  // Memory fades continuously: the days elapsed to the minute, not rounded to whole days.
  const p = card?.last_review ? truth.forgetting_curve((now.getTime() - card.last_review.getTime()) / DAY_MS, card.stability) : firstRight;
  return random() < p;
}

export function newLearner(questions: readonly Question[]): LearnerState {
  return { questions, answers: [], cards: Object.create(null) as Record<string, CardState>, memory: new Map(), duePerDay: [] };
}

/** Studies `days` days: each day the drill's questions, answered as the true memory allows. */
export function studyDays(state: LearnerState, options: StudyDaysOptions): void {
  const random = options.random;
  const firstRight = options.firstRight ?? 0.5;
  const truth = memoryModel(options.truth ?? TRUE_PARAMETERS);
  for (let day = 0; day < options.days; day++) {
    let now = options.start.getTime() + day * DAY_MS;
    options.beforeDay?.(state, new Date(now));
    const clock: StudyClock = { now, utcOffsetMinutes: 0, dayStartHour: 4 };
    const risk = options.risk?.(now);
    const plan = planDrill(state.questions, recordsOf(state.cards, state.answers), clock, {
      limit: options.limit,
      newLimit: options.newPerDay,
      ...(risk ? { risk } : {}),
    });
    state.duePerDay.push(plan.due);
    const scheduler = options.scheduler ? options.scheduler(state.cards) : createScheduler();
    const session = new StudySession({ mode: 'drill', questions: plan.questions, random, scheduler, cards: state.cards });
    for (let turn = session.current(); turn; turn = session.current()) {
      now += 20_000;
      const id = turn.presented.question.id;
      const right = recalls(truth, state, id, new Date(now), random, firstRight);
      const positions = right ? correctPositions(turn.presented) : wrongPositions(turn.presented.order.length, correctPositions(turn.presented));
      const draw = random();
      const mark = right && draw < 0.15 ? 'easy' : right && draw < 0.25 ? 'unsure' : undefined;
      const outcome = session.answer(positions, { readingColumns: 100, ...(mark ? { mark } : {}) }, new Date(now));
      const rating = outcome.rating as Rating;
      state.answers.push({ id: answerId(now, id), q: id, at: now, given: [...outcome.given], correct: outcome.correct, rating, mode: 'drill', ms: 20_000 });
      if (outcome.card) state.cards[id] = outcome.card;
      const memory: Card = state.memory.get(id) ?? createEmptyCard(new Date(now));
      state.memory.set(id, truth.next(memory, new Date(now), GRADES[rating]).card);
    }
  }
}

function wrongPositions(choices: number, right: readonly number[]): number[] {
  for (let p = 0; p < choices; p++) if (!right.includes(p)) return [p];
  return [];
}

/** Writes the learner's history as a score file in `dir` (created), as the program would have. */
export function writeScores(dir: string, state: LearnerState, settings: Partial<Settings> = {}, createdAt = new Date(0)): void {
  mkdirSync(dir, { recursive: true });
  const entries: JournalEntry[] = [
    { k: 'settings', settings: { ...DEFAULT_SETTINGS, ...settings } },
    ...state.answers.map((answer): JournalEntry => ({ k: 'answer', answer, card: null })),
    ...Object.entries(state.cards).map(([q, card]): JournalEntry => ({ k: 'card', q, card })),
  ];
  ScoreFile.open(dir, createdAt).importEntries(entries, createdAt);
}

/**
 * Log loss of the recall a set of parameters predicts for the reviews of `fresh` given on a later
 * day than the question's previous one, the whole history before each one known.
 */
export function logLossOn(history: readonly AnswerRecord[], fresh: readonly AnswerRecord[], parameters?: readonly number[]): number {
  const from = Math.min(...fresh.map((a) => a.at));
  return measureFit(
    reviewItems([...history, ...fresh]).filter((item) => item.at >= from),
    parameters,
  ).logLoss;
}

export { seededRandom };
