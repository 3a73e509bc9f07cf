/**
 * What an answer did to the schedule, in words: the rating with its reason, the next review as a
 * study day ("in 3 days (06-04)", "3日後（06-04）"), and the end-of-session summary of what was
 * missed and what comes back when. Dates are study days (engine/clock.ts): with the day starting
 * at 4 am, a question due at 02:00 on the 5th belongs to the 4th.
 */
import { dayNumber, daysFromToday, type StudyClock } from '../engine/clock.ts';
import type { Outcome } from '../engine/session.ts';
import { dayLabel } from '../engine/stats.ts';
import type { Question } from '../bank/types.ts';
import type { CardState, Rating } from '../srs/card.ts';
import type { MissedQuestion, SessionSummary } from '../engine/session.ts';
import { questionType } from '../engine/question-types/registry.ts';
import { bankText } from './bank-text.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitizeLine } from './sanitize.ts';
import { hanging, wrap } from './width.ts';

const RATING_NAMES: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** When a card is due, as a study day relative to today: today (time), tomorrow, in N days. */
export function whenText(due: number, clock: StudyClock, env: RenderEnv): string {
  const days = daysFromToday(due, clock);
  if (days <= 0) {
    const local = new Date(due + clock.utcOffsetMinutes * 60_000);
    return env.say.whenToday(`${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`);
  }
  const date = dayLabel(dayNumber(due, clock)).slice(5);
  return days === 1 ? env.say.whenTomorrow(date) : env.say.whenInDays(days, date);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `Rating: Easy — answered fast (6 s, …)`; nothing for an unrated answer (cram). */
function ratingLine(outcome: Outcome, env: RenderEnv): string[] {
  if (!outcome.rating || !outcome.ratingReason) return [];
  const reason = env.say.ratingReason(outcome.ratingReason, outcome.elapsedMs, outcome.expectedMs);
  return [wrap(`Rating: ${RATING_NAMES[outcome.rating]} — ${reason}`, env.width)];
}

/** The rating with its reason, then the next review: what the answer did to the schedule. */
export function scheduleLines(outcome: Outcome, clock: StudyClock, env: RenderEnv, cardNow: CardState | undefined): string[] {
  return [...ratingLine(outcome, env), ...nextReviewLine(outcome, clock, env, cardNow)];
}

/** `Next review: in 2 days (06-03)`; after a miss, the re-ask in this session comes first. */
function nextReviewLine(outcome: Outcome, clock: StudyClock, env: RenderEnv, cardNow: CardState | undefined): string[] {
  const { say } = env;
  let when: string;
  if (outcome.card) {
    when = whenText(outcome.card.due, clock, env);
    if (outcome.reaskQueued) when = say.whenReask(when);
  } else {
    when = cardNow ? say.whenUnchanged(whenText(cardNow.due, clock, env)) : say.whenNotScheduled;
  }
  return [wrap(`Next review: ${when}`, env.width)];
}

/**
 * Shown before a leech is asked: what it is, its explanation, and the whys of the choices the
 * person picked wrongly before (by their text: the letters change with every shuffle).
 */
export function leechLines(question: Question, misses: number, wrongPicks: readonly number[], env: RenderEnv): string[] {
  const { style, say, width, lang } = env;
  const lines = [style.yellow.bold(wrap(`Leech: ${say.leechNote(misses)}`, width)), wrap(bankText(question.explanation, lang), width)];
  const type = questionType(question.type);
  const picks = wrongPicks.filter((c) => type.isWrongPick(question, c));
  if (picks.length > 0) {
    lines.push(say.leechPastPicks);
    for (const c of picks) {
      const choice = question.choices[c];
      if (!choice) continue;
      lines.push(hanging(`${style.red('✘')} `, bankText(choice.text, lang), width, 5));
      lines.push(wrap(bankText(choice.why, lang), width, '     '));
    }
  }
  lines.push('');
  return lines;
}

export interface SummaryFacts {
  readonly summary: SessionSummary;
  readonly missed: readonly MissedQuestion[];
  /** Cards of the questions answered in the session, as they are now. */
  readonly answeredCards: readonly CardState[];
  /** Questions due before the end of tomorrow (null: the session did not schedule, cram). */
  readonly dueTomorrow: number | null;
  readonly clock: StudyClock;
}

/** After the score line: re-asks, what was missed and when it comes back, tomorrow's load. */
export function summaryLines(facts: SummaryFacts, env: RenderEnv): string[] {
  const { say, style, width } = env;
  const { summary, missed, clock } = facts;
  const lines: string[] = [];
  if (summary.reasks > 0) lines.push(wrap(say.summaryReasks(summary.reasks, missed.filter((m) => m.relearned).length, missed.length), width));
  if (missed.length > 0) {
    lines.push(style.bold(say.summaryMissedTitle(missed.length)));
    for (const m of missed) {
      const how = m.relearned ? say.summaryRelearned : say.summaryStillWrong(m.misses);
      const next = m.card ? `; ${say.summaryNextReview} ${whenText(m.card.due, clock, env)}` : '';
      lines.push(hanging('  ', `${sanitizeLine(m.question.id)} — ${how}${next}`, width, 4));
    }
  }
  if (facts.answeredCards.length > 0) {
    const byDay = new Map<number, { due: number; count: number }>();
    for (const card of facts.answeredCards) {
      const day = dayNumber(card.due, clock);
      const entry = byDay.get(day);
      if (entry) entry.count++;
      else byDay.set(day, { due: card.due, count: 1 });
    }
    const parts = [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => `${whenText(e.due, clock, env)} ${e.count}`);
    lines.push(hanging(`${say.summaryComingBack}: `, parts.join(' · '), width));
  }
  if (facts.dueTomorrow !== null) lines.push(say.summaryDueTomorrow(facts.dueTomorrow));
  return lines;
}
