/** Merging two histories, pure: the rules store/merge.ts states, each on a small history. */
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/srs/card.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import type { History } from '../../src/store/history.ts';
import { mergeHistories } from '../../src/store/merge.ts';
import { answerId, type AnswerRecord, type Settings } from '../../src/store/score-types.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-04-01T09:00:00Z');
const scheduler = createScheduler();

function answer(q: string, day: number, rating: Rating | undefined, hour = 9): AnswerRecord {
  const at = T0 + day * DAY + (hour - 9) * 3_600_000;
  return { id: answerId(at, q), q, at, given: [0], correct: rating !== 'again', ...(rating ? { rating } : {}), mode: rating ? 'drill' : 'cram', ms: 0 };
}

/** A history whose cards are its answers replayed, as a session would have left them. */
function history(answers: AnswerRecord[], extra: Partial<History> = {}): History {
  const cards: History['cards'] = Object.create(null);
  const sorted = [...answers].sort((a, b) => a.at - b.at);
  for (const a of sorted) if (a.rating) (cards as Record<string, unknown>)[a.q] = scheduler.next(cards[a.q], a.rating, new Date(a.at));
  return {
    createdAt: T0,
    settings: { requestRetention: 0.9, newPerDay: 20 },
    cards,
    answers: sorted,
    exams: [],
    suspended: [],
    suspendedAt: Object.create(null),
    ...extra,
  };
}

const laptop = history([answer('q1', 0, 'good'), answer('q1', 2, 'again'), answer('q2', 0, 'good'), answer('q3', 1, undefined)]);
const desktop = history([answer('q1', 1, 'good', 20), answer('q1', 4, 'easy', 20), answer('q4', 3, 'hard', 20)]);

describe('mergeHistories', () => {
  it('unites answers by id, in time order, and merging again changes nothing', () => {
    const { history: merged, changes } = mergeHistories(laptop, desktop);
    expect(merged.answers.map((a) => a.id)).toEqual([...laptop.answers, ...desktop.answers].sort((a, b) => a.at - b.at).map((a) => a.id));
    expect(changes).toMatchObject({ answersAdded: 3, any: true });
    const again = mergeHistories(merged, desktop);
    expect(again.changes.any).toBe(false);
    expect(again.history).toEqual(merged);
  });

  it('gives a question both sides studied the card of all its answers replayed in time order, the same on both sides', () => {
    const one = mergeHistories(laptop, desktop).history;
    const other = mergeHistories(desktop, laptop).history;
    const replayed = history([...laptop.answers, ...desktop.answers]).cards;
    expect(one.cards['q1']).toEqual(replayed['q1']);
    expect(other.cards).toEqual(one.cards);
    // Questions one side alone studied keep that side's card.
    expect(one.cards['q2']).toBe(laptop.cards['q2']);
    expect(one.cards['q4']).toBe(desktop.cards['q4']);
  });

  it('takes each setting from the side that changed it last; a changed setting beats a default never changed', () => {
    const a: Settings = { requestRetention: 0.85, newPerDay: 10, changedAt: { requestRetention: T0 + DAY, newPerDay: T0 + 5 * DAY } };
    const b: Settings = {
      requestRetention: 0.95,
      newPerDay: 30,
      examDate: '2026-07-01',
      changedAt: { requestRetention: T0 + 2 * DAY, newPerDay: T0 + 3 * DAY },
    };
    const untimed: Settings = { requestRetention: 0.8, newPerDay: 20 };
    const merged = mergeHistories(history([], { settings: a }), history([], { settings: b }));
    expect(merged.history.settings).toEqual({
      requestRetention: 0.95,
      newPerDay: 10,
      examDate: '2026-07-01',
      changedAt: { requestRetention: T0 + 2 * DAY, newPerDay: T0 + 5 * DAY },
    });
    expect(merged.changes.settingsChanged).toEqual(['requestRetention', 'examDate']);
    // Changed by a version that kept no time: older than any timed change, newer than the default.
    expect(mergeHistories(history([], { settings: untimed }), history([], { settings: a })).history.settings.requestRetention).toBe(0.85);
    expect(mergeHistories(history([]), history([], { settings: untimed })).history.settings.requestRetention).toBe(0.8);
  });

  it('keeps the newer of a suspend and an unsuspend, and a suspension without times on either side', () => {
    const at = (day: number) => T0 + day * DAY;
    const suspendedEarly = history([], { suspended: ['q1', 'q9'], suspendedAt: Object.assign(Object.create(null), { q1: at(1) }) });
    const unsuspendedLater = history([], { suspended: [], suspendedAt: Object.assign(Object.create(null), { q1: at(2) }) });
    const both = mergeHistories(suspendedEarly, unsuspendedLater);
    expect(both.history.suspended).toEqual(['q9']);
    expect(both.changes.unsuspended).toEqual(['q1']);
    expect(mergeHistories(unsuspendedLater, suspendedEarly).history.suspended).toEqual(['q9']);
  });

  it('unites exams by id', () => {
    const exam = (id: string, day: number) => ({
      id,
      startedAt: T0 + day * DAY,
      finishedAt: T0 + day * DAY + 3_600_000,
      questions: ['q1'],
      correct: 1,
      total: 1,
      scaled: 1000,
      passed: true,
      byDomain: { '1': { correct: 1, total: 1 } },
    });
    const merged = mergeHistories(history([], { exams: [exam('e1', 1), exam('e2', 3)] }), history([], { exams: [exam('e2', 3), exam('e3', 2)] }));
    expect(merged.history.exams.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
    expect(merged.changes.examsAdded).toBe(1);
  });
});
