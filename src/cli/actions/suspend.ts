import { QuizError } from '../../errors.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { messages } from '../../ui/messages.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import { loadQuestionSummaries } from '../banks.ts';
import type { Context } from '../context.ts';

/**
 * `suspend <id>…` / `unsuspend <id>…`: a question the person disputes, or has mastered for good,
 * is never asked again (drill, quiz, review, cram, exam) and counts nowhere as due, until brought
 * back. Suspending checks the ids against the banks, so a typo is not silently kept; unsuspending
 * does not, so a question since removed from a bank can still be taken off the list.
 */
export const suspendCommand = (ctx: Context, _options: unknown, ids: readonly string[]): Promise<number> => setSuspended(ctx, ids, true);
export const unsuspendCommand = (ctx: Context, _options: unknown, ids: readonly string[]): Promise<number> => setSuspended(ctx, ids, false);

async function setSuspended(ctx: Context, ids: readonly string[], suspend: boolean): Promise<number> {
  const say = messages(ctx.lang);
  const wanted = [...new Set(ids.map((id) => id.trim()))];
  if (suspend) {
    const known = new Set((await loadQuestionSummaries(ctx)).map((q) => q.id));
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      const list = unknown.map((id) => `"${sanitizeLine(id)}"`).join(', ');
      throw new QuizError('USAGE', {
        en: `no question has the id ${list}; ids are shown in [brackets] above each question (e.g. [m09-agent-memory-disk])`,
        ja: `ID が ${list} の問題はありません。ID は各問題の上に [ ] で表示されます (例: [m09-agent-memory-disk])`,
      });
    }
  }
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const before = new Set(store.data.suspended);
  const changing = wanted.filter((id) => before.has(id) !== suspend);
  const unchanged = wanted.filter((id) => before.has(id) === suspend);
  if (changing.length > 0) {
    store.record([{ k: 'suspend', q: changing, suspended: suspend, at: ctx.now.getTime() }]);
    store.checkpoint(ctx.now);
  }
  const total = store.data.suspended.length;
  const list = (l: readonly string[]) => l.map(sanitizeLine).join(', ');
  if (suspend) ctx.out.print(say.suspendDone(list(wanted), total));
  else {
    if (changing.length > 0) ctx.out.print(say.unsuspendDone(list(changing), total));
    if (unchanged.length > 0) ctx.out.print(say.notSuspended(list(unchanged)));
  }
  return 0;
}
