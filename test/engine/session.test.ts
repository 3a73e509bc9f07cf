/** The study session state machine: relearning in the session, scheduling, undo, suspend. Time is injected. */
import { describe, expect, it } from 'vitest';
import { MAX_REASKS, REASK_GAP, StudySession, type SessionOptions } from '../../src/engine/session.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { correctPositions, type Presented } from '../../src/engine/grading.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import type { CardState } from '../../src/srs/card.ts';
import { question } from '../helpers/questions.ts';

const DAY = 86_400_000;
const now = new Date('2026-04-10T10:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const facts = { readingColumns: 100 };

function make(ids: readonly string[], options: Partial<SessionOptions> = {}) {
  return new StudySession({
    mode: 'drill',
    questions: ids.map((id) => question(id, { choices: 6 })),
    random: seededRandom(1),
    scheduler: createScheduler(),
    cards: {},
    ...options,
  });
}
const rightOf = (p: Presented) => correctPositions(p);
const wrongOf = (p: Presented) => [p.order.findIndex((choice) => !p.question.choices[choice]?.correct)];
/** Answers the current question right or wrong; returns the outcome. */
function reply(session: StudySession, right: boolean, when = now, extra: Partial<typeof facts & { elapsedMs: number }> = {}) {
  const turn = session.current()!;
  return session.answer(right ? rightOf(turn.presented) : wrongOf(turn.presented), { ...facts, ...extra }, when);
}
const order = (session: StudySession) => {
  const ids: string[] = [];
  for (let i = 0; i < session.outcomes.length; i++) ids.push(session.outcomes[i]!.presented.question.id);
  return ids;
};

describe('study session', () => {
  it('grades, rates and schedules each answer in turn', () => {
    const session = make(['a', 'b']);
    const right = reply(session, true);
    expect(right).toMatchObject({ correct: true, rating: 'good', ratingReason: 'untimed', attempt: 0, reaskQueued: false });
    expect(right.card?.reps).toBe(1);
    expect(right.cardBefore).toBeUndefined();
    const wrong = reply(session, false);
    expect(wrong).toMatchObject({ correct: false, rating: 'again', ratingReason: 'wrong', reaskQueued: true });
  });

  it('re-rates a right answer the person marks afterwards, scheduling it once', () => {
    const session = make(['a', 'b']);
    const good = reply(session, true);
    const easy = session.revise('easy', facts, now);
    expect(easy.rating).toBe('easy');
    expect(easy.ratingReason).toBe('marked-easy');
    expect(easy.card!.due).toBeGreaterThan(good.card!.due);
    expect(easy.card!.reps).toBe(1);
    expect(session.outcomes).toHaveLength(1);
    expect(session.current()?.presented.question.id).toBe('b');
  });

  it('leaves the schedule alone without a scheduler (cram), yet still re-asks a miss', () => {
    const session = make(['a', 'b'], { mode: 'cram', scheduler: null });
    const outcome = reply(session, false);
    expect(outcome.card).toBeNull();
    expect(outcome.rating).toBeUndefined();
    expect(outcome.reaskQueued).toBe(true);
    expect(session.total).toBe(3);
  });
});

describe('relearning in the session', () => {
  it(`re-asks a miss after ${REASK_GAP} other questions, with freshly shuffled choices; the total grows`, () => {
    const session = make(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(session.total).toBe(6);
    const first = session.current()!.presented;
    reply(session, false);
    expect(session.total).toBe(7);
    for (let i = 0; i < REASK_GAP; i++) reply(session, true);
    const again = session.current()!;
    expect(again.presented.question.id).toBe('a');
    expect(again.attempt).toBe(1);
    expect(again.presented).not.toBe(first);
    expect(again.presented.order).not.toEqual(first.order);
    expect(order(session)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('re-asks at the end when fewer than three questions remain', () => {
    const session = make(['a', 'b', 'c']);
    reply(session, true);
    reply(session, false); // b missed: only c remains after it
    reply(session, true);
    expect(session.current()?.presented.question.id).toBe('b');
    reply(session, true);
    expect(session.done).toBe(true);
    expect(order(session)).toEqual(['a', 'b', 'c', 'b']);
  });

  it(`stops re-asking once the question is answered right, and after ${MAX_REASKS} re-asks`, () => {
    const relearned = make(['a']);
    reply(relearned, false);
    reply(relearned, true);
    expect(relearned.done).toBe(true);
    expect(relearned.outcomes.map((o) => o.attempt)).toEqual([0, 1]);

    const stubborn = make(['a']);
    while (!stubborn.done) reply(stubborn, false);
    expect(stubborn.outcomes.map((o) => o.attempt)).toEqual([0, 1, 2]);
    expect(stubborn.outcomes.at(-1)?.reaskQueued).toBe(false);
    expect(stubborn.summary()).toEqual({ total: 1, answered: 1, correct: 0, reasks: 2, answers: 3 });
  });

  it('schedules each re-ask as a same-day review of the card the miss left', () => {
    const session = make(['a']);
    const miss = reply(session, false, now);
    const reask = reply(session, true, at(5));
    expect(reask.cardBefore).toEqual(miss.card);
    expect(reask.card!.reps).toBe(2);
    expect(reask.card!.lastReview).toBe(at(5).getTime());
  });

  it('never rates a re-ask on speed: the answer was on screen a minute ago', () => {
    const session = make(['a']);
    reply(session, false, now, { elapsedMs: 500 });
    expect(reply(session, true, at(2), { elapsedMs: 500 })).toMatchObject({ rating: 'good', ratingReason: 'reask' });
  });
});

describe('when an answer comes back', () => {
  it('a first right answer (Good) is not due before its FSRS interval of about 2 days', () => {
    const session = make(['a']);
    const card = reply(session, true).card!;
    expect(card.due - now.getTime()).toBeGreaterThanOrEqual(2 * DAY);
    expect(card.due - now.getTime()).toBeLessThan(4 * DAY);
    expect(card.state).toBe('review');
  });

  it('a miss is due again the next day at the latest, even when the re-ask went well', () => {
    const session = make(['a', 'b']);
    const miss = reply(session, false, now);
    expect(miss.card!.due - now.getTime()).toBeLessThanOrEqual(DAY);
    expect(miss.card!.due).toBeGreaterThan(at(60).getTime());
    reply(session, true, at(1));
    const reask = reply(session, true, at(2));
    expect(reask.attempt).toBe(1);
    expect(reask.card!.due - at(2).getTime()).toBeLessThanOrEqual(DAY);
  });

  it('a lapse on a long-known card is due the next day, not after its post-lapse interval', () => {
    const scheduler = createScheduler();
    let card: CardState | undefined;
    let when = now;
    for (let i = 0; i < 5; i++) {
      card = scheduler.next(card, 'good', when);
      when = new Date(card.due);
    }
    const session = make(['a'], { cards: { a: card! } });
    const lapse = reply(session, false, when);
    expect(lapse.card!.due - when.getTime()).toBeLessThanOrEqual(DAY);
    expect(lapse.card!.lapses).toBe(1);
  });

  it('a miss with the clock set back is due a day after the card’s last review, never before it', () => {
    const scheduler = createScheduler();
    const ahead = scheduler.next(undefined, 'good', new Date(now.getTime() + 2 * DAY));
    const session = make(['a'], { cards: { a: ahead } });
    const miss = reply(session, false, now);
    expect(miss.card!.lastReview).toBe(ahead.lastReview);
    expect(miss.card!.due).toBe(ahead.lastReview + DAY);
    const reask = reply(session, true, at(1));
    expect(reask.card!.due).toBeGreaterThanOrEqual(reask.card!.lastReview);
    expect(reask.card!.due - reask.card!.lastReview).toBeLessThanOrEqual(DAY);
  });

  it('with timing off, speed never changes the rating', () => {
    const timed = make(['a']);
    expect(reply(timed, true, now, { elapsedMs: 500 })).toMatchObject({ rating: 'easy', ratingReason: 'fast', expectedMs: 14_000 });
    const untimed = make(['a'], { timing: false });
    expect(reply(untimed, true, now, { elapsedMs: 500 })).toMatchObject({ rating: 'good', ratingReason: 'timing-off' });
  });
});

describe('undo', () => {
  it('takes back the last answer exactly: card, queue and position', () => {
    const session = make(['a', 'b', 'c']);
    reply(session, true, now);
    const beforeMiss = session.cardOf('b');
    expect(beforeMiss).toBeUndefined();
    const turn = session.current()!;
    const miss = reply(session, false, at(1));
    expect(session.total).toBe(4);
    const undone = session.undo();
    expect(undone).toBe(miss);
    expect(session.outcomes).toHaveLength(1);
    expect(session.total).toBe(3);
    expect(session.current()).toBe(turn);
    expect(session.cardOf('b')).toBeUndefined();
    // Asked again, answered right this time: no re-ask.
    reply(session, true, at(2));
    expect(session.total).toBe(3);
  });

  it('restores a studied card to the very state it had', () => {
    const scheduler = createScheduler();
    const known = scheduler.next(undefined, 'good', new Date(now.getTime() - 3 * DAY));
    const session = make(['a'], { cards: { a: known } });
    reply(session, false);
    session.undo();
    expect(session.cardOf('a')).toBe(known);
  });

  it('undoes a re-ask back to the card the first miss left', () => {
    const session = make(['a']);
    const miss = reply(session, false, now);
    reply(session, false, at(1));
    session.undo();
    expect(session.cardOf('a')).toEqual(miss.card);
    expect(session.current()?.attempt).toBe(1);
  });

  it('has nothing to undo before the first answer', () => {
    expect(make(['a']).undo()).toBeUndefined();
  });
});

describe('suspend in a session', () => {
  it('drops the question and its queued re-asks from the rest of the session, for good', () => {
    const session = make(['a', 'b', 'c', 'd', 'e']);
    reply(session, false); // a: re-ask queued
    expect(session.total).toBe(6);
    expect(session.suspend('a')).toBe(1);
    expect(session.total).toBe(5);
    reply(session, true);
    session.undo();
    expect(session.total).toBe(5);
    while (!session.done) reply(session, true);
    expect(order(session)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('suspending the current question skips it', () => {
    const session = make(['a', 'b']);
    session.suspend('a');
    expect(session.current()?.presented.question.id).toBe('b');
    expect(session.summary().total).toBe(1);
  });
});

describe('session summary', () => {
  it('scores first answers, counts re-asks, and lists what was missed with its card', () => {
    const session = make(['a', 'b', 'c', 'd']);
    reply(session, false); // a
    reply(session, true); // b
    reply(session, false); // c
    reply(session, true); // d
    reply(session, true); // a re-ask, right
    reply(session, false); // c re-ask, wrong
    reply(session, false); // c second re-ask, wrong
    expect(session.done).toBe(true);
    expect(session.summary()).toEqual({ total: 4, answered: 4, correct: 2, reasks: 3, answers: 7 });
    const missed = session.missed();
    expect(missed.map((m) => [m.question.id, m.misses, m.relearned])).toEqual([
      ['a', 1, true],
      ['c', 3, false],
    ]);
    expect(missed[0]!.card).toBe(session.cardOf('a'));
  });
});
