/** A merge's changes as import and sync print them: settings by the names `config` uses. */
import type { MergeChanges } from '../store/merge.ts';
import type { SettingKey } from '../store/score-types.ts';
import type { ChangeSummary } from '../ui/messages-history.ts';
import { sanitizeLine } from '../ui/sanitize.ts';

const CONFIG_NAMES: Record<SettingKey, string> = {
  requestRetention: 'retention',
  newPerDay: 'new-per-day',
  examDate: 'exam-date',
  dayStart: 'day-start',
  timing: 'timing',
  drillLimit: 'drill-limit',
  fsrsParameters: 'fsrs-parameters',
};

export function changeSummary(changes: MergeChanges): ChangeSummary {
  return {
    answersAdded: changes.answersAdded,
    cardsChanged: changes.cardsChanged,
    settingsChanged: changes.settingsChanged.map((key) => CONFIG_NAMES[key]),
    examsAdded: changes.examsAdded,
    // Question ids from another file: untrusted text.
    suspended: changes.suspended.map(sanitizeLine),
    unsuspended: changes.unsuspended.map(sanitizeLine),
  };
}
