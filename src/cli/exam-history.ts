/**
 * Past mock exams as `exam --history` numbers them (1 the oldest), and what one of them holds:
 * each question with the answer given, rebuilt from the answers the exam recorded (mode `exam`,
 * at the moment it was submitted). The choices' shuffled order is not kept, so a past exam shows
 * them in the bank's order; the answer, kept as bank choices, reads the same.
 */
import type { Question } from '../bank/types.ts';
import type { QuestionResult } from '../engine/exam-score.ts';
import { correctPositions } from '../engine/grading.ts';
import { QuizError } from '../errors.ts';
import type { ScoreFile } from '../store/score-file.ts';
import type { AnswerRecord, ExamAttempt } from '../store/score-types.ts';
import { inBankOrder } from '../ui/question-view.ts';

/** Oldest first: the order, and so the numbers, of `exam --history`. */
function numberedExams(exams: readonly ExamAttempt[]): ExamAttempt[] {
  return [...exams].sort((a, b) => a.finishedAt - b.finishedAt);
}

/** The attempt named by its number in the history, `last`, or its id. */
export function pickAttempt(exams: readonly ExamAttempt[], which: string): { attempt: ExamAttempt; number: number } {
  const list = numberedExams(exams);
  if (list.length === 0)
    throw new QuizError('USAGE', {
      en: 'there is no past exam yet; take one with "cloudops-quiz exam"',
      ja: 'まだ模擬試験の記録がありません。"cloudops-quiz exam" で受けてください',
    });
  const wanted = which.trim().toLowerCase();
  const index = wanted === 'last' ? list.length - 1 : /^\d+$/.test(wanted) ? Number(wanted) - 1 : list.findIndex((e) => e.id === which.trim());
  const attempt = list[index];
  if (attempt) return { attempt, number: index + 1 };
  throw new QuizError('USAGE', {
    en: `no past exam "${which}"; use a number from 1 to ${list.length} as "cloudops-quiz exam --history" lists them, or "last"`,
    ja: `過去の試験 "${which}" はありません。"cloudops-quiz exam --history" の 1 から ${list.length} の番号か、"last" を指定してください`,
  });
}

/** The answer each question of the attempt got, by question id (none for a question left unanswered). */
function answersOf(attempt: ExamAttempt, answers: readonly AnswerRecord[]): Map<string, AnswerRecord> {
  const ids = new Set(attempt.questions);
  const found = new Map<string, AnswerRecord>();
  for (const a of answers) if (a.mode === 'exam' && a.at === attempt.finishedAt && ids.has(a.q)) found.set(a.q, a);
  return found;
}

/**
 * The answers a submitted exam recorded (mode `exam`, at the moment it was submitted), read from
 * the history one file at a time: only they are kept, however long the history.
 */
export function examAnswers(store: ScoreFile, attempt: ExamAttempt): AnswerRecord[] {
  const found: AnswerRecord[] = [];
  store.forEachEntry((entry) => {
    if (entry.k === 'answer' && entry.answer.mode === 'exam' && entry.answer.at === attempt.finishedAt) found.push(entry.answer);
  });
  return found;
}

/** Every question of the attempt still in the banks, in exam order, with its answer and grade. */
export function pastResults(attempt: ExamAttempt, answers: readonly AnswerRecord[], questionsById: ReadonlyMap<string, Question>): QuestionResult[] {
  const given = answersOf(attempt, answers);
  return attempt.questions.flatMap((id) => {
    const question = questionsById.get(id);
    if (!question) return [];
    const presented = inBankOrder(question);
    const answer = given.get(id);
    return [
      {
        presented,
        positions: answer ? [...answer.given] : null,
        given: answer ? [...answer.given] : [],
        correct: answer?.correct ?? false,
        correctPositions: correctPositions(presented),
      },
    ];
  });
}

/** The questions the attempt missed: answered wrong or left unanswered. */
export function missedIds(attempt: ExamAttempt, answers: readonly AnswerRecord[]): string[] {
  const given = answersOf(attempt, answers);
  return attempt.questions.filter((id) => given.get(id)?.correct !== true);
}
