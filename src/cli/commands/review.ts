import { viewOf } from '../../engine/answer-view.ts';
import { selectReview } from '../../engine/selection.ts';
import { rankWeakTopics } from '../../srs/weakness.ts';
import { messages } from '../../ui/messages.ts';
import { weaknessLines } from '../../ui/stats-view.ts';
import { assertPositive, renderEnv, runStudy } from '../study.ts';
import type { Context } from '../context.ts';
import { openWorkspace } from '../workspace.ts';

/** Rank topics by weakness from the person's own history and drill the weakest ones. */
export async function reviewCommand(ctx: Context, options: { topics?: string; count?: string }): Promise<number> {
  const topicCount = assertPositive('--topics', options.topics, 3);
  const count = assertPositive('--count', options.count, 10);
  const ws = await openWorkspace(ctx, { forWriting: true });
  const topicsOf = new Map(ws.questions.map((q) => [q.id, q.topics] as const));
  const ranking = rankWeakTopics({ topicsOf, cards: ws.store.data.cards, answers: viewOf(ws.store.data.answers), scheduler: ws.scheduler, now: ctx.now });
  if (ranking.length === 0) {
    ctx.out.print(messages(ctx.lang).noWeakTopics);
    return 0;
  }
  const recallOf = (q: { id: string }) => ws.scheduler.recall(ws.store.data.cards[q.id], ctx.now);
  const chosen = selectReview(ws.questions, ranking, topicCount, count, recallOf);
  const intro = [...weaknessLines(ranking.slice(0, Math.max(topicCount, 5)), topicCount, renderEnv(ctx)), ''];
  return runStudy(ctx, { mode: 'review', questions: chosen, scheduler: ws.scheduler, store: ws.store, intro });
}
