import { QuizError } from '../../errors.ts';
import { createScheduler } from '../../srs/scheduler.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { effectiveSettings } from '../../store/score-types.ts';
import { messages } from '../../ui/messages.ts';
import { questionLines } from '../../ui/question-view.ts';
import { loadBanks } from '../banks.ts';
import type { ShowOptions } from '../commands/show.ts';
import type { Context } from '../context.ts';
import { renderEnv } from '../study.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { studyClock } from '../workspace.ts';

/** One question in full, with the person's answers to it and its schedule (read only). */
export async function showCommand(ctx: Context, options: ShowOptions, id: string): Promise<number> {
  const questions = (await loadBanks(ctx)).flatMap((b) => b.questions);
  const wanted = id.trim();
  const question = questions.find((q) => q.id === wanted) ?? questions.find((q) => q.id.toLowerCase() === wanted.toLowerCase());
  if (!question) {
    const say = { en: messages('en'), ja: messages('ja') };
    const near = didYouMean(
      nearest(
        wanted,
        questions.map((q) => q.id),
        3,
      ),
    );
    throw new QuizError('USAGE', { en: `${say.en.showUnknown(wanted)}${near.en}`, ja: `${say.ja.showUnknown(wanted)}${near.ja}` }, [
      messages(ctx.lang).showUnknownHint,
    ]);
  }
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const { data } = store;
  const settings = effectiveSettings(data.settings);
  const card = data.cards[question.id];
  const record = {
    answers: store.answersTo(question.id).map((a) => ({ at: a.at, mode: a.mode, correct: a.correct, given: a.given, rating: a.rating })),
    card,
    recallNow: createScheduler(settings.requestRetention).recall(card, ctx.now),
    suspended: data.suspended.includes(question.id),
  };
  if (options.json) {
    const { at: _position, ...bankQuestion } = question;
    ctx.out.print(JSON.stringify({ question: bankQuestion, ...record, card: card ?? null }, null, 2));
    return 0;
  }
  for (const line of questionLines(question, record, studyClock(ctx.now, settings.dayStart), renderEnv(ctx))) ctx.out.print(line);
  return 0;
}
