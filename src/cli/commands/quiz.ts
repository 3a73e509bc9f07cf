import { selectQuiz } from '../../engine/selection.ts';
import { assertPositive, runStudy, sessionRandom, studyBasics } from '../study.ts';
import type { Context } from '../context.ts';
import { openWorkspace, parseModule } from '../workspace.ts';

/** N questions from one module, right after studying it; answers feed the scheduler. */
export async function quizCommand(ctx: Context, moduleArg: string, options: { count?: string }): Promise<number> {
  const module = parseModule(moduleArg);
  const count = assertPositive('--count', options.count, 10);
  const ws = await openWorkspace(ctx, { forWriting: true });
  const pool = ws.questions.filter((q) => q.module === module);
  const chosen = selectQuiz(pool, ws.store.data, ws.clock, count, sessionRandom(ctx));
  return runStudy(ctx, { ...studyBasics(ws), mode: 'quiz', questions: chosen, scheduler: ws.scheduler });
}
