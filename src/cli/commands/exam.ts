import { randomBytes } from 'node:crypto';
import { EXAM_QUESTION_COUNT, examBlueprint, selectExam } from '../../engine/blueprint.ts';
import { EXAM_DURATION_MS, MockExam } from '../../engine/exam.ts';
import { present } from '../../engine/grading.ts';
import { QuizError } from '../../errors.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { formatDuration, historyLines } from '../../ui/exam-view.ts';
import { messages } from '../../ui/messages.ts';
import { wrap } from '../../ui/width.ts';
import type { Context } from '../context.ts';
import { runExam } from '../exam-run.ts';
import { assertPositive, renderEnv, sessionRandom } from '../study.ts';
import { openWorkspace } from '../workspace.ts';

export interface ExamOptions {
  count?: string;
  minutes?: string;
  resume?: boolean;
  new?: boolean;
  history?: boolean;
  json?: boolean;
}

/** The real exam's pace, 130 minutes for 65 questions: a shorter exam gets the same time per question. */
const MS_PER_QUESTION = EXAM_DURATION_MS / EXAM_QUESTION_COUNT;

/** A mock exam (new or resumed), or the list of past attempts. Returns the exit code. */
export async function examCommand(ctx: Context, options: ExamOptions): Promise<number> {
  const given = (['count', 'minutes', 'resume', 'new'] as const).filter((k) => options[k] !== undefined && options[k] !== false);
  if (options.history) {
    if (given.length > 0) throw new QuizError('USAGE', { en: `--history lists past exams; it does not go with --${given[0]}`, ja: `--history は過去の試験を一覧にします。--${given[0]} とは一緒に使えません` });
    return examHistory(ctx, options.json === true);
  }
  if (options.json) throw new QuizError('USAGE', { en: '--json goes with --history', ja: '--json は --history と一緒に使います' });
  if (options.resume && given.length > 1) {
    const other = given.find((k) => k !== 'resume');
    throw new QuizError('USAGE', { en: `--resume continues the saved exam as it was; it does not go with --${other}`, ja: `--resume は保存された試験をそのまま再開します。--${other} とは一緒に使えません` });
  }
  const count = assertPositive('--count', options.count, EXAM_QUESTION_COUNT);
  const minutes = options.minutes !== undefined ? assertPositive('--minutes', options.minutes, 0) : undefined;

  const ws = await openWorkspace(ctx, { forWriting: true });
  const say = messages(ctx.lang);
  const saved = ws.store.data.examInProgress;

  if (options.resume) {
    if (!saved) throw new QuizError('USAGE', { en: 'there is no unfinished exam to resume; start one with "cloudops-quiz exam"', ja: '再開できる中断中の試験はありません。"cloudops-quiz exam" で開始してください' });
    const resumed = MockExam.fromProgress(saved, new Map(ws.allQuestions.map((q) => [q.id, q] as const)), ctx.clock().getTime());
    if (!resumed.ok) {
      throw new QuizError('USAGE', {
        en: `the saved exam cannot be resumed: ${resumed.problem}; start a new one with "cloudops-quiz exam --new"`,
        ja: `保存された試験を再開できません (${resumed.problem})。"cloudops-quiz exam --new" で新しい試験を開始してください`,
      });
    }
    const { exam } = resumed;
    const intro = [say.examResumed(exam.count - exam.unanswered().length, exam.count, formatDuration(saved.remainingMs)), ''];
    return runExam(ctx, { exam, store: ws.store, scheduler: ws.scheduler, intro });
  }

  // Starting over silently would throw away a half-done exam: ask for a decision.
  if (saved && !options.new) {
    const answered = saved.answers.filter((a) => a !== null).length;
    const left = formatDuration(saved.remainingMs);
    throw new QuizError('USAGE', {
      en: `an unfinished exam is saved (${answered} of ${saved.questions.length} answered, ${left} left); resume it with "cloudops-quiz exam --resume" or start over with "cloudops-quiz exam --new"`,
      ja: `中断中の試験が保存されています (${saved.questions.length} 問中 ${answered} 問解答済み、残り ${left})。"cloudops-quiz exam --resume" で再開するか、"cloudops-quiz exam --new" でやり直してください`,
    });
  }
  const random = sessionRandom(ctx);
  const draw = selectExam(ws.questions, examBlueprint(count), ws.store.data, ctx.now.getTime(), random);
  if (draw.questions.length === 0) {
    ctx.out.print(say.examNoQuestions);
    return 0;
  }
  const intro: string[] = [];
  if (draw.questions.length < count) intro.push(say.examFewer(draw.questions.length, count));
  else for (const s of draw.shortfalls) intro.push(say.examShortfall(s.domain, s.available, s.wanted));
  const durationMs = minutes !== undefined ? minutes * 60_000 : Math.round(MS_PER_QUESTION * draw.questions.length);
  intro.push(ctx.out.style.bold(wrap(say.examIntro(draw.questions.length, Math.round(durationMs / 60_000)), renderEnv(ctx).width)), '');
  const exam = MockExam.start({
    id: `exam-${ctx.now.getTime().toString(36)}-${randomBytes(3).toString('hex')}`,
    items: draw.questions.map((q) => present(q, random)),
    durationMs,
    // Read now, not when the command started: loading the banks is not exam time.
    startedAt: ctx.clock().getTime(),
  });
  return runExam(ctx, { exam, store: ws.store, scheduler: ws.scheduler, intro });
}

/** Needs no banks: attempts keep their own scores. */
function examHistory(ctx: Context, json: boolean): number {
  const { exams } = ScoreFile.open(ctx.dataDir, ctx.now).data;
  if (json) ctx.out.print(JSON.stringify([...exams].sort((a, b) => a.finishedAt - b.finishedAt), null, 2));
  else for (const line of historyLines(exams, renderEnv(ctx))) ctx.out.print(line);
  return 0;
}
