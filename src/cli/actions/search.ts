import { topicNames } from '../../bank/topic-names.ts';
import { searchQuestions } from '../../engine/search.ts';
import { searchLines } from '../../ui/find-view.ts';
import { loadBanks } from '../banks.ts';
import type { SearchOptions } from '../commands/search.ts';
import type { Context } from '../context.ts';
import { renderEnv, wholeNumber } from '../study.ts';

/** Questions containing every word given, in either language, best matches first. */
export async function searchCommand(ctx: Context, options: SearchOptions, words: readonly string[]): Promise<number> {
  const limit = wholeNumber('--limit', options.limit);
  const query = words.join(' ');
  const questions = (await loadBanks(ctx)).flatMap((b) => b.questions);
  const hits = searchQuestions(questions, query, topicNames);
  if (options.json) {
    ctx.out.print(
      JSON.stringify(
        hits.slice(0, limit).map((h) => ({ id: h.question.id, module: h.question.module, topics: h.question.topics, score: h.score })),
        null,
        2,
      ),
    );
    return hits.length > 0 ? 0 : 1;
  }
  for (const line of searchLines(
    hits.slice(0, limit).map((h) => h.question),
    hits.length,
    query,
    renderEnv(ctx),
  ))
    ctx.out.print(line);
  return hits.length > 0 ? 0 : 1;
}
