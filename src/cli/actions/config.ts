import { isDateText } from '../../engine/clock.ts';
import { QuizError } from '../../errors.ts';
import { effectiveSettings, type Settings } from '../../store/score-types.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { changedSettings } from '../../store/settings-change.ts';
import { activeQuestions } from '../../engine/selection.ts';
import { examDayRetention } from '../../engine/exam-schedule.ts';
import { percent } from '../../ui/charts.ts';
import { messages } from '../../ui/messages.ts';
import { parametersText } from '../../ui/optimize-view.ts';
import { hanging } from '../../ui/width.ts';
import { loadQuestionSummaries } from '../banks.ts';
import type { Context } from '../context.ts';
import { moveBeforeExam } from '../schedule-setup.ts';
import { renderEnv } from '../study.ts';
import { studyClock } from '../workspace.ts';

const KEYS = ['retention', 'new-per-day', 'drill-limit', 'day-start', 'timing', 'exam-date', 'fsrs-parameters'] as const;
type Key = (typeof KEYS)[number];
/** Shown by `config`, changed only by `optimize` (which judges a fit before adopting it). */
const READ_ONLY: readonly Key[] = ['fsrs-parameters'];
type Writable = { -readonly [K in keyof Settings]: Settings[K] };

function describe(settings: Settings, lang: Context['lang']): Record<Key, string> {
  const s = effectiveSettings(settings);
  return {
    retention: String(s.requestRetention),
    'new-per-day': String(s.newPerDay),
    'drill-limit': String(s.drillLimit),
    'day-start': String(s.dayStart),
    timing: s.timing ? 'on' : 'off',
    'exam-date': s.examDate ?? '',
    'fsrs-parameters': parametersText(s.fsrsParameters, messages(lang)),
  };
}

const usage = (en: string, ja: string) => new QuizError('USAGE', { en, ja });

/** Each key's parser: the value as typed → the settings changed, or a usage error naming the rule. */
const SETTERS: Record<Exclude<Key, 'fsrs-parameters'>, (value: string, settings: Writable, today: string) => void> = {
  retention(value, settings) {
    const n = Number(value);
    if (!(n >= 0.7 && n <= 0.99))
      throw usage(`retention must be between 0.70 and 0.99, not "${value}"`, `retention には 0.70 から 0.99 の値を指定してください ("${value}" は使えません)`);
    settings.requestRetention = n;
  },
  'new-per-day'(value, settings) {
    if (!/^\d{1,4}$/.test(value))
      throw usage(`new-per-day must be a whole number, not "${value}"`, `new-per-day には整数を指定してください ("${value}" は使えません)`);
    settings.newPerDay = Number(value);
  },
  'drill-limit'(value, settings) {
    if (!/^\d{1,4}$/.test(value) || Number(value) < 1)
      throw usage(`drill-limit must be a whole number from 1, not "${value}"`, `drill-limit には 1 以上の整数を指定してください ("${value}" は使えません)`);
    settings.drillLimit = Number(value);
  },
  'day-start'(value, settings) {
    if (!/^\d{1,2}$/.test(value) || Number(value) > 23)
      throw usage(
        `day-start must be an hour from 0 to 23 (4 is 4 am), not "${value}"`,
        `day-start には 0 から 23 の時刻を指定してください (4 は午前 4 時。"${value}" は使えません)`,
      );
    settings.dayStart = Number(value);
  },
  timing(value, settings) {
    if (value !== 'on' && value !== 'off')
      throw usage(`timing must be "on" or "off", not "${value}"`, `timing には "on" または "off" を指定してください ("${value}" は使えません)`);
    settings.timing = value === 'on';
  },
  'exam-date'(value, settings, today) {
    if (value === 'none') delete settings.examDate;
    else if (!isDateText(value))
      throw usage(
        `exam-date must be a real date YYYY-MM-DD (or "none" to clear it), not "${value}"`,
        `exam-date は実在する日付を YYYY-MM-DD 形式で指定してください (消すときは "none")。"${value}" は使えません`,
      );
    // A date already past would only make readiness fail later, far from where it was typed.
    else if (value < today)
      throw usage(
        `exam-date ${value} has passed (today is ${today}); give the date of your next exam`,
        `exam-date ${value} は過ぎています (今日は ${today})。次の試験日を指定してください`,
      );
    else settings.examDate = value;
  },
};

/** Show or change a setting kept in the score file (so it travels with the person's history). */
export async function configCommand(ctx: Context, _options: unknown, key: string | undefined, value: string | undefined): Promise<number> {
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const current = describe(store.data.settings, ctx.lang);
  if (key === undefined) {
    // The 21 parameters make a long value: wrapped under itself to the terminal's width.
    for (const k of KEYS) ctx.out.print(hanging(`${k} = `, current[k], renderEnv(ctx).width));
    return 0;
  }
  if (!(KEYS as readonly string[]).includes(key))
    throw usage(`unknown setting "${key}"; settings are ${KEYS.join(', ')}`, `設定 "${key}" はありません。設定は ${KEYS.join('、')} です`);
  if (value === undefined) {
    ctx.out.print(current[key as Key]);
    return 0;
  }
  if (READ_ONLY.includes(key as Key))
    throw usage(
      `${key} is set by "cloudops-quiz optimize", which adopts a fit only when it predicts your answers better ("optimize --reset" returns to the defaults)`,
      `${key} は "cloudops-quiz optimize" が設定します。推定値は解答をよりよく予測する場合だけ採用されます ("optimize --reset" で既定値に戻ります)`,
    );
  const settings: Writable = { ...store.data.settings };
  SETTERS[key as Exclude<Key, 'fsrs-parameters'>](value, settings, localDate(ctx.now));
  store.record([{ k: 'settings', settings: changedSettings(store.data.settings, settings, ctx.now) }]);
  ctx.out.print(`${key} = ${describe(settings, ctx.lang)[key as Key]}`);
  if (key === 'exam-date' && settings.examDate !== undefined) {
    // Questions that would reach the new date below the target come due before it.
    const counted = activeQuestions(await loadQuestionSummaries(ctx), store.data.suspended).map((q) => q.id);
    const moved = moveBeforeExam(store, counted, studyClock(ctx.now, effectiveSettings(settings).dayStart));
    ctx.out.print(messages(ctx.lang).examMoved(moved, settings.examDate, percent(examDayRetention(settings.requestRetention))));
  } else store.checkpoint(ctx.now);
  return 0;
}

/** YYYY-MM-DD of the local day. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
