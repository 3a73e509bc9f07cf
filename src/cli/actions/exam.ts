import { randomBytes } from 'node:crypto';
import { EXAM_QUESTION_COUNT, examBlueprint, selectExam } from '../../engine/blueprint.ts';
import { EXAM_DURATION_MS, MockExam } from '../../engine/exam.ts';
import { present } from '../../engine/grading.ts';
import { QuizError } from '../../errors.ts';
import { snapshotOf } from '../../store/exam-progress.ts';
import { ScoreFile } from '../../store/score-file.ts';
import type { ExamProgress } from '../../store/score-types.ts';
import { formatDuration, historyLines, localDateTime } from '../../ui/exam-view.ts';
import { messages } from '../../ui/messages.ts';
import { wrap } from '../../ui/width.ts';
import type { ExamOptions } from '../commands/exam.ts';
import type { Context } from '../context.ts';
import { runExam } from '../exam-run.ts';
import { renderEnv, sessionRandom, wholeNumber } from '../study.ts';
import { openWorkspace } from '../workspace.ts';

/** The real exam's pace, 130 minutes for 65 questions: a shorter exam gets the same time per question. */
const MS_PER_QUESTION = EXAM_DURATION_MS / EXAM_QUESTION_COUNT;

/** A mock exam (new or resumed), or the list of past attempts. Returns the exit code. */
export async function examCommand(ctx: Context, options: ExamOptions): Promise<number> {
  const given = (['count', 'minutes', 'resume', 'new'] as const).filter((k) => options[k] !== undefined);
  if (options.history) {
    if (given.length > 0)
      throw new QuizError('USAGE', {
        en: `--history lists past exams; it does not go with --${given[0]}`,
        ja: `--history は過去の試験を一覧にします。--${given[0]} とは一緒に使えません`,
      });
    return examHistory(ctx, options.json === true);
  }
  if (options.json) throw new QuizError('USAGE', { en: '--json goes with --history', ja: '--json は --history と一緒に使います' });
  if (options.resume && given.length > 1) {
    const other = given.find((k) => k !== 'resume');
    throw new QuizError('USAGE', {
      en: `--resume continues the saved exam as it was; it does not go with --${other}`,
      ja: `--resume は保存された試験をそのまま再開します。--${other} とは一緒に使えません`,
    });
  }
  const count = options.count !== undefined ? wholeNumber('--count', options.count) : EXAM_QUESTION_COUNT;
  const minutes = options.minutes !== undefined ? wholeNumber('--minutes', options.minutes) : undefined;

  const ws = await openWorkspace(ctx, { forWriting: true });
  const say = messages(ctx.lang);
  const paused = [...ws.store.data.pausedExams].sort((a, b) => a.startedAt - b.startedAt);

  if (options.resume) {
    const saved = pickPaused(paused, options.resume, ctx);
    const resumed = MockExam.fromSnapshot(snapshotOf(saved), new Map(ws.allQuestions.map((q) => [q.id, q] as const)), ctx.clock().getTime());
    if (!resumed.ok) {
      throw new QuizError('USAGE', {
        en: `the saved exam cannot be resumed: ${resumed.problem}; start a new one with "cloudops-quiz exam --new"`,
        ja: `保存された試験を再開できません (${resumed.problem})。"cloudops-quiz exam --new" で新しい試験を開始してください`,
      });
    }
    const { exam } = resumed;
    const intro = [wrap(say.examResumed(exam.count - exam.unanswered().length, exam.count, formatDuration(saved.remainingMs)), renderEnv(ctx).width), ''];
    return runExam(ctx, { exam, store: ws.store, scheduler: ws.scheduler, intro });
  }

  // Starting over silently would throw away a half-done exam: ask for a decision.
  if (paused.length > 0 && !options.new) {
    const [only] = paused;
    if (paused.length === 1 && only) {
      const answered = only.answers.filter((a) => a !== null).length;
      const left = formatDuration(only.remainingMs);
      throw new QuizError('USAGE', {
        en: `an unfinished exam is saved (${answered} of ${only.questions.length} answered, ${left} left); resume it with "cloudops-quiz exam --resume" or start over with "cloudops-quiz exam --new"`,
        ja: `中断中の試験が保存されています (${only.questions.length} 問中 ${answered} 問解答済み、残り ${left})。"cloudops-quiz exam --resume" で再開するか、"cloudops-quiz exam --new" でやり直してください`,
      });
    }
    throw new QuizError(
      'USAGE',
      {
        en: `${paused.length} unfinished exams are saved; resume one with "cloudops-quiz exam --resume <number>" or start over with "cloudops-quiz exam --new"`,
        ja: `中断中の試験が ${paused.length} 件保存されています。"cloudops-quiz exam --resume <番号>" で再開するか、"cloudops-quiz exam --new" でやり直してください`,
      },
      pausedLines(paused, ctx),
    );
  }
  // Starting over drops the exams listed as paused. One still open in another terminal saves
  // itself again at its next answer, so only exams nobody is taking go.
  if (paused.length > 0) ws.store.record(paused.map((p) => ({ k: 'exam-discard' as const, id: p.id })));
  const random = sessionRandom(ctx);
  const draw = selectExam(ws.questions, examBlueprint(count), ws.store.data, ctx.now.getTime(), random);
  if (draw.questions.length === 0) {
    ctx.out.print(say.examNoQuestions);
    return 0;
  }
  const intro: string[] = [];
  const width = renderEnv(ctx).width;
  if (draw.questions.length < count) intro.push(wrap(say.examFewer(draw.questions.length, count), width));
  else for (const s of draw.shortfalls) intro.push(wrap(say.examShortfall(s.domain, s.available, s.wanted), width));
  const durationMs = minutes !== undefined ? minutes * 60_000 : Math.round(MS_PER_QUESTION * draw.questions.length);
  intro.push(ctx.out.style.bold(wrap(say.examIntro(draw.questions.length, Math.round(durationMs / 60_000)), width)), '');
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
  if (json)
    ctx.out.print(
      JSON.stringify(
        [...exams].sort((a, b) => a.finishedAt - b.finishedAt),
        null,
        2,
      ),
    );
  else for (const line of historyLines(exams, renderEnv(ctx))) ctx.out.print(line);
  return 0;
}

/** One line per paused exam: its number for --resume, when it started, how far it got. */
function pausedLines(paused: readonly ExamProgress[], ctx: Context): string[] {
  const say = messages(ctx.lang);
  return paused.map(
    (p, i) =>
      `${i + 1}) ${say.examPausedEntry(localDateTime(p.startedAt), p.answers.filter((a) => a !== null).length, p.questions.length, formatDuration(p.remainingMs))}  [${p.id}]`,
  );
}

/** The paused exam `--resume` asks for: the only one, or the one named by number or id. */
function pickPaused(paused: readonly ExamProgress[], which: true | string, ctx: Context): ExamProgress {
  if (paused.length === 0)
    throw new QuizError('USAGE', {
      en: 'there is no unfinished exam to resume; start one with "cloudops-quiz exam"',
      ja: '再開できる中断中の試験はありません。"cloudops-quiz exam" で開始してください',
    });
  if (which === true) {
    const [only] = paused;
    if (paused.length === 1 && only) return only;
    throw new QuizError(
      'USAGE',
      {
        en: `${paused.length} unfinished exams are saved; say which to resume: "cloudops-quiz exam --resume <number>"`,
        ja: `中断中の試験が ${paused.length} 件保存されています。再開する試験を指定してください: "cloudops-quiz exam --resume <番号>"`,
      },
      pausedLines(paused, ctx),
    );
  }
  const byNumber = /^\d+$/.test(which) ? paused[Number(which) - 1] : undefined;
  const found = byNumber ?? paused.find((p) => p.id === which);
  if (found) return found;
  throw new QuizError(
    'USAGE',
    {
      en: `no unfinished exam "${which}"; use a number from 1 to ${paused.length} or an id from the list`,
      ja: `中断中の試験 "${which}" はありません。1 から ${paused.length} の番号か、一覧の ID を指定してください`,
    },
    pausedLines(paused, ctx),
  );
}
