/**
 * A learner's history made in code, saved through the score file as a session saves it (each
 * answer with the card the scheduler gives it), for the report, export, import and sync tests:
 * weeks of study in milliseconds instead of a drill per simulated day.
 */
import { scaledScore } from '../../src/engine/exam-score.ts';
import { seededRandom } from '../../src/engine/random.ts';
import type { CardState } from '../../src/srs/card.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { answerId, type JournalEntry } from '../../src/store/score-types.ts';

const DAY_MS = 86_400_000;

export interface StudyPlan {
  /** Question ids with their exam domain (for the exams' per-domain results). */
  readonly questions: readonly { readonly id: string; readonly domain: number }[];
  /** The first study day, at 09:00 UTC unless `hour` says otherwise. */
  readonly start: string;
  /** The hour (UTC) each day's study starts; 9 when absent. */
  readonly hour?: number;
  readonly days: number;
  /** Answers a day at most (due questions first, then new ones). */
  readonly perDay: number;
  readonly seed: number;
  /** Days (0-based) after whose answers a mock exam over every question is submitted. */
  readonly examDays?: readonly number[];
  /** Days (0-based) with no study. */
  readonly skipDays?: readonly number[];
}

/** Studies `plan` into the data folder `dir`; returns the number of answers saved. */
export function simulateStudy(dir: string, plan: StudyPlan): number {
  const scheduler = createScheduler();
  const random = seededRandom(plan.seed);
  const start = Date.parse(`${plan.start}T00:00:00Z`) + (plan.hour ?? 9) * 3_600_000;
  const store = ScoreFile.open(dir, new Date(start));
  const cards = new Map<string, CardState>(Object.entries(store.data.cards));
  let saved = 0;
  for (let day = 0; day < plan.days; day++) {
    if (plan.skipDays?.includes(day)) continue;
    const dayStart = start + day * DAY_MS;
    const due = plan.questions.filter((q) => (cards.get(q.id)?.due ?? Infinity) <= dayStart + 12 * 3_600_000);
    const fresh = plan.questions.filter((q) => !cards.has(q.id));
    const today = [...due, ...fresh].slice(0, plan.perDay);
    const entries: JournalEntry[] = today.map((q, i) => {
      const at = dayStart + i * 40_000;
      const card = cards.get(q.id);
      const chance = card ? 0.25 + 0.7 * scheduler.recall(card, new Date(at)) : 0.55;
      const correct = random() < chance;
      const rating = correct ? (random() < 0.2 ? 'easy' : 'good') : 'again';
      const next = scheduler.next(card, rating, new Date(at));
      cards.set(q.id, next);
      return { k: 'answer', answer: { id: answerId(at, q.id), q: q.id, at, given: [correct ? 0 : 1], correct, rating, mode: 'drill', ms: 9_000 }, card: next };
    });
    if (plan.examDays?.includes(day)) entries.push(mockExam(plan, dayStart + 6 * 3_600_000, random));
    saved += entries.filter((e) => e.k === 'answer').length;
    store.record(entries);
  }
  store.checkpoint(new Date(start + plan.days * DAY_MS));
  return saved;
}

function mockExam(plan: StudyPlan, finishedAt: number, random: () => number): JournalEntry {
  const byDomain: Record<string, { correct: number; total: number }> = {};
  let correct = 0;
  for (const q of plan.questions) {
    const right = random() < 0.7;
    const domain = byDomain[String(q.domain)] ?? { correct: 0, total: 0 };
    byDomain[String(q.domain)] = domain;
    domain.total++;
    if (right) {
      domain.correct++;
      correct++;
    }
  }
  const total = plan.questions.length;
  const scaled = scaledScore(correct / total);
  return {
    k: 'exam',
    exam: {
      id: `exam-${finishedAt.toString(36)}`,
      startedAt: finishedAt - 3_600_000,
      finishedAt,
      questions: plan.questions.map((q) => q.id),
      correct,
      total,
      scaled,
      passed: scaled >= 720,
      byDomain,
    },
  };
}

/**
 * `stats --json` without the two sections that follow the order answers were saved in rather than
 * their times: the weakest topics (each topic's latest answers) and the leeches (misses since the
 * first right answer), both counted from the history's summary in the order of the history files.
 * After a merge each machine holds the same answers saved in another order (its own first), so
 * these two may differ between machines; everything else is a function of the answers and cards.
 */
export function orderFree(statsJson: string): Record<string, unknown> {
  const { weakest: _w, leeches: _l, ...rest } = JSON.parse(statsJson) as Record<string, unknown>;
  return rest;
}
