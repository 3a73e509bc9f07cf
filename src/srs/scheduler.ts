/**
 * The ts-fsrs wrapper: FSRS-6 with its default parameters (they beat SM-2 clearly on the public
 * srs-benchmark) or with the person's own, fitted to their history by `optimize` and adopted only
 * when they predict that history's held-out answers better (srs/fit-decision.ts). Fuzz is off so
 * the same history always gives the same schedule; the desired retention comes from the person's
 * settings. Every call takes `now`; a `now` before the card's last review is taken as the last
 * review (time never runs backwards for a card).
 *
 * No learning steps. ts-fsrs's defaults (1 and 10 minutes for a new card, 10 minutes after a lapse)
 * assume something serves those minutes; a session of ten questions does not, so a first right
 * answer came back "due in 10 minutes" — that is, at the next session, often the next day — and a
 * once-a-day learner never reached zero. Instead, with empty step lists every answer gets a day
 * interval from FSRS's stability (a first Good ≈ 2.3 days → 2, Again → 1), and the session itself
 * re-asks a missed question a few questions later (engine/session.ts). Short-term mode stays on, so
 * those same-day re-asks are scheduled with FSRS-6's same-day stability model (w17–w19), not as if
 * a day had passed.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating as FsrsRating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { DEFAULT_RETENTION, type CardState, type CardStateName, type Rating } from './card.ts';
import { PARAMETER_COUNT } from './parameters.ts';

export const DAY_MS = 86_400_000;

const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES: Record<CardStateName, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };

export interface Scheduler {
  /**
   * The card after answering with `rating` at `now`; a question never seen starts empty. A wrong
   * answer is due again one day later at the latest, however stable the card was.
   */
  next(card: CardState | undefined, rating: Rating, now: Date): CardState;
  /** Probability of recalling the card at `at` (0–1); 0 for a question never studied. */
  recall(card: CardState | undefined, at: Date): number;
}

const schedulers = new Map<string, FSRS>();

function engine(retention: number, parameters: readonly number[] | undefined): FSRS {
  const key = parameters ? `${retention}:${parameters.join(',')}` : String(retention);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: retention,
        enable_fuzz: false,
        learning_steps: [],
        relearning_steps: [],
        ...(parameters ? { w: [...parameters] } : {}),
      }),
    );
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/**
 * A scheduler with the desired retention and the FSRS parameters (absent: FSRS-6's defaults).
 * ts-fsrs clamps each parameter into its allowed range, as the optimizer does.
 */
export function createScheduler(retention = DEFAULT_RETENTION, parameters?: readonly number[]): Scheduler {
  if (!(retention > 0.5 && retention < 1)) throw new RangeError(`retention must be between 0.5 and 1, got ${retention}`);
  if (parameters && (parameters.length !== PARAMETER_COUNT || !parameters.every(Number.isFinite)))
    throw new RangeError(`FSRS parameters must be ${PARAMETER_COUNT} finite numbers, got ${parameters.length}`);
  const f = engine(retention, parameters);
  return {
    next(card, rating, now) {
      // A clock set back (or a plan made with CLOUDOPS_QUIZ_NOW ahead) can put `now` before the
      // last review; FSRS refuses a negative interval, so such a review counts as at the last one.
      const at = card && now.getTime() < card.lastReview ? new Date(card.lastReview) : now;
      const { card: result } = f.next(card ? toFsrs(card) : createEmptyCard(at), at, GRADES[rating]);
      const next = fromFsrs(result, at);
      // Without relearning steps a lapse on a stable card would wait its post-lapse interval
      // (2 days and more); a miss is fresh and should be tried again tomorrow.
      return rating === 'again' ? dueNoLaterThan(next, at.getTime() + DAY_MS) : next;
    },
    recall(card, at) {
      if (!card || card.state === 'new') return 0;
      return f.get_retrievability(toFsrs(card), at.getTime() < card.lastReview ? new Date(card.lastReview) : at, false);
    },
  };
}

/**
 * The card with its due time moved up to `latest` if it was later; memory (stability, difficulty)
 * is left alone, so FSRS sees an early review next time, which it models.
 */
export function dueNoLaterThan(card: CardState, latest: number): CardState {
  if (card.due <= latest) return card;
  return { ...card, due: latest, scheduledDays: Math.max(0, Math.round((latest - card.lastReview) / DAY_MS)) };
}

function toFsrs(card: CardState): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    last_review: new Date(card.lastReview),
  };
}

function fromFsrs(card: Card, now: Date): CardState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: (card.last_review ?? now).getTime(),
  };
}
