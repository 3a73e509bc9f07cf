/**
 * Merging two histories of one person (two machines, or an export and the current folder). Pure:
 * no disk, no clock. The rules, each chosen so that merging is idempotent (merging the same
 * history again changes nothing) and two machines that merge each other's history end alike:
 *
 * - Answers are united by id; an id both sides have is kept as this side has it.
 * - Cards follow the answers. A question whose merged answers are exactly one side's keeps that
 *   side's card (it was made from those very answers, with the retention then in force). A
 *   question that gained answers from both sides — two machines studied it — gets its card by
 *   replaying its merged rated answers in time order through the scheduler, so both machines
 *   reach the same schedule. So does a question both sides answered alike whose cards differ.
 * - Each setting takes the newer value, by its change time. A setting changed by a version that
 *   kept no time counts as older than any timed change, but newer than a default never changed.
 * - Suspensions: per question, the newer suspend or unsuspend wins; without times on either side
 *   (older versions), a question suspended on either side stays suspended.
 * - Exams are united by id. Unfinished exams are not part of a history (history.ts).
 * - The creation time stays this side's: it is the data folder's own.
 */
import type { CardState } from '../srs/card.ts';
import { createScheduler, type Scheduler } from '../srs/scheduler.ts';
import type { History } from './history.ts';
import { sameSettingValue } from './settings-change.ts';
import { DEFAULT_SETTINGS, SETTING_KEYS, type AnswerRecord, type SettingKey, type Settings } from './score-types.ts';

export interface MergeChanges {
  readonly answersAdded: number;
  /** Questions whose card is not what it was. */
  readonly cardsChanged: number;
  /** Settings whose value changed. */
  readonly settingsChanged: readonly SettingKey[];
  readonly examsAdded: number;
  readonly suspended: readonly string[];
  readonly unsuspended: readonly string[];
  /** Anything at all differs, bookkeeping (change times) included. */
  readonly any: boolean;
}

export interface MergeResult {
  readonly history: History;
  readonly changes: MergeChanges;
}

export function mergeHistories(local: History, incoming: History): MergeResult {
  const answers = uniteAnswers(local.answers, incoming.answers);
  const settings = mergeSettings(local.settings, incoming.settings);
  const scheduler = createScheduler(settings.requestRetention, settings.fsrsParameters);
  const cards = mergeCards(local, incoming, answers, scheduler);
  const examIds = new Set(local.exams.map((e) => e.id));
  const exams = [...local.exams, ...incoming.exams.filter((e) => !examIds.has(e.id))].sort((a, b) => a.finishedAt - b.finishedAt);
  const { suspended, suspendedAt } = mergeSuspensions(local, incoming);
  const history: History = { createdAt: local.createdAt, settings, cards, answers, exams, suspended, suspendedAt };

  return { history, changes: changesBetween(local, history) };
}

/** What differs from `before` in `after`. */
export function changesBetween(before: History, after: History): MergeChanges {
  const wasSuspended = new Set(before.suspended);
  const isSuspended = new Set(after.suspended);
  const cardsChanged = [...new Set([...Object.keys(before.cards), ...Object.keys(after.cards)])].filter(
    (q) => !sameCard(before.cards[q], after.cards[q]),
  ).length;
  const changes = {
    answersAdded: after.answers.length - before.answers.length,
    cardsChanged,
    settingsChanged: SETTING_KEYS.filter((key) => !sameSettingValue(before.settings[key], after.settings[key])),
    examsAdded: after.exams.length - before.exams.length,
    suspended: after.suspended.filter((q) => !wasSuspended.has(q)),
    unsuspended: before.suspended.filter((q) => !isSuspended.has(q)),
  };
  const any =
    changes.answersAdded > 0 ||
    cardsChanged > 0 ||
    changes.settingsChanged.length > 0 ||
    changes.examsAdded > 0 ||
    changes.suspended.length > 0 ||
    changes.unsuspended.length > 0 ||
    !sameTimes(before.settings.changedAt ?? {}, after.settings.changedAt ?? {}) ||
    !sameTimes(before.suspendedAt, after.suspendedAt);
  return { ...changes, any };
}

/** This side's answers, then the other's new ones; in time order (a stable sort: equal times keep that order). */
function uniteAnswers(local: readonly AnswerRecord[], incoming: readonly AnswerRecord[]): AnswerRecord[] {
  const ids = new Set(local.map((a) => a.id));
  const added = incoming.filter((a) => !ids.has(a.id));
  return [...local, ...added].sort((a, b) => a.at - b.at);
}

function mergeCards(local: History, incoming: History, answers: readonly AnswerRecord[], scheduler: Scheduler): Record<string, CardState> {
  const ratedIds = (list: readonly AnswerRecord[]) => {
    const byQuestion = new Map<string, Set<string>>();
    for (const a of list) {
      if (a.rating === undefined) continue;
      const set = byQuestion.get(a.q) ?? new Set<string>();
      byQuestion.set(a.q, set);
      set.add(a.id);
    }
    return byQuestion;
  };
  const mine = ratedIds(local.answers);
  const theirs = ratedIds(incoming.answers);
  const merged = ratedIds(answers);
  const byQuestion = new Map<string, AnswerRecord[]>();
  for (const a of answers) {
    if (a.rating === undefined) continue;
    const list = byQuestion.get(a.q);
    if (list) list.push(a);
    else byQuestion.set(a.q, [a]);
  }
  const cards = Object.create(null) as Record<string, CardState>;
  const questions = new Set([...Object.keys(local.cards), ...Object.keys(incoming.cards), ...merged.keys()]);
  for (const q of questions) {
    const all = merged.get(q);
    const ours = local.cards[q];
    const other = incoming.cards[q];
    let card: CardState | undefined;
    if (!all) card = ours ?? other;
    else {
      const isMine = sameSet(all, mine.get(q));
      const isTheirs = sameSet(all, theirs.get(q));
      if (isMine && isTheirs) card = ours === undefined ? other : other === undefined || sameCard(ours, other) ? ours : undefined;
      else if (isMine) card = ours;
      else if (isTheirs) card = other;
      card ??= replay(byQuestion.get(q) ?? [], scheduler);
    }
    if (card) cards[q] = card;
  }
  return cards;
}

/** The card a question's rated answers give, replayed in time order. */
function replay(answers: readonly AnswerRecord[], scheduler: Scheduler): CardState | undefined {
  let card: CardState | undefined;
  for (const a of answers) if (a.rating !== undefined) card = scheduler.next(card, a.rating, new Date(a.at));
  return card;
}

/** When a setting was set: its change time; untimed but not the default, 1 (before any timed change); else 0. */
function setAt(settings: Settings, key: SettingKey): number {
  return settings.changedAt?.[key] ?? (sameSettingValue(settings[key], DEFAULT_SETTINGS[key]) ? 0 : 1);
}

function mergeSettings(local: Settings, incoming: Settings): Settings {
  const values: Record<string, unknown> = {};
  const changedAt: Partial<Record<SettingKey, number>> = {};
  for (const key of SETTING_KEYS) {
    const from = setAt(incoming, key) > setAt(local, key) ? incoming : local;
    if (from[key] !== undefined) values[key] = from[key];
    const at = from.changedAt?.[key];
    if (at !== undefined) changedAt[key] = at;
  }
  const settings = values as unknown as Settings;
  return Object.keys(changedAt).length > 0 ? { ...settings, changedAt } : settings;
}

function mergeSuspensions(local: History, incoming: History): { suspended: string[]; suspendedAt: Record<string, number> } {
  const mine = new Set(local.suspended);
  const theirs = new Set(incoming.suspended);
  const questions = new Set([...mine, ...theirs, ...Object.keys(local.suspendedAt), ...Object.keys(incoming.suspendedAt)]);
  const suspended: string[] = [];
  const suspendedAt = Object.create(null) as Record<string, number>;
  for (const q of questions) {
    const ours = local.suspendedAt[q];
    const other = incoming.suspendedAt[q];
    let on: boolean;
    if (ours === undefined && other === undefined) on = mine.has(q) || theirs.has(q);
    else if ((other ?? -1) > (ours ?? -1)) {
      on = theirs.has(q);
      suspendedAt[q] = other as number;
    } else {
      on = mine.has(q);
      suspendedAt[q] = ours as number;
    }
    if (on) suspended.push(q);
  }
  return { suspended: suspended.sort(), suspendedAt };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string> | undefined): boolean {
  if (!b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameCard(a: CardState | undefined, b: CardState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state &&
    a.lastReview === b.lastReview
  );
}

function sameTimes(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
