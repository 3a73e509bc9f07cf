import { MODULES } from '../../bank/course.ts';
import { topicName } from '../../bank/topic-names.ts';
import { type ModuleTopics, topicsLines } from '../../ui/find-view.ts';
import { loadQuestionSummaries } from '../banks.ts';
import type { TopicsOptions } from '../commands/topics.ts';
import type { Context } from '../context.ts';
import { renderEnv } from '../study.ts';
import { parseModule } from '../workspace.ts';

/**
 * Every topic key in use, module by module, with its name and how many of the module's questions
 * carry it: the keys `cram --topic` takes. Outline keys come in the outline's order, then any
 * others the banks use.
 */
export async function topicsCommand(ctx: Context, options: TopicsOptions): Promise<number> {
  const only = options.module !== undefined ? parseModule(options.module) : undefined;
  const questions = await loadQuestionSummaries(ctx);
  const modules: ModuleTopics[] = MODULES.filter((m) => only === undefined || m.number === only).map((m) => {
    const counts = new Map<string, number>();
    for (const q of questions) if (q.module === m.number) for (const t of q.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    const outline = m.topics.filter((t) => counts.has(t));
    const others = [...counts.keys()].filter((t) => !m.topics.includes(t)).sort();
    return { module: m.number, topics: [...outline, ...others].map((key) => ({ key, questions: counts.get(key) ?? 0 })) };
  });
  if (options.json) {
    const json = modules.map((m) => ({
      module: m.module,
      topics: m.topics.map((t) => ({ key: t.key, name: { en: topicName(t.key, 'en'), ja: topicName(t.key, 'ja') }, questions: t.questions })),
    }));
    ctx.out.print(JSON.stringify(json, null, 2));
    return 0;
  }
  for (const line of topicsLines(modules, renderEnv(ctx))) ctx.out.print(line);
  return 0;
}
