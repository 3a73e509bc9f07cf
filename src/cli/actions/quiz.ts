import { selectQuiz } from '../../engine/selection.ts';
import { QuizError } from '../../errors.ts';
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
  // "Nothing to study" would read as "all done" when the banks simply have no such module.
  if (pool.length === 0) {
    const suspended = ws.allQuestions.some((q) => q.module === module);
    throw new QuizError('USAGE', {
      en: suspended
        ? `every question of module ${module} is suspended; "cloudops-quiz stats" lists them`
        : `the banks loaded have no question for module ${module}; "cloudops-quiz modules" shows how many each module has`,
      ja: suspended
        ? `モジュール ${module} の問題はすべて保留中です。一覧は "cloudops-quiz stats" で確認できます`
        : `読み込んだ問題バンクにモジュール ${module} の問題はありません。各モジュールの問題数は "cloudops-quiz modules" で確認できます`,
    });
  }
  const chosen = selectQuiz(pool, ws.store.data, ws.clock, count, sessionRandom(ctx));
  return runStudy(ctx, { ...studyBasics(ws), mode: 'quiz', questions: chosen, scheduler: ws.scheduler });
}
