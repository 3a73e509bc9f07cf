/**
 * How a mock exam looks, for both front ends: the status line (clock and pace), the review before
 * submitting, the result, and the history of attempts. The lines scripts read — the status line,
 * `Unanswered:`/`Flagged:`, `Raw score:`, `Scaled score:`, `Result:`, `Missed i/n [id]` — are
 * built from the English messages in line mode, as the other protocol words are.
 */
import { DOMAINS } from '../bank/course.ts';
import type { QuestionResult } from '../engine/exam-score.ts';
import { PASS_SCALED } from '../engine/exam-score.ts';
import { bar, percent } from './charts.ts';
import type { ExamScreen, ReviewScreen } from './exam-frontend.ts';
import type { Messages } from './messages.ts';
import { letters } from './letters.ts';
import { answerDetailLines, promptLines } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import { type Column, fitTable, flow } from './table.ts';
import { wrap } from './width.ts';

/** `1:05:09` from an hour on, `9:58` below; whole seconds, rounded down, so 0:00 means the time is up. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * The status line's parts: time left, questions left, the pace that leaves (time per unanswered
 * question), flags, and this question's state. `withTime: false` when the menu below shows a
 * running clock instead.
 */
export function statusParts(screen: ExamScreen, say: Messages, withTime = true): string[] {
  const parts = withTime ? [say.examTimeLeft(formatDuration(screen.remainingMs))] : [];
  parts.push(say.examToAnswer(screen.toAnswer, screen.total));
  if (screen.toAnswer > 0) parts.push(say.examPace(formatDuration(screen.remainingMs / screen.toAnswer)));
  parts.push(say.examFlaggedCount(screen.flagged));
  const { answer, flagged } = screen.item;
  if (answer || flagged) parts.push(say.examThisOne(answer ? letters(answer) : null, flagged));
  return parts;
}

/** The status line of line mode: one protocol line, whatever its length (scripts read it whole). */
export function statusLine(screen: ExamScreen, say: Messages, withTime = true): string {
  return statusParts(screen, say, withTime).join(' | ');
}

/** `Unanswered: 2, 4` and `Flagged: 3`, question numbers from 1. */
export function reviewLines(screen: ReviewScreen, say: Messages): string[] {
  const list = (indices: readonly number[]) => (indices.length > 0 ? indices.map((i) => String(i + 1)).join(', ') : say.examNone);
  return [`${say.examUnanswered}: ${list(screen.unanswered)}`, `${say.examFlagged}: ${list(screen.flagged)}`];
}

/** What a result shows of an attempt, a new one or one from the history. */
export interface ScoreView {
  readonly correct: number;
  readonly total: number;
  readonly scaled: number;
  readonly passed: boolean;
  readonly byDomain: Readonly<Record<string, { readonly correct: number; readonly total: number }>>;
}

/**
 * The top of a result: `heading`, the raw score, the estimated scaled score and pass/fail, the
 * note on the estimate, and a table per domain. `protocol` holds the messages for the lines
 * scripts read (English in line mode).
 */
export function scoreLines(score: ScoreView, heading: string, env: RenderEnv, protocol: Messages): string[] {
  const { style, say } = env;
  const lines: string[] = [];
  lines.push(style.bold(wrap(heading, env.width)));
  lines.push(style.bold(`${protocol.examRawScore}: ${score.correct}/${score.total} (${percent(score.total > 0 ? score.correct / score.total : 0)})`));
  lines.push(style.bold(`${protocol.examScaledScore}: ${score.scaled} (${protocol.examEstimate})`));
  const verdict = score.passed ? style.green.bold('PASS') : style.red.bold('FAIL');
  lines.push(`${protocol.examResult}: ${verdict} (${protocol.examPassMark} ${PASS_SCALED})`);
  lines.push(style.dim(wrap(say.examScaledNote, env.width)));
  lines.push('');
  lines.push(...domainTable(score.byDomain, env));
  return lines;
}

/**
 * One question of a result: `Missed i/n [id]` (or `Right i/n [id]`), the prompt, the verdict with
 * the right letters, and the walk-through of every choice with the explanation.
 */
export function reviewedQuestionLines(r: QuestionResult, index: number, total: number, env: RenderEnv, protocol: Messages): string[] {
  const { style, say } = env;
  const lines: string[] = [];
  const head = `${r.correct ? protocol.examRightWord : protocol.examMissed} ${index + 1}/${total} [${r.presented.question.id}]`;
  lines.push(style.bold(head));
  lines.push(...promptLines(r.presented, env, 'none'));
  const right = letters(r.correctPositions);
  if (r.correct) lines.push(style.green.bold(wrap(`Correct — ${say.correctAnswer}: ${right}`, env.width)));
  else if (r.positions) lines.push(...verdictLines(`Incorrect — ${say.correctAnswer}: ${right}`, `(${say.yourAnswer}: ${letters(r.positions)})`, env));
  else lines.push(style.red.bold(wrap(`${protocol.examUnanswered} — ${say.correctAnswer}: ${right}`, env.width)));
  lines.push(...answerDetailLines(r.presented, r.positions ?? [], r.correctPositions, env));
  return lines;
}

/** `Incorrect — answer: B` and, dim after it, `(yours: A)`, on one line when they fit. */
function verdictLines(verdict: string, yours: string, env: RenderEnv): string[] {
  const { style } = env;
  return flow([style.red.bold(verdict), style.dim(yours)], env.width, '  ');
}

function domainTable(byDomain: ScoreView['byDomain'], env: RenderEnv): string[] {
  const { style, say, lang } = env;
  const header = ['#', say.domainWord, say.examRight, '%', ''].map((h) => style.bold(h));
  const rows = DOMAINS.map((d) => {
    const { correct, total } = byDomain[String(d.number)] ?? { correct: 0, total: 0 };
    const share = total > 0 ? correct / total : null;
    const colour = share === null ? style.dim : share >= 0.72 ? style.green : share >= 0.5 ? style.yellow : style.red;
    return [String(d.number), d.title[lang], `${correct}/${total}`, percent(share), colour(bar(share ?? 0, 10))];
  });
  return fitTable([header, ...rows], [{ align: 'right' }, { flex: 'wrap', min: 14 }, { align: 'right' }, { align: 'right' }, { drop: 1 }], env.width);
}

/** What the history shows of a past attempt (the score file's ExamAttempt has these fields). */
export interface PastExam extends ScoreView {
  readonly finishedAt: number;
}

/**
 * Past attempts, oldest first, numbered for `exam --show N`: when, raw and scaled score,
 * pass/fail, and each domain's percent (dropped first when the terminal is narrow).
 */
export function historyLines(exams: readonly PastExam[], env: RenderEnv): string[] {
  const { style, say } = env;
  if (exams.length === 0) return [wrap(say.examNoHistory, env.width)];
  const header = ['#', say.examWhen, say.examRawShort, '%', say.examScaledShort, say.examResult, ...DOMAINS.map((d) => `D${d.number}`)].map((h) =>
    style.bold(h),
  );
  const rows = [...exams]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map((e, i) => [
      String(i + 1),
      localDateTime(e.finishedAt),
      `${e.correct}/${e.total}`,
      percent(e.total > 0 ? e.correct / e.total : 0),
      String(e.scaled),
      e.passed ? style.green('PASS') : style.red('FAIL'),
      ...DOMAINS.map((d) => {
        const tally = e.byDomain[String(d.number)];
        return percent(tally && tally.total > 0 ? tally.correct / tally.total : null);
      }),
    ]);
  const domainColumns: Column[] = DOMAINS.map((d) => ({ align: 'right', drop: 10 - d.number }));
  const columns: Column[] = [{ align: 'right' }, {}, { align: 'right' }, { align: 'right', drop: 11 }, { align: 'right' }, {}, ...domainColumns];
  return [style.bold(say.examHistoryTitle), ...fitTable([header, ...rows], columns, env.width), style.dim(wrap(say.examHistoryHint, env.width))];
}

/** YYYY-MM-DD HH:MM in local time. */
export function localDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
