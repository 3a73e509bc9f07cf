import { isDateText } from '../../engine/clock.ts';
import { QuizError } from '../../errors.ts';
import type { Settings } from '../../store/score-types.ts';
import { ScoreFile } from '../../store/score-file.ts';
import type { Context } from '../context.ts';

const KEYS = ['retention', 'new-per-day', 'exam-date'] as const;
type Key = (typeof KEYS)[number];

function describe(settings: Settings): Record<Key, string> {
  return { retention: String(settings.requestRetention), 'new-per-day': String(settings.newPerDay), 'exam-date': settings.examDate ?? '' };
}

/** Show or change a setting kept in the score file (so it travels with the person's history). */
export function configCommand(ctx: Context, key: string | undefined, value: string | undefined): void {
  const store = ScoreFile.open(ctx.dataDir, ctx.now);
  const current = describe(store.data.settings);
  if (key === undefined) {
    for (const k of KEYS) ctx.out.print(`${k} = ${current[k]}`);
    return;
  }
  if (!(KEYS as readonly string[]).includes(key)) throw new QuizError('USAGE', { en: `unknown setting "${key}"; settings are ${KEYS.join(', ')}`, ja: `設定 "${key}" はありません。設定は ${KEYS.join('、')} です` });
  if (value === undefined) {
    ctx.out.print(current[key as Key]);
    return;
  }
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...store.data.settings };
  if (key === 'retention') {
    const n = Number(value);
    if (!(n >= 0.7 && n <= 0.99)) throw new QuizError('USAGE', { en: `retention must be between 0.70 and 0.99, not "${value}"`, ja: `retention には 0.70 から 0.99 の値を指定してください ("${value}" は使えません)` });
    settings.requestRetention = n;
  } else if (key === 'new-per-day') {
    if (!/^\d{1,4}$/.test(value)) throw new QuizError('USAGE', { en: `new-per-day must be a whole number, not "${value}"`, ja: `new-per-day には整数を指定してください ("${value}" は使えません)` });
    settings.newPerDay = Number(value);
  } else {
    if (value === '' || value === 'none') delete settings.examDate;
    else if (!isDateText(value)) throw new QuizError('USAGE', { en: `exam-date must be a real date YYYY-MM-DD, not "${value}"`, ja: `exam-date は YYYY-MM-DD 形式で指定してください ("${value}" は使えません)` });
    else settings.examDate = value;
  }
  store.record([{ k: 'settings', settings }]);
  store.checkpoint(ctx.now);
  ctx.out.print(`${key} = ${describe(settings)[key as Key]}`);
}
