import { assessReadiness } from '../../engine/readiness.ts';
import { QuizError } from '../../errors.ts';
import { readinessLines } from '../../ui/readiness-view.ts';
import { moduleTitleOf } from '../../ui/stats-view.ts';
import type { ReadinessOptions } from '../commands/readiness.ts';
import { changedSettings } from '../../store/settings-change.ts';
import type { Context } from '../context.ts';
import { renderEnv } from '../study.ts';
import { openWorkspace } from '../workspace.ts';

const DAY_MS = 86_400_000;

/**
 * Would the person pass on their exam date? The date is given once and kept in the settings (the
 * same one `config exam-date` sets); recall is predicted for the start of that day, local time.
 */
export async function readinessCommand(ctx: Context, options: ReadinessOptions): Promise<number> {
  const given = options.examDate?.trim();
  const givenStart = given !== undefined ? localDayStart(given) : undefined;
  const ws = await openWorkspace(ctx, { forWriting: given !== undefined });
  const { settings } = ws.store.data;
  if (given !== undefined && given !== settings.examDate) {
    ws.store.record([{ k: 'settings', settings: changedSettings(settings, { ...settings, examDate: given }, ctx.now) }]);
    ws.store.checkpoint(ctx.now);
  }
  const examDate = given ?? settings.examDate;
  if (examDate === undefined) {
    throw new QuizError('USAGE', {
      en: 'no exam date yet; give it once with "cloudops-quiz readiness --exam-date YYYY-MM-DD" (it is remembered)',
      ja: '試験日がまだ設定されていません。"cloudops-quiz readiness --exam-date YYYY-MM-DD" で一度指定してください (記録されます)',
    });
  }
  const start = givenStart ?? localDayStart(examDate);
  const now = ctx.now.getTime();
  if (start + DAY_MS <= now) {
    throw new QuizError('USAGE', {
      en: `the exam date ${examDate} has passed; set the next one with "cloudops-quiz readiness --exam-date YYYY-MM-DD"`,
      ja: `試験日 ${examDate} は過ぎています。次の試験日を "cloudops-quiz readiness --exam-date YYYY-MM-DD" で指定してください`,
    });
  }

  const { requestRetention } = ws.store.data.settings;
  // On the exam day itself, the prediction is for now rather than for a midnight already past.
  const limits = { newPerDay: ws.settings.newPerDay, drillLimit: ws.settings.drillLimit };
  const readiness = assessReadiness({
    questions: ws.questions,
    cards: ws.store.data.cards,
    scheduler: ws.scheduler,
    now,
    examDate: Math.max(start, now),
    targetRetention: requestRetention,
    limits,
  });
  if (options.json) {
    ctx.out.print(JSON.stringify({ examDate, targetRetention: requestRetention, limits, ...readiness }, null, 2));
    return 0;
  }
  for (const line of readinessLines(readiness, examDate, requestRetention, limits, renderEnv(ctx), moduleTitleOf(ctx.lang))) ctx.out.print(line);
  return 0;
}

/** Local midnight of a YYYY-MM-DD date; a date that does not exist (2026-02-30) is a usage error. */
function localDayStart(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(year, month - 1, day);
  if (!match || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    throw new QuizError('USAGE', {
      en: `--exam-date must be a date YYYY-MM-DD, not "${text}"`,
      ja: `--exam-date には YYYY-MM-DD 形式の日付を指定してください ("${text}" は使えません)`,
    });
  }
  return date.getTime();
}
