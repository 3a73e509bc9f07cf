/**
 * The enumerations the score file stores are append-only: files written years ago hold ratings
 * and modes as positions in these lists, and card states by name. A change here that is not an
 * addition at the end turns old answers into other answers without anyone noticing.
 */
import { describe, expect, it } from 'vitest';
import type { StudyMode } from '../../src/engine/session.ts';
import type { CardStateName, Rating } from '../../src/srs/card.ts';
import { decodeAnswers } from '../../src/store/legacy/answer-columns.ts';
import { CARD_STATES, MODE_CODES, type Mode, RATING_CODES } from '../../src/store/enumerations.ts';

describe('stored enumerations (append only)', () => {
  it('keeps every value at the position files already use', () => {
    expect(RATING_CODES).toEqual(['again', 'hard', 'good', 'easy']);
    expect(MODE_CODES).toEqual(['drill', 'quiz', 'review', 'exam', 'cram']);
    expect(CARD_STATES).toEqual(['new', 'learning', 'review', 'relearning']);
  });

  it('has a code for every rating, mode and card state the program can write', () => {
    // A value added to one of these types fails to compile here until it is listed: then it
    // goes at the end of its list above.
    const ratings: Record<Rating, true> = { again: true, hard: true, good: true, easy: true };
    const studyModes: Record<StudyMode, true> = { drill: true, quiz: true, review: true, cram: true };
    const states: Record<CardStateName, true> = { new: true, learning: true, review: true, relearning: true };
    expect(Object.keys(ratings).every((r) => (RATING_CODES as readonly string[]).includes(r))).toBe(true);
    expect(Object.keys(studyModes).every((m) => (MODE_CODES as readonly string[]).includes(m))).toBe(true);
    expect(Object.keys(states).every((s) => (CARD_STATES as readonly string[]).includes(s))).toBe(true);
    const exam: Mode = 'exam';
    expect(MODE_CODES).toContain(exam);
  });

  it('reads positions written by earlier versions as the values they meant', () => {
    // Columns as a version-3 snapshot stores them: rating 0 is again, 3 easy; mode 1 is quiz, 4 cram.
    const columns = {
      questions: ['q'],
      ids: {},
      q: [0, 0, 0],
      at: [1, 2, 3],
      given: ['0', '1', '2'],
      correct: [0, 1, 1],
      rating: [0, 3, -1],
      mode: [1, 3, 4],
      ms: [0, 0, 0],
    };
    expect(decodeAnswers(columns).map((a) => [a.rating, a.mode])).toEqual([
      ['again', 'quiz'],
      ['easy', 'exam'],
      [undefined, 'cram'],
    ]);
  });
});
