import { describe, expect, it } from 'vitest';
import { assessReadiness, type ReadinessInput } from '../../src/engine/readiness.ts';
import { createScheduler, type Scheduler } from '../../src/srs/scheduler.ts';
import type { CardState } from '../../src/srs/card.ts';
import { question } from '../helpers/questions.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T10:00:00Z');
const examDate = now + 1.5 * DAY; // a day and a half: 2 days to study

/** A card whose predicted recall on the exam date is `recall` (the fake scheduler reads it back). */
const card = (recall: number, state: CardState['state'] = 'review'): CardState => ({
  due: now,
  stability: recall,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state,
  lastReview: now - DAY,
});

/** Recall pinned per card, and only ever asked about the exam date. */
const fakeScheduler = (at: number): Pick<Scheduler, 'recall'> => ({
  recall(c, when) {
    if (when.getTime() !== at) throw new Error(`recall asked for ${when.toISOString()}, not the exam date`);
    return c ? c.stability : 0;
  },
});

// module / domain / topics / recall on the exam date
const questions = [
  question('a', { module: 1, domain: 1, topics: ['x'] }), // 0.9
  question('b', { module: 1, domain: 1, topics: ['x', 'y'] }), // 0.5
  question('c', { module: 2, domain: 2, topics: ['y'] }), // 0.8
  question('d', { module: 2, domain: 4, topics: ['z'] }), // never studied → 0
  question('e', { module: 3, domain: 5, topics: ['z'] }), // 0.95
  question('f', { module: 3, domain: 5, topics: ['w'] }), // a card still 'new' → unstudied, 0 (its 0.99 is ignored)
];
const cards = { a: card(0.9), b: card(0.5), c: card(0.8), e: card(0.95), f: card(0.99, 'new') };
const roomy = { newPerDay: 20, drillLimit: 30 };
const input: ReadinessInput = { questions, cards, scheduler: fakeScheduler(examDate), now, examDate, targetRetention: 0.9, limits: roomy };

describe('exam readiness on a fixture history', () => {
  const readiness = assessReadiness(input);

  it('averages recall on the exam date over every question, unseen as 0', () => {
    expect(readiness.questions).toBe(6);
    expect(readiness.recall).toBeCloseTo(3.15 / 6, 12); // (0.9 + 0.5 + 0.8 + 0 + 0.95 + 0) / 6 = 0.525
  });

  it('predicts an exam score, so course-only questions and ordering items count nowhere', () => {
    const extra = [question('o', { module: 1, domain: 1, type: 'order' }), question('p', { module: 1, domain: 1, courseOnly: true })];
    const withExtra = assessReadiness({ ...input, questions: [...questions, ...extra], cards: { ...cards, o: card(0.1), p: card(0.1) } });
    expect(withExtra).toEqual(readiness);
  });

  it('averages by module', () => {
    expect(readiness.modules.map((m) => [m.key, m.questions, m.unseen])).toEqual([
      [1, 2, 0],
      [2, 2, 1],
      [3, 2, 1],
    ]);
    expect(readiness.modules[0]!.recall).toBeCloseTo(0.7, 12); // (0.9 + 0.5) / 2
    expect(readiness.modules[1]!.recall).toBeCloseTo(0.4, 12); // (0.8 + 0) / 2
    expect(readiness.modules[2]!.recall).toBeCloseTo(0.475, 12); // (0.95 + 0) / 2
  });

  it('averages by domain, a domain without questions at 0', () => {
    expect(readiness.domains.map((d) => [d.key, d.weight, d.questions, d.unseen])).toEqual([
      [1, 0.22, 2, 0],
      [2, 0.22, 1, 0],
      [3, 0.22, 0, 0],
      [4, 0.16, 1, 1],
      [5, 0.18, 2, 1],
    ]);
    const recall = readiness.domains.map((d) => d.recall);
    [0.7, 0.8, 0, 0, 0.475].forEach((expected, i) => {
      expect(recall[i]).toBeCloseTo(expected, 12);
    });
  });

  it('estimates the exam score from the domain recall weighted by the blueprint', () => {
    // 0.22 × 0.7 + 0.22 × 0.8 + 0.22 × 0 + 0.16 × 0 + 0.18 × 0.475 = 0.154 + 0.176 + 0.0855 = 0.4155
    expect(readiness.expectedFraction).toBeCloseTo(0.4155, 12);
    // 100 + 620 × 0.4155 / 0.72 = 457.79 → 457
    expect(readiness.estimatedScaled).toBe(457);
    expect(readiness.likelyPass).toBe(false);
  });

  it('lists the modules and topics most at risk, lowest recall first', () => {
    expect(readiness.modulesAtRisk.map((m) => m.key)).toEqual([2, 3, 1]); // 0.4, 0.475, 0.7
    // w: 0; z: (0 + 0.95) / 2; y: (0.5 + 0.8) / 2; x: (0.9 + 0.5) / 2
    expect(readiness.topicsAtRisk.map((t) => [t.key, t.recall])).toEqual([
      ['w', 0],
      ['z', 0.475],
      ['y', 0.65],
      ['x', 0.7],
    ]);
    const fewer = assessReadiness({ ...input, riskCount: 2 });
    expect(fewer.modulesAtRisk.map((m) => m.key)).toEqual([2, 3]);
    expect(fewer.topicsAtRisk.map((t) => t.key)).toEqual(['w', 'z']);
  });

  it('leaves out groups already at the target', () => {
    const lower = assessReadiness({ ...input, targetRetention: 0.6 });
    expect(lower.modulesAtRisk.map((m) => m.key)).toEqual([2, 3]); // module 1 at 0.7 is fine
    expect(lower.topicsAtRisk.map((t) => t.key)).toEqual(['w', 'z']); // y 0.65, x 0.7 are fine
  });

  it('plans one review per studied question below target and three per unseen one, spread over the days left', () => {
    // below 0.9: b (0.5) and c (0.8) — a at exactly 0.9 is not below; unseen: d and f.
    // 2 × 1 + 2 × 3 = 8 reviews over 2 days
    // The 2 unseen are met today (2 days left, less the 2 a first answer needs to come back: 1 day).
    expect(readiness.plan).toEqual({
      daysLeft: 2,
      belowTarget: 2,
      unseen: 2,
      reviewsNeeded: 8,
      reviewsPerDay: 4,
      newPerDay: 2,
      daysToMeetAll: 1,
      fits: true,
      raise: [],
    });
    // at 0.6 only b is below: 1 + 6 = 7 over 2 days → 3.5, rounded up
    expect(assessReadiness({ ...input, targetRetention: 0.6 }).plan).toMatchObject({
      daysLeft: 2,
      belowTarget: 1,
      unseen: 2,
      reviewsNeeded: 7,
      reviewsPerDay: 4,
    });
  });

  it('plans within the limits, and names the setting to raise when it does not fit', () => {
    const tight = assessReadiness({ ...input, limits: { newPerDay: 1, drillLimit: 3 } }).plan;
    expect(tight.fits).toBe(false);
    expect(tight.raise).toEqual([
      { setting: 'new-per-day', to: 2 },
      { setting: 'drill-limit', to: 4 },
    ]);
    expect(tight.daysToMeetAll).toBe(2);
    const noNew = assessReadiness({ ...input, limits: { newPerDay: 0, drillLimit: 30 } }).plan;
    expect(noNew).toMatchObject({ fits: false, daysToMeetAll: null, raise: [{ setting: 'new-per-day', to: 2 }] });
  });

  it('spreads new questions over the days before the last two', () => {
    const far = now + 12 * DAY;
    const plan = assessReadiness({ ...input, examDate: far, scheduler: fakeScheduler(far), limits: { newPerDay: 20, drillLimit: 30 } }).plan;
    // 2 unseen over 12 − 2 days: 1 a day
    expect(plan).toMatchObject({ daysLeft: 12, newPerDay: 1, fits: true });
  });

  it.each([
    ['half a day', 0.5 * DAY, 1, 8],
    ['exactly two days', 2 * DAY, 2, 4],
    ['two days and a moment', 2 * DAY + 1, 3, 3], // 8 / 3 rounded up
    ['a date already past', -DAY, 0, 8], // everything today
  ])('counts the days to an exam %s away', (_name, offset, daysLeft, reviewsPerDay) => {
    const plan = assessReadiness({ ...input, examDate: now + offset, scheduler: fakeScheduler(now + offset) }).plan;
    expect(plan).toMatchObject({ daysLeft, reviewsPerDay });
  });
});

describe('readiness with the real scheduler', () => {
  it('predicts recall at the exam date, which falls the further away it is', () => {
    const scheduler = createScheduler(0.9);
    const learned = scheduler.next(scheduler.next(undefined, 'good', new Date(now - 3 * DAY)), 'good', new Date(now - 2 * DAY));
    const at = (days: number) =>
      assessReadiness({ questions: [question('a')], cards: { a: learned }, scheduler, now, examDate: now + days * DAY, targetRetention: 0.9, limits: roomy })
        .recall;
    expect(at(1)).toBe(scheduler.recall(learned, new Date(now + DAY)));
    expect(at(30)).toBe(scheduler.recall(learned, new Date(now + 30 * DAY)));
    expect(at(30)).toBeLessThan(at(1));
    expect(at(30)).toBeGreaterThan(0);
  });
});
