import { isDateText } from '../../engine/clock.ts';
import { findLeeches } from '../../engine/leech.ts';
import { progressOverTime } from '../../engine/progress.ts';
import { activeQuestions } from '../../engine/selection.ts';
import { computeStats } from '../../engine/stats.ts';
import { QuizError } from '../../errors.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { effectiveSettings } from '../../store/score-types.ts';
import { localDateTime } from '../../ui/exam-view.ts';
import { messages } from '../../ui/messages.ts';
import { reportHtml } from '../../ui/report/report-page.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import { loadQuestionSummaries } from '../banks.ts';
import type { ReportOptions } from '../commands/report.ts';
import type { Context } from '../context.ts';
import { writeOutput } from '../output-file.ts';
import { baseScheduler } from '../schedule-setup.ts';
import { studyClock } from '../workspace.ts';

const DAY_MS = 86_400_000;

/**
 * `report --html FILE`: the progress report as one HTML page (`-` writes it to stdout). It reads
 * the whole history: the chart of recall over time replays every rated answer.
 */
export async function reportCommand(ctx: Context, options: ReportOptions): Promise<number> {
  if (options.html === undefined || options.html === '')
    throw new QuizError('USAGE', {
      en: 'report needs --html FILE (the page to write; "-" for standard output), e.g. cloudops-quiz report --html progress.html',
      ja: 'report には --html FILE が必要です (書き出すページ。"-" で標準出力)。例: cloudops-quiz report --html progress.html',
    });
  const questions = await loadQuestionSummaries(ctx);
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const { data } = store;
  const { summary, exams } = store.historyView();
  const settings = effectiveSettings(data.settings);
  const scheduler = baseScheduler(data.settings);
  const clock = studyClock(ctx.now, settings.dayStart);
  const active = activeQuestions(questions, data.suspended);
  const stats = computeStats({ questions: active, cards: data.cards, history: summary, scheduler, clock, forecastDays: 30 });
  const progress = progressOverTime({ questions: active, answers: store.history(), exams, scheduler, clock });
  const leeches = findLeeches(summary, new Set(active.map((q) => q.id)));
  const examDate =
    settings.examDate !== undefined && isDateText(settings.examDate) ? { date: settings.examDate, daysLeft: daysUntil(settings.examDate, ctx.now) } : undefined;
  const html = reportHtml({ lang: ctx.lang, generatedAt: localDateTime(ctx.now.getTime()), stats, progress, leeches, ...(examDate ? { examDate } : {}) });
  const written = writeOutput(ctx, options.html, html, 0o644);
  if (written !== undefined) ctx.out.print(messages(ctx.lang).reportWritten(sanitizeLine(written)));
  return 0;
}

/** Whole calendar days from today (local) to `date` (YYYY-MM-DD). */
function daysUntil(date: string, now: Date): number {
  const [y, m, d] = date.split('-').map(Number);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - today) / DAY_MS);
}
