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
import { hanging, wrap } from '../../ui/width.ts';
import type { ExamOptions } from '../commands/exam.ts';
import type { Context } from '../context.ts';
import { runExam } from '../exam-run.ts';
import { interactive, renderEnv, sessionRandom, wholeNumber } from '../study.ts';
import { openWorkspace } from '../workspace.ts';
import { examAnswers, pastResults, pickAttempt } from '../exam-history.ts';
import { printResult } from '../exam-result.ts';

/** The real exam's pace, 130 minutes for 65 questions: a shorter exam gets the same time per question. */
const MS_PER_QUESTION = EXAM_DURATION_MS / EXAM_QUESTION_COUNT;

/** A mock exam (new or resumed), or the list of past attempts. Returns the exit code. */
export async function examCommand(ctx: Context, options: ExamOptions): Promise<number> {
  const given = (['count', 'minutes', 'resume', 'new'] as const).filter((k) => options[k] !== undefined);
  const apart = (['history', 'show', 'retakeMissed'] as const).filter((k) => options[k] !== undefined);
  const flag = (k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  // Each of these looks at past exams: none goes with another, or with starting one.
  const [first, second] = apart;
  if (first && (second || given.length > 0)) {
    const other = second ?? given[0] ?? '';
    const what = { history: 'lists past exams', show: 'shows a past exam', retakeMissed: 'drills what a past exam missed' }[first];
    const whatJa = { history: '過去の試験を一覧にします', show: '過去の試験を表示します', retakeMissed: '過去の試験で間違えた問題を練習します' }[first];
    throw new QuizError('USAGE', {
      en: `${flag(first)} ${what}; it does not go with ${flag(other)}`,
      ja: `${flag(first)} は${whatJa}。${flag(other)} とは一緒に使えません`,
    });
  }
  if (options.show !== undefined) return showPastExam(ctx, options.show, options.json === true);
  if (options.retakeMissed !== undefined) {
    if (options.json) throw new QuizError('USAGE', { en: '--json goes with --history or --show', ja: '--json は --history または --show と一緒に使います' });
    const { cramCommand } = await import('./cram.ts');
    return cramCommand(ctx, { exam: options.retakeMissed === true ? 'last' : options.retakeMissed });
  }
  if (options.history) {
    return examHistory(ctx, options.json === true);
  }
  if (options.json) throw new QuizError('USAGE', { en: '--json goes with --history or --show', ja: '--json は --history または --show と一緒に使います' });
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

  // Starting over silently would throw away a half-done exam: ask for a decision (at a
  // terminal), or say how to make it (in line mode, where nothing is started).
  if (paused.length > 0 && !options.new) {
    if (!interactive(ctx)) {
      for (const line of pausedExplanation(paused, ctx)) ctx.out.print(line);
      return 0;
    }
    const choice = await askAboutPaused(paused, ctx);
    if (choice === 'cancel') return 0;
    if (choice !== 'new') {
      const resumed = MockExam.fromSnapshot(snapshotOf(choice), new Map(ws.allQuestions.map((q) => [q.id, q] as const)), ctx.clock().getTime());
      if (!resumed.ok)
        throw new QuizError('USAGE', { en: `the saved exam cannot be resumed: ${resumed.problem}`, ja: `保存された試験を再開できません (${resumed.problem})` });
      const { exam } = resumed;
      const intro = [wrap(say.examResumed(exam.count - exam.unanswered().length, exam.count, formatDuration(choice.remainingMs)), renderEnv(ctx).width), ''];
      return runExam(ctx, { exam, store: ws.store, scheduler: ws.scheduler, intro });
    }
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
  const { exams } = ScoreFile.open(ctx.dataDir, ctx.now).historyView();
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

/** Line mode: what is saved, and the two ways on. */
function pausedExplanation(paused: readonly ExamProgress[], ctx: Context): string[] {
  const say = messages(ctx.lang);
  const width = renderEnv(ctx).width;
  return [wrap(say.examPausedExplain(paused.length), width), ...pausedLines(paused, ctx).map((l) => hanging('', l, width, 3)), wrap(say.examPausedHow, width)];
}

/** At a terminal: resume one of the saved exams, start a new one (dropping them), or do neither. */
async function askAboutPaused(paused: readonly ExamProgress[], ctx: Context): Promise<ExamProgress | 'new' | 'cancel'> {
  const say = messages(ctx.lang);
  const { clockedSelect } = await import('../../ui/clocked-select.ts');
  const choices = [
    ...paused.map((p) => ({
      name: say.examResumeEntry(localDateTime(p.startedAt), p.answers.filter((a) => a !== null).length, p.questions.length, formatDuration(p.remainingMs)),
      value: p as ExamProgress | 'new' | 'cancel',
    })),
    { name: say.examStartOver(paused.length), value: 'new' as const },
    { name: say.examCancel, value: 'cancel' as const },
  ];
  try {
    return await clockedSelect(
      { message: () => say.examPausedExplain(paused.length), choices, keys: { q: 'cancel' } },
      { input: ctx.io.stdin, output: ctx.io.stdout, clearPromptOnDone: false },
    );
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) return 'cancel';
    throw error;
  }
}

/** `exam --show N`: a past exam's score and every question with the answer given. */
async function showPastExam(ctx: Context, which: string, json: boolean): Promise<number> {
  const ws = await openWorkspace(ctx, { forWriting: false });
  const { attempt, number } = pickAttempt(ws.store.historyView().exams, which);
  const results = pastResults(attempt, examAnswers(ws.store, attempt), new Map(ws.allQuestions.map((q) => [q.id, q] as const)));
  if (json) {
    const questions = results.map((r) => ({ id: r.presented.question.id, given: r.given, correct: r.correct, answered: r.positions !== null }));
    ctx.out.print(JSON.stringify({ number, ...attempt, results: questions }, null, 2));
    return 0;
  }
  const say = messages(ctx.lang);
  await printResult(ctx, { score: attempt, results, heading: say.examPastHeading(number, localDateTime(attempt.finishedAt)) }, 'all');
  return 0;
}
