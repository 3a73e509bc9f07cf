import { cramPool, selectCram } from '../../engine/cram.ts';
import { QuizError } from '../../errors.ts';
import { messages } from '../../ui/messages.ts';
import type { Context } from '../context.ts';
import { assertPositive, runStudy, sessionRandom, studyBasics } from '../study.ts';
import { openWorkspace, parseModule } from '../workspace.ts';

export interface CramOptions {
  module?: string[];
  topic?: string[];
  count?: string;
}

/**
 * Practice anything, due or not, without touching the schedule: the session runs without a
 * scheduler, so answers are recorded (mode `cram`, no rating) and no card changes.
 */
export async function cramCommand(ctx: Context, options: CramOptions): Promise<number> {
  const count = assertPositive('--count', options.count, 10);
  const modules = new Set((options.module ?? []).map(parseModule));
  const topics = new Set((options.topic ?? []).map((t) => t.trim().toLowerCase()));
  const ws = await openWorkspace(ctx, { forWriting: true });
  // A mistyped topic should say so, not quietly offer nothing.
  for (const topic of topics) {
    if (ws.questions.some((q) => q.topics.includes(topic))) continue;
    const example = ws.questions.find((q) => modules.size === 0 || modules.has(q.module))?.topics[0];
    throw new QuizError('USAGE', {
      en: `no question has the topic "${topic}"${example ? `; topic keys look like "${example}"` : ''}`,
      ja: `トピック "${topic}" の問題はありません${example ? ` (トピックのキーは "${example}" のような形です)` : ''}`,
    });
  }
  const filter = { modules, topics };
  if (cramPool(ws.questions, filter).length === 0) {
    throw new QuizError('USAGE', { en: 'no question matches both the --module and the --topic given', ja: '指定した --module と --topic の両方に当てはまる問題はありません' });
  }
  const chosen = selectCram(ws.questions, filter, count, sessionRandom(ctx));
  return runStudy(ctx, { ...studyBasics(ws), mode: 'cram', questions: chosen, scheduler: null, intro: [messages(ctx.lang).cramIntro, ''] });
}
