import { isDateText } from '../../engine/clock.ts';
import { QuizError } from '../../errors.ts';
import { effectiveSettings, type Settings } from '../../store/score-types.ts';
import { ScoreFile } from '../../store/score-file.ts';
import { changedSettings } from '../../store/settings-change.ts';
import type { Context } from '../context.ts';

const KEYS = ['retention', 'new-per-day', 'drill-limit', 'day-start', 'timing', 'exam-date'] as const;
type Key = (typeof KEYS)[number];
type Writable = { -readonly [K in keyof Settings]: Settings[K] };

function describe(settings: Settings): Record<Key, string> {
  const s = effectiveSettings(settings);
  return {
    retention: String(s.requestRetention),
    'new-per-day': String(s.newPerDay),
    'drill-limit': String(s.drillLimit),
    'day-start': String(s.dayStart),
    timing: s.timing ? 'on' : 'off',
    'exam-date': s.examDate ?? '',
  };
}

const usage = (en: string, ja: string) => new QuizError('USAGE', { en, ja });

/** Each key's parser: the value as typed → the settings changed, or a usage error naming the rule. */
const SETTERS: Record<Key, (value: string, settings: Writable) => void> = {
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
  'exam-date'(value, settings) {
    if (value === '' || value === 'none') delete settings.examDate;
    else if (!isDateText(value))
      throw usage(`exam-date must be a real date YYYY-MM-DD, not "${value}"`, `exam-date は YYYY-MM-DD 形式で指定してください ("${value}" は使えません)`);
    else settings.examDate = value;
  },
};

/** Show or change a setting kept in the score file (so it travels with the person's history). */
export async function configCommand(ctx: Context, _options: unknown, key: string | undefined, value: string | undefined): Promise<number> {
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const current = describe(store.data.settings);
  if (key === undefined) {
    for (const k of KEYS) ctx.out.print(`${k} = ${current[k]}`);
    return 0;
  }
  if (!(KEYS as readonly string[]).includes(key))
    throw usage(`unknown setting "${key}"; settings are ${KEYS.join(', ')}`, `設定 "${key}" はありません。設定は ${KEYS.join('、')} です`);
  if (value === undefined) {
    ctx.out.print(current[key as Key]);
    return 0;
  }
  const settings: Writable = { ...store.data.settings };
  SETTERS[key as Key](value, settings);
  store.record([{ k: 'settings', settings: changedSettings(store.data.settings, settings, ctx.now) }]);
  store.checkpoint(ctx.now);
  ctx.out.print(`${key} = ${describe(settings)[key as Key]}`);
  return 0;
}
