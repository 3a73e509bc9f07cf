import { findLeeches } from '../../engine/leech.ts';
import { selectReview } from '../../engine/selection.ts';
import { rankWeakTopics } from '../../srs/weakness.ts';
import { messages } from '../../ui/messages.ts';
import { topicLabel, weaknessLines } from '../../ui/stats-view.ts';
import { wrap } from '../../ui/width.ts';
import { shuffled } from '../../engine/random.ts';
import type { ReviewOptions } from '../commands/review.ts';
import type { Context } from '../context.ts';
import { renderEnv, runStudy, sessionRandom, studyBasics, wholeNumber } from '../study.ts';
import { openWorkspace } from '../workspace.ts';

/**
 * Rank topics by weakness from the person's own history and drill the weakest ones; leeches
 * (questions missed again and again) come first, whatever their topic.
 */
export async function reviewCommand(ctx: Context, options: ReviewOptions): Promise<number> {
  const topicCount = wholeNumber('--topics', options.topics);
  const count = wholeNumber('--count', options.count);
  const ws = await openWorkspace(ctx, { forWriting: true });
  const topicsOf = new Map(ws.questions.map((q) => [q.id, q.topics] as const));
  const { summary } = ws.store.historyView();
  const ranking = rankWeakTopics({ topicsOf, cards: ws.store.data.cards, history: summary.questions, scheduler: ws.scheduler, now: ctx.now });
  if (ranking.length === 0) {
    ctx.out.print(messages(ctx.lang).noWeakTopics);
    return 0;
  }
  const recallOf = (q: { id: string }) => ws.scheduler.recall(ws.store.data.cards[q.id], ctx.now);
  const leeches = findLeeches(summary, new Set(topicsOf.keys())).map((l) => l.q);
  const selected = selectReview(ws.questions, ranking, topicCount, count, recallOf, leeches);
  // Leeches first, as chosen; the rest in a random order, not by id (which put a topic's
  // questions one after another, in the same order every time).
  const leechSet = new Set(leeches);
  const chosen = [
    ...selected.filter((q) => leechSet.has(q.id)),
    ...shuffled(
      selected.filter((q) => !leechSet.has(q.id)),
      sessionRandom(ctx),
    ),
  ];
  const env = renderEnv(ctx);
  const drilled = ranking.slice(0, topicCount).map((t) => topicLabel(t.topic, env));
  const intro = [
    ...weaknessLines(ranking.slice(0, Math.max(topicCount, 5)), topicCount, env),
    '',
    wrap(env.say.reviewDrilling(drilled, chosen.length), env.width),
    '',
  ];
  return runStudy(ctx, { ...studyBasics(ws), mode: 'review', questions: chosen, scheduler: ws.scheduler, intro });
}
