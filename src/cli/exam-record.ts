/**
 * What a submitted mock exam leaves in the score file, saved in one append: an answer (mode
 * `exam`) for every question answered, each fed to the scheduler, then the attempt itself, which
 * also clears the saved unfinished exam.
 *
 * Ratings follow the README's rule without timing: moving back and forth makes the time spent on
 * one question unknowable, and there are no marks in an exam, so right → good, wrong → again.
 *
 * Unanswered questions get no answer record. They count as wrong in the exam's score, as on the
 * real exam, but skipping (often for lack of time) says nothing about what the person recalls, and
 * an "again" would pull the question back the next day as if it had been forgotten.
 */
import type { ExamResult } from '../engine/exam.ts';
import type { CardState } from '../srs/card.ts';
import { rateAnswer } from '../srs/rating.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { answerId, type ExamAttempt, type JournalEntry } from '../store/score-types.ts';

export function examEntries(result: ExamResult, cards: Readonly<Record<string, CardState>>, scheduler: Scheduler): JournalEntry[] {
  const at = result.finishedAt;
  const now = new Date(at);
  const entries: JournalEntry[] = [];
  for (const r of result.score.results) {
    if (r.positions === null) continue;
    const id = r.presented.question.id;
    const rating = rateAnswer({ correct: r.correct, readingColumns: 0 });
    entries.push({
      k: 'answer',
      answer: { id: answerId(at, id), q: id, at, given: [...r.given], correct: r.correct, rating, mode: 'exam', ms: 0 },
      card: scheduler.next(cards[id], rating, now),
    });
  }
  entries.push({ k: 'exam', exam: attemptOf(result) });
  return entries;
}

function attemptOf(result: ExamResult): ExamAttempt {
  const { score } = result;
  return {
    id: result.id,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    questions: [...result.questions],
    correct: score.correct,
    total: score.total,
    scaled: score.scaled,
    passed: score.passed,
    byDomain: Object.fromEntries(Object.entries(score.byDomain).map(([domain, d]) => [domain, { correct: d.correct, total: d.total }])),
  };
}
