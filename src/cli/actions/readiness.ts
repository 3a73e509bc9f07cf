import { checkPredictions } from '../../engine/prediction-check.ts';
import { assessReadiness } from '../../engine/readiness.ts';
import { QuizError } from '../../errors.ts';
import { examDayRetention } from '../../engine/exam-schedule.ts';
import { percent } from '../../ui/charts.ts';
import { messages } from '../../ui/messages.ts';
import { predictionLines, readinessLines } from '../../ui/readiness-view.ts';
import { moduleTitleOf } from '../../ui/stats-view.ts';
import type { ReadinessOptions } from '../commands/readiness.ts';
import { changedSettings } from '../../store/settings-change.ts';
import type { Context } from '../context.ts';
import { baseScheduler, localDayStart, moveBeforeExam } from '../schedule-setup.ts';
import { renderEnv } from '../study.ts';
import { openWorkspace } from '../workspace.ts';

const DAY_MS = 86_400_000;

/**
 * Would the person pass on their exam date? The date is given once and kept in the settings (the
 * same one `config exam-date` sets); recall is predicted for the start of that day, local time.
 * Setting a new date moves the questions that would reach it below the target before it
 * (engine/exam-schedule.ts). Once mock exams exist, the estimate is shown beside how its past
 * predictions compared with them (engine/prediction-check.ts).
 */
export async function readinessCommand(ctx: Context, options: ReadinessOptions): Promise<number> {
  const given = options.examDate?.trim();
  const givenStart = given !== undefined ? localDayStart(given, 'flag') : undefined;
  const ws = await openWorkspace(ctx, { forWriting: given !== undefined });
  const { settings } = ws.store.data;
  let moved: number | undefined;
  if (given !== undefined && given !== settings.examDate) {
    ws.store.record([{ k: 'settings', settings: changedSettings(settings, { ...settings, examDate: given }, ctx.now) }]);
    moved = moveBeforeExam(
      ws.store,
      ws.questions.map((q) => q.id),
      ws.clock,
    );
  }
  const examDate = given ?? settings.examDate;
  if (examDate === undefined) {
    throw new QuizError('USAGE', {
      en: 'no exam date yet; give it once with "cloudops-quiz readiness --exam-date YYYY-MM-DD" (it is remembered)',
      ja: '試験日がまだ設定されていません。"cloudops-quiz readiness --exam-date YYYY-MM-DD" で一度指定してください (記録されます)',
    });
  }
  const start = givenStart ?? localDayStart(examDate, 'setting');
  const now = ctx.now.getTime();
  if (start + DAY_MS <= now) {
    throw new QuizError('USAGE', {
      en: `the exam date ${examDate}${given === undefined ? ' (the exam-date setting)' : ''} has passed; set the next one with "cloudops-quiz readiness --exam-date YYYY-MM-DD"`,
      ja: `試験日 ${examDate}${given === undefined ? ' (exam-date の設定)' : ''} は過ぎています。次の試験日を "cloudops-quiz readiness --exam-date YYYY-MM-DD" で指定してください`,
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
  // The history is read only when there are mock exams to compare with.
  const { exams } = ws.store.historyView();
  const pastPredictions = checkPredictions({
    questions: ws.questions,
    answers: exams.length > 0 ? ws.store.history() : [],
    exams,
    scheduler: baseScheduler(ws.store.data.settings),
    day: { utcOffsetMinutes: ws.clock.utcOffsetMinutes, dayStartHour: ws.clock.dayStartHour },
    targetRetention: requestRetention,
    limits,
  });
  if (options.json) {
    ctx.out.print(
      JSON.stringify(
        { examDate, targetRetention: requestRetention, limits, ...readiness, pastPredictions, ...(moved !== undefined ? { moved } : {}) },
        null,
        2,
      ),
    );
    return 0;
  }
  if (moved !== undefined) {
    ctx.out.print(messages(ctx.lang).examMoved(moved, examDate, percent(examDayRetention(requestRetention))));
    ctx.out.print();
  }
  const env = renderEnv(ctx);
  for (const line of readinessLines(readiness, examDate, requestRetention, limits, env, moduleTitleOf(ctx.lang))) ctx.out.print(line);
  if (pastPredictions.exams.length > 0) for (const line of ['', ...predictionLines(pastPredictions, env)]) ctx.out.print(line);
  return 0;
}
