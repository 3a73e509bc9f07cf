/**
 * `show <id>`: one question in full — where it belongs, the prompt, every choice with its why,
 * the explanation and references — then the person's own answers to it and its schedule.
 */
import { DOMAINS, MODULES } from '../bank/course.ts';
import type { Question } from '../bank/types.ts';
import type { StudyClock } from '../engine/clock.ts';
import { correctPositions, type Presented } from '../engine/grading.ts';
import type { CardState, Rating } from '../srs/card.ts';
import { localDateTime } from './exam-view.ts';
import { LETTERS, letters } from './letters.ts';
import { questionTypeUi } from './question-types/registry.ts';
import { answerDetailLines, choiceLines, promptLines } from './render.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitizeLine } from './sanitize.ts';
import { whenText } from './schedule-view.ts';
import { topicLabel } from './stats-view.ts';
import { fitTable, flow } from './table.ts';
import { hanging, wrap } from './width.ts';

/** One past answer as `show` lists it. */
export interface PastAnswer {
  readonly at: number;
  readonly mode: string;
  readonly correct: boolean;
  /** Bank choice indices (the letters `show` prints are in bank order). */
  readonly given: readonly number[];
  readonly rating?: Rating | undefined;
}

export interface QuestionRecord {
  readonly answers: readonly PastAnswer[];
  readonly card: CardState | undefined;
  /** Predicted recall now (0 for a question never studied). */
  readonly recallNow: number;
  readonly suspended: boolean;
}

/** The question with its choices in the bank's order (as `show` and a past exam list them). */
export function inBankOrder(question: Question): Presented {
  return { question, order: question.choices.map((_, i) => i) };
}

export function questionLines(question: Question, record: QuestionRecord, clock: StudyClock, env: RenderEnv): string[] {
  const { style, say, lang, width } = env;
  const presented = inBankOrder(question);
  const lines: string[] = [];
  const module = MODULES.find((m) => m.number === question.module);
  const domain = DOMAINS.find((d) => d.number === question.domain);
  lines.push(style.bold(`[${sanitizeLine(question.id)}]`));
  if (module) lines.push(hanging('', say.showModule(String(module.number).padStart(2, '0'), module.title[lang]), width, 2));
  if (domain) lines.push(hanging('', say.showDomain(domain.number, domain.title[lang]), width, 2));
  lines.push(labelled(`${say.showTopics}: `, question.topics.map((t) => topicLabel(t, env)).join(', '), width));
  if (question.skills.length > 0) lines.push(labelled(`${say.showSkills}: `, question.skills.join(', '), width));
  const type = [questionTypeUi(question.type).label(lang), ...(question.courseOnly ? [say.showCourseOnly] : [])].join(' · ');
  lines.push(labelled(`${say.showType}: `, type, width));
  lines.push('');
  lines.push(...promptLines(presented, env, 'none'));
  lines.push(...choiceLines(presented, env));
  lines.push('');
  lines.push(style.bold(`${say.showAnswerTitle} — ${say.correctAnswer}: ${letters(correctPositions(presented))}`));
  lines.push(...answerDetailLines(presented, [], correctPositions(presented), env, { allChoices: true }));
  lines.push('');
  lines.push(...historyLines(record, env));
  lines.push('');
  lines.push(...scheduleLines(record, clock, env));
  if (record.suspended) lines.push(style.yellow(wrap(say.showSuspended(question.id), width)));
  return lines;
}

function historyLines(record: QuestionRecord, env: RenderEnv): string[] {
  const { style, say, width } = env;
  if (record.answers.length === 0) return [wrap(say.showNoHistory, width)];
  const right = record.answers.filter((a) => a.correct).length;
  const rows = record.answers.map((a) => [
    localDateTime(a.at),
    sanitizeLine(a.mode),
    a.correct ? style.green(say.showRight) : style.red(say.showWrong),
    a.given.map((c) => LETTERS[c] ?? '?').join(', '),
    a.rating ?? '',
  ]);
  return [
    style.bold(wrap(say.showHistoryTitle(record.answers.length, right), width)),
    ...fitTable(rows, [{}, { drop: 2 }, {}, {}, { drop: 1 }], width - 2).map((l) => `  ${l}`),
  ];
}

function scheduleLines(record: QuestionRecord, clock: StudyClock, env: RenderEnv): string[] {
  const { style, say, width } = env;
  const { card } = record;
  if (!card) return [labelled(`${say.showScheduleTitle}: `, say.showNotScheduled, width)];
  const parts = [
    say.showDue(whenText(card.due, clock, env)),
    say.showRecallNow(`${Math.round(record.recallNow * 100)}%`),
    say.showStability(card.stability.toFixed(1)),
    say.showLapses(card.lapses),
  ];
  return flow([`${style.bold(say.showScheduleTitle)}:`, ...parts], width, '  ', '  ');
}

/** `Label: text`, wrapped with the lines after the first indented by two. */
function labelled(label: string, text: string, width: number): string {
  return hanging('', `${label}${text}`, width, 2);
}
