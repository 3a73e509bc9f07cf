/**
 * Which questions may stand in a mock exam. SOA-C03 has only multiple choice and multiple
 * response items on in-scope services; an ordering item or a course-only question (an out-of-scope
 * service such as AWS AppConfig) stays in drills, quizzes and reviews but never reaches an exam or
 * the readiness estimate, which predicts an exam score.
 */
import type { Question } from '../bank/types.ts';
import { questionType } from './question-types/registry.ts';

export function isExamEligible(question: Pick<Question, 'type' | 'courseOnly'>): boolean {
  return questionType(question.type).examEligible && !question.courseOnly;
}
