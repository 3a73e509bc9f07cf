/**
 * How a mock exam looks, for both front ends: the status line (clock and pace), the review before
 * submitting, the result, and the history of attempts. The lines scripts read — the status line,
 * `Unanswered:`/`Flagged:`, `Raw score:`, `Scaled score:`, `Result:`, `Missed i/n [id]` — are
 * built from the English messages in line mode, as the other protocol words are.
 */
import { DOMAINS } from '../bank/course.ts';
import type { Domain } from '../bank/types.ts';
import type { ExamResult } from '../engine/exam.ts';
import { PASS_SCALED } from '../engine/exam-score.ts';
import { bar, percent } from './charts.ts';
import type { ExamScreen, ReviewScreen } from './exam-frontend.ts';
import type { Messages } from './messages.ts';
import { letters } from './letters.ts';
import { answerDetailLines, promptLines } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import { table } from './table.ts';
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

/** Time left, questions left, the pace that leaves (time per unanswered question), flags, and this question's state. */
/** `withTime: false` when the menu below shows a running clock instead. */
export function statusLine(screen: ExamScreen, say: Messages, withTime = true): string {
  const parts = withTime ? [say.examTimeLeft(formatDuration(screen.remainingMs))] : [];
  parts.push(say.examToAnswer(screen.toAnswer, screen.total));
  if (screen.toAnswer > 0) parts.push(say.examPace(formatDuration(screen.remainingMs / screen.toAnswer)));
  parts.push(say.examFlaggedCount(screen.flagged));
  const { answer, flagged } = screen.item;
  if (answer || flagged) parts.push(say.examThisOne(answer ? letters(answer) : null, flagged));
  return parts.join(' | ');
}

/** `Unanswered: 2, 4` and `Flagged: 3`, question numbers from 1. */
export function reviewLines(screen: ReviewScreen, say: Messages): string[] {
  const list = (indices: readonly number[]) => (indices.length > 0 ? indices.map((i) => String(i + 1)).join(', ') : say.examNone);
  return [`${say.examUnanswered}: ${list(screen.unanswered)}`, `${say.examFlagged}: ${list(screen.flagged)}`];
}

/**
 * The result: raw score, the estimated scaled score and pass/fail, a table per domain, then every
 * missed question with the right letters and its explanation to walk through. `protocol` holds the
 * messages for the lines scripts read (English in line mode).
 */
export function resultLines(result: ExamResult, env: RenderEnv, protocol: Messages): string[] {
  const { style, say } = env;
  const { score } = result;
  const lines: string[] = [];
  lines.push(style.bold(result.timedOut ? say.examTimeUp : say.examSubmitted));
  lines.push(style.bold(`${protocol.examRawScore}: ${score.correct}/${score.total} (${percent(score.total > 0 ? score.correct / score.total : 0)})`));
  lines.push(style.bold(`${protocol.examScaledScore}: ${score.scaled} (${protocol.examEstimate})`));
  const verdict = score.passed ? style.green.bold('PASS') : style.red.bold('FAIL');
  lines.push(`${protocol.examResult}: ${verdict} (${protocol.examPassMark} ${PASS_SCALED})`);
  lines.push(style.dim(wrap(say.examScaledNote, env.width)));
  lines.push('');
  lines.push(...domainTable(score.byDomain, env));

  const missed = score.results.flatMap((r, i) => (r.correct ? [] : [{ r, i }]));
  lines.push('');
  lines.push(style.bold(missed.length > 0 ? say.examMissedTitle(missed.length) : say.examNoneMissed));
  for (const { r, i } of missed) {
    lines.push('');
    lines.push(style.bold(`${protocol.examMissed} ${i + 1}/${score.total} [${r.presented.question.id}]`));
    lines.push(...promptLines(r.presented, env, 'none'));
    const right = letters(r.correctPositions);
    if (r.positions) lines.push(style.red.bold(`Incorrect — ${say.correctAnswer}: ${right}`) + style.dim(`  (${say.yourAnswer}: ${letters(r.positions)})`));
    else lines.push(style.red.bold(`${protocol.examUnanswered} — ${say.correctAnswer}: ${right}`));
    lines.push(...answerDetailLines(r.presented, r.positions ?? [], r.correctPositions, env));
  }
  return lines;
}

function domainTable(byDomain: Readonly<Record<Domain, { correct: number; total: number }>>, env: RenderEnv): string[] {
  const { style, say, lang } = env;
  const header = ['#', say.domainWord, say.examRight, '%', ''].map((h) => style.bold(h));
  const rows = DOMAINS.map((d) => {
    const { correct, total } = byDomain[d.number];
    const share = total > 0 ? correct / total : null;
    const colour = share === null ? style.dim : share >= 0.72 ? style.green : share >= 0.5 ? style.yellow : style.red;
    return [String(d.number), d.title[lang], `${correct}/${total}`, percent(share), colour(bar(share ?? 0, 10))];
  });
  return table([header, ...rows], ['right', 'left', 'right', 'right', 'left']);
}

/** What the history shows of a past attempt (the score file's ExamAttempt has these fields). */
export interface PastExam {
  readonly finishedAt: number;
  readonly correct: number;
  readonly total: number;
  readonly scaled: number;
  readonly passed: boolean;
  readonly byDomain: Readonly<Record<string, { readonly correct: number; readonly total: number }>>;
}

/** Past attempts, oldest first: when, raw and scaled score, pass/fail, and each domain's percent. */
export function historyLines(exams: readonly PastExam[], env: RenderEnv): string[] {
  const { style, say } = env;
  if (exams.length === 0) return [say.examNoHistory];
  const header = [say.examWhen, say.examRawScore, '%', say.examScaledScore, say.examResult, ...DOMAINS.map((d) => `D${d.number}`)].map((h) => style.bold(h));
  const rows = [...exams]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map((e) => [
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
  return [
    style.bold(say.examHistoryTitle),
    ...table([header, ...rows], ['left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right']),
  ];
}

/** YYYY-MM-DD HH:MM in local time. */
export function localDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
