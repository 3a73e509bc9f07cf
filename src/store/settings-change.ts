/**
 * A change of settings as it is saved: the new values, each changed one stamped with the time of
 * the change, so that a merge of two machines' histories keeps the newer value of each setting.
 */
import { SETTING_KEYS, type SettingKey, type Settings } from './score-types.ts';

export function changedSettings(before: Settings, after: Settings, now: Date): Settings {
  const changedAt: Partial<Record<SettingKey, number>> = { ...before.changedAt };
  for (const key of SETTING_KEYS) if (!sameSettingValue(after[key], before[key])) changedAt[key] = now.getTime();
  return { ...after, changedAt };
}

/** Whether two values of one setting are equal (the FSRS parameters are a list). */
export function sameSettingValue(a: Settings[SettingKey], b: Settings[SettingKey]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
