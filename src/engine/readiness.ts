/**
 * Exam readiness: how much of the bank the person would recall on the exam date, what that means
 * for the exam score, where the risk is, and how many reviews a day would close the gap. Pure: the
 * FSRS state, a scheduler to predict recall, `now` and the exam date go in.
 *
 * Questions never studied count as 0 — unknown, not known — everywhere, and so does a domain the
 * bank has no questions for: nothing here says the person knows it. Suspended questions are left
 * out by the caller, as everywhere.
 */
import { DOMAINS } from '../bank/course.ts';
import type { Domain, Question } from '../bank/types.ts';
import type { CardState } from '../srs/card.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { PASS_SCALED, scaledScore } from './exam-score.ts';
import { isExamEligible } from './eligibility.ts';

const DAY_MS = 86_400_000;

/**
 * Reviews a never-studied question needs before the exam: the first answer and two follow-ups
 * (FSRS's learning step and the first review), after which it has a real interval.
 */
const REVIEWS_TO_LEARN = 3;

/**
 * Days a new question needs after its first answer before the exam: a first right answer comes
 * back in about 2 days (FSRS-6 defaults), so a question met later gets no follow-up at all.
 */
const FOLLOW_UP_DAYS = 2;

/** What the person's settings allow a day; the plan is made within them. */
export interface PlanLimits {
  /** New questions a day (the `new-per-day` setting). */
  readonly newPerDay: number;
  /** Questions a drill asks at most (the `drill-limit` setting). */
  readonly drillLimit: number;
}

export interface ReadinessInput {
  readonly questions: readonly Question[];
  readonly cards: Readonly<Record<string, CardState>>;
  readonly scheduler: Pick<Scheduler, 'recall'>;
  readonly now: number;
  /** The moment of the exam (epoch ms), e.g. the start of the exam day in local time. */
  readonly examDate: number;
  /** The recall each question should have on the exam date (the person's desired retention). */
  readonly targetRetention: number;
  /** How many at-risk modules and topics to list; 5 unless given. */
  readonly riskCount?: number;
  readonly limits: PlanLimits;
}

export interface GroupReadiness<K> {
  readonly key: K;
  readonly questions: number;
  readonly unseen: number;
  /** Mean predicted recall on the exam date over all the group's questions (unseen as 0); 0 when it has none. */
  readonly recall: number;
}

export interface DomainReadiness extends GroupReadiness<Domain> {
  readonly weight: number;
}

export interface StudyPlan {
  /** Whole days from now to the exam, counting a started day; 0 once the date has passed. */
  readonly daysLeft: number;
  /** Studied questions whose recall on the exam date falls below the target. */
  readonly belowTarget: number;
  readonly unseen: number;
  readonly reviewsNeeded: number;
  readonly reviewsPerDay: number;
  /** New questions to start each day to meet every unseen one FOLLOW_UP_DAYS before the exam. */
  readonly newPerDay: number;
  /** Days it takes to meet every unseen question at the new-per-day limit (null: never, the limit is 0). */
  readonly daysToMeetAll: number | null;
  /** Whether the plan fits within the limits. */
  readonly fits: boolean;
  /** The settings to raise for the plan to fit, each to the value it needs. */
  readonly raise: readonly { readonly setting: 'new-per-day' | 'drill-limit'; readonly to: number }[];
}

export interface Readiness {
  readonly questions: number;
  /** Mean predicted recall on the exam date over the whole bank. */
  readonly recall: number;
  readonly modules: readonly GroupReadiness<number>[];
  readonly domains: readonly DomainReadiness[];
  /** Σ domain weight × domain recall: the expected fraction right on an exam drawn by the blueprint. */
  readonly expectedFraction: number;
  /** That fraction through exam-score.ts's (estimated) raw-to-scaled mapping. */
  readonly estimatedScaled: number;
  readonly likelyPass: boolean;
  /** Lowest recall first, only groups below the target; topics are counted in every question they tag. */
  readonly modulesAtRisk: readonly GroupReadiness<number>[];
  readonly topicsAtRisk: readonly GroupReadiness<string>[];
  readonly plan: StudyPlan;
}

/**
 * The plan, deliberately simple: every studied question whose recall on the exam date would be
 * below the target needs at least one review before then, and every unseen question needs
 * REVIEWS_TO_LEARN; their sum spread evenly over the days left (at least one), rounded up. It fits
 * when that many answers a day stay within the drill limit and the unseen questions can all be met
 * FOLLOW_UP_DAYS before the exam at the new-per-day limit; otherwise it names the setting to raise.
 */
export function assessReadiness(input: ReadinessInput): Readiness {
  const { cards, scheduler, examDate, targetRetention } = input;
  // The estimate is of an exam score: course-only questions never appear on the exam.
  const questions = input.questions.filter(isExamEligible);
  const at = new Date(examDate);
  const modules = new Map<number, Tally>();
  const domains = new Map<Domain, Tally>(DOMAINS.map((d) => [d.number, emptyTally()]));
  const topics = new Map<string, Tally>();
  const whole = emptyTally();
  let belowTarget = 0;
  for (const question of questions) {
    const card = cards[question.id];
    const studied = card !== undefined && card.state !== 'new';
    const recall = studied ? scheduler.recall(card, at) : 0;
    if (studied && recall < targetRetention) belowTarget++;
    const groups = [whole, tallyOf(modules, question.module), tallyOf(domains, question.domain), ...question.topics.map((t) => tallyOf(topics, t))];
    for (const group of groups) add(group, recall, studied);
  }

  const domainReadiness = DOMAINS.map((d): DomainReadiness => ({ ...finish(d.number, domains.get(d.number) ?? emptyTally()), weight: d.weight }));
  const expectedFraction = domainReadiness.reduce((sum, d) => sum + d.weight * d.recall, 0);
  const estimatedScaled = scaledScore(expectedFraction);
  const moduleReadiness = [...modules].map(([key, t]) => finish(key, t)).sort((a, b) => a.key - b.key);
  const riskCount = input.riskCount ?? 5;
  const atRisk = <K>(groups: GroupReadiness<K>[], byKey: (a: K, b: K) => number) =>
    groups
      .filter((g) => g.recall < targetRetention)
      .sort((a, b) => a.recall - b.recall || byKey(a.key, b.key))
      .slice(0, riskCount);

  const daysLeft = Math.max(0, Math.ceil((examDate - input.now) / DAY_MS));
  return {
    questions: questions.length,
    recall: finish(null, whole).recall,
    modules: moduleReadiness,
    domains: domainReadiness,
    expectedFraction,
    estimatedScaled,
    likelyPass: estimatedScaled >= PASS_SCALED,
    modulesAtRisk: atRisk(moduleReadiness, (a, b) => a - b),
    topicsAtRisk: atRisk(
      [...topics].map(([key, t]) => finish(key, t)),
      (a, b) => a.localeCompare(b),
    ),
    plan: plan(daysLeft, belowTarget, whole.unseen, input.limits),
  };
}

function plan(daysLeft: number, belowTarget: number, unseen: number, limits: PlanLimits): StudyPlan {
  const reviewsNeeded = belowTarget + REVIEWS_TO_LEARN * unseen;
  const reviewsPerDay = Math.ceil(reviewsNeeded / Math.max(1, daysLeft));
  const newPerDay = unseen === 0 ? 0 : Math.ceil(unseen / Math.max(1, daysLeft - FOLLOW_UP_DAYS));
  const raise: { setting: 'new-per-day' | 'drill-limit'; to: number }[] = [];
  if (newPerDay > limits.newPerDay) raise.push({ setting: 'new-per-day', to: newPerDay });
  if (reviewsPerDay > limits.drillLimit) raise.push({ setting: 'drill-limit', to: reviewsPerDay });
  const daysToMeetAll = unseen === 0 ? 0 : limits.newPerDay > 0 ? Math.ceil(unseen / limits.newPerDay) : null;
  return { daysLeft, belowTarget, unseen, reviewsNeeded, reviewsPerDay, newPerDay, daysToMeetAll, fits: raise.length === 0, raise };
}

interface Tally {
  questions: number;
  unseen: number;
  recallSum: number;
}

function emptyTally(): Tally {
  return { questions: 0, unseen: 0, recallSum: 0 };
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = emptyTally();
    map.set(key, tally);
  }
  return tally;
}

function add(tally: Tally, recall: number, studied: boolean): void {
  tally.questions++;
  tally.recallSum += recall;
  if (!studied) tally.unseen++;
}

function finish<K>(key: K, tally: Tally): GroupReadiness<K> {
  return { key, questions: tally.questions, unseen: tally.unseen, recall: tally.questions > 0 ? tally.recallSum / tally.questions : 0 };
}
