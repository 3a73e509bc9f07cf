/**
 * A mock exam's questions: how many from each SOA-C03 domain (the blueprint), and which ones.
 * Pure: the bank, the person's history, `now` and a seeded random source go in.
 */
import { DOMAINS } from '../bank/course.ts';
import type { Domain, Question } from '../bank/types.ts';
import { shuffled, type Random } from './random.ts';
import type { StudyRecords } from './selection.ts';
import { isExamEligible } from './eligibility.ts';

/** The real exam: 65 questions (50 scored, 15 unscored, indistinguishable) in 130 minutes. */
export const EXAM_QUESTION_COUNT = 65;

export type Blueprint = Readonly<Record<Domain, number>>;

const DAY_MS = 86_400_000;

/**
 * Questions per domain for an exam of `count`, by the domain weights, with the largest-remainder
 * method: each domain first gets the whole part of its exact share, and the seats left over go to
 * the largest fractional parts. Equal fractional parts go to the lower domain number first.
 *
 * For 65 (22/22/22/16/18 %): exact shares 14.3/14.3/14.3/10.4/11.7 → whole parts 14/14/14/10/11
 * (63); the two seats left go to 0.7 (domain 5) and 0.4 (domain 4) → 14/14/14/11/12, the mix the
 * issue asks for. Every domain stays within one question of its exact share for any count.
 *
 * Shares are computed in whole percent so remainders are exact integers: with floating point,
 * 65 × 0.22 is 14.299999… and equal shares could compare unequal.
 */
export function examBlueprint(count: number): Record<Domain, number> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`an exam needs a whole number of questions, got ${count}`);
  const percents = DOMAINS.map((d) => Math.round(d.weight * 100));
  const whole = percents.reduce((sum, p) => sum + p, 0);
  const shares = DOMAINS.map((d, i) => {
    const exact = count * (percents[i] ?? 0);
    return { domain: d.number, seats: Math.floor(exact / whole), remainder: exact % whole };
  });
  let left = count - shares.reduce((sum, s) => sum + s.seats, 0);
  // Array.prototype.sort is stable, so equal remainders keep domain order.
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (left-- <= 0) break;
    share.seats++;
  }
  const blueprint = emptyDomainCounts();
  for (const share of shares) blueprint[share.domain] = share.seats;
  return blueprint;
}

function emptyDomainCounts(): Record<Domain, number> {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/** A domain the bank has too few questions for; its missing seats went to other domains. */
export interface DomainShortfall {
  readonly domain: Domain;
  readonly wanted: number;
  readonly available: number;
}

export interface ExamDraw {
  /** The exam's questions in the order they are asked; fewer than planned only if the whole bank is smaller. */
  readonly questions: readonly Question[];
  /** How many of `questions` each domain actually has. */
  readonly byDomain: Readonly<Record<Domain, number>>;
  readonly shortfalls: readonly DomainShortfall[];
}

/**
 * Draw an exam by the blueprint, no question twice, only exam-eligible questions (see
 * eligibility.ts), favouring questions not seen recently.
 *
 * Favouring rule: questions are ranked by whole days since they were last answered (in any mode),
 * never-answered questions above all; within the same day the order is random. So repeated mock
 * exams rotate through the bank, and questions answered in the same sitting are not told apart by
 * minutes. Each domain takes its best-ranked questions; a domain with too few gives all it has,
 * and its missing seats are filled with the best-ranked questions left in the other domains.
 * The final order is shuffled, so the domains are mixed as on the real exam.
 */
export function selectExam(questions: readonly Question[], blueprint: Blueprint, records: StudyRecords, now: number, random: Random): ExamDraw {
  const lastSeen = lastSeenTimes(records);
  const unique = [...new Map(questions.filter(isExamEligible).map((q) => [q.id, q] as const)).values()];
  // Shuffle first: the stable sort then leaves equally ranked questions in random order.
  const ranked = shuffled(unique, random)
    .map((question) => ({ question, age: daysSince(lastSeen.get(question.id), now) }))
    .sort((a, b) => (a.age === b.age ? 0 : a.age > b.age ? -1 : 1))
    .map(({ question }) => question);

  const chosen = new Set<Question>();
  const shortfalls: DomainShortfall[] = [];
  for (const { number: domain } of DOMAINS) {
    const wanted = blueprint[domain];
    const pool = ranked.filter((q) => q.domain === domain);
    for (const question of pool.slice(0, wanted)) chosen.add(question);
    if (pool.length < wanted) shortfalls.push({ domain, wanted, available: pool.length });
  }
  const planned = DOMAINS.reduce((sum, d) => sum + blueprint[d.number], 0);
  for (const question of ranked) {
    if (chosen.size >= planned) break;
    chosen.add(question);
  }

  const byDomain = emptyDomainCounts();
  for (const question of chosen) byDomain[question.domain]++;
  return { questions: shuffled([...chosen], random), byDomain, shortfalls };
}

/** When each question was last answered; a card without a recorded answer counts by its last review. */
function lastSeenTimes(records: StudyRecords): Map<string, number> {
  const last = new Map<string, number>();
  for (const [id, card] of Object.entries(records.cards)) if (card.state !== 'new') last.set(id, card.lastReview);
  for (const q in records.seen) {
    const at = records.seen[q]?.lastAt;
    if (at !== undefined) last.set(q, Math.max(at, last.get(q) ?? -Infinity));
  }
  return last;
}

/** Whole days since `at`; never seen ranks above everything. */
function daysSince(at: number | undefined, now: number): number {
  if (at === undefined) return Infinity;
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}
