/**
 * The scheduler a command uses, as the person's settings make it: their desired retention, their
 * own FSRS parameters once `optimize` adopted them, and, while an exam date lies ahead, the
 * exam-aware rule (engine/exam-schedule.ts). Also where the exam date becomes a moment.
 */
import type { StudyClock } from '../engine/clock.ts';
import { examAwareScheduler, examDayRetention, examRisk, planForExam, type ExamTarget } from '../engine/exam-schedule.ts';
import { CardReplay } from '../engine/replay.ts';
import { QuizError } from '../errors.ts';
import type { CardState } from '../srs/card.ts';
import { createScheduler, type Scheduler } from '../srs/scheduler.ts';
import type { ScoreFile } from '../store/score-file.ts';
import { effectiveSettings, type ScoreData, type Settings } from '../store/score-types.ts';

/**
 * Local midnight of a YYYY-MM-DD date; a date that does not exist (2026-02-30) is a usage error
 * naming where it came from: the `--exam-date` typed, or the setting saved earlier.
 */
export function localDayStart(text: string, from: 'flag' | 'setting'): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(year, month - 1, day);
  if (!match || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    if (from === 'setting')
      throw new QuizError('USAGE', {
        en: `the saved exam-date setting "${text}" is not a date; set it with "cloudops-quiz config exam-date YYYY-MM-DD"`,
        ja: `保存されている exam-date の設定 "${text}" は日付ではありません。"cloudops-quiz config exam-date YYYY-MM-DD" で設定してください`,
      });
    throw new QuizError('USAGE', {
      en: `--exam-date must be a date YYYY-MM-DD, not "${text}"`,
      ja: `--exam-date には YYYY-MM-DD 形式の日付を指定してください ("${text}" は使えません)`,
    });
  }
  return date.getTime();
}

/** The plain FSRS scheduler of these settings: retention and parameters, no exam rule. */
export function baseScheduler(settings: Settings): Scheduler {
  return createScheduler(settings.requestRetention, settings.fsrsParameters);
}

/** What scheduling toward the exam needs; undefined without an exam date. */
function examTarget(settings: Settings, clock: StudyClock): ExamTarget | undefined {
  if (settings.examDate === undefined) return undefined;
  const s = effectiveSettings(settings);
  return {
    examAt: localDayStart(settings.examDate, 'setting'),
    retention: s.requestRetention,
    examDayTarget: examDayRetention(s.requestRetention),
    dailyLimit: s.drillLimit,
    day: { utcOffsetMinutes: clock.utcOffsetMinutes, dayStartHour: clock.dayStartHour },
  };
}

/** With an exam ahead, how the drill ranks due cards (lowest recall on the exam day first). */
export function drillRisk(settings: Settings, clock: StudyClock): ((card: CardState) => number) | undefined {
  const target = examTarget(settings, clock);
  return target ? examRisk(target, baseScheduler(settings).recall, clock.now) : undefined;
}

/**
 * The scheduler study commands answer with. The daily load of the last days before the exam is
 * counted over `counted` (the active questions), read from `cards` at each answer.
 */
export function studyScheduler(settings: Settings, clock: StudyClock, cards: Readonly<Record<string, CardState>>, counted: readonly string[]): Scheduler {
  const base = baseScheduler(settings);
  const target = examTarget(settings, clock);
  if (!target) return base;
  return examAwareScheduler(base, target, function* () {
    for (const id of counted) {
      const card = cards[id];
      if (card) yield card;
    }
  });
}

/** The cards of `data` that would reach the exam below the target, moved before it (in place). */
function moveCards(data: ScoreData, counted: readonly string[], clock: StudyClock): number {
  const target = examTarget(data.settings, clock);
  if (!target) return 0;
  const changes = planForExam(data.cards, counted, target, baseScheduler(data.settings).recall, clock.now);
  Object.assign(data.cards, changes);
  return Object.keys(changes).length;
}

/**
 * Moves every card that would reach the exam below the target to a day before it, saved in one
 * checkpoint; returns how many moved. Run when the exam date is set.
 */
export function moveBeforeExam(store: ScoreFile, counted: readonly string[], clock: StudyClock): number {
  let moved = 0;
  store.checkpoint(new Date(clock.now), (data) => {
    moved = moveCards(data, counted, clock);
  });
  return moved;
}

/**
 * Every question's card rebuilt from its history with the FSRS parameters in use (then moved
 * before the exam where needed), saved in one checkpoint; returns how many were rebuilt.
 */
export function rescheduleAll(store: ScoreFile, counted: readonly string[], clock: StudyClock): number {
  let rebuilt = 0;
  store.checkpoint(new Date(clock.now), (data) => {
    const day = { utcOffsetMinutes: clock.utcOffsetMinutes, dayStartHour: clock.dayStartHour };
    const cards = new CardReplay(store.history(), baseScheduler(data.settings), day).until();
    rebuilt = Object.keys(cards).length;
    Object.assign(data.cards, cards);
    moveCards(data, counted, clock);
  });
  return rebuilt;
}
