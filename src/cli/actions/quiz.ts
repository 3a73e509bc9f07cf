import { selectQuiz } from '../../engine/selection.ts';
import type { QuizOptions } from '../commands/quiz.ts';
import type { Context } from '../context.ts';
import { runStudy, sessionRandom, studyBasics, wholeNumber } from '../study.ts';
import { openWorkspace, parseModule } from '../workspace.ts';

/** N questions from one module, right after studying it; answers feed the scheduler. */
export async function quizCommand(ctx: Context, options: QuizOptions, moduleArg: string): Promise<number> {
  const module = parseModule(moduleArg);
  const count = wholeNumber('--count', options.count);
  const ws = await openWorkspace(ctx, { forWriting: true });
  const pool = ws.questions.filter((q) => q.module === module);
  const chosen = selectQuiz(pool, ws.store.data, ws.clock, count, sessionRandom(ctx));
  return runStudy(ctx, { ...studyBasics(ws), mode: 'quiz', questions: chosen, scheduler: ws.scheduler });
}
