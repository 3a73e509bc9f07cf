/**
 * What the study loop says about the schedule — the rating and its reason, the next review, the
 * session summary, leeches, undo and suspend, the daily limits — in English and Japanese, side by
 * side; merged into `messages()`. Protocol words (`Rating:`, `Next review:`, `Leech:`, `Undone`,
 * `Suspended`) are not here: they stay English in every language.
 */
import type { RatingReason } from '../srs/rating.ts';
import { plural } from './plural.ts';

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

export const studyEn = {
  answerHelp:
    'Answer each question with its letters (e.g. B, or A,C); add ! if it was easy or ? if you were unsure. u undoes the previous answer, s suspends this question, q quits.',
  ratingReason: (reason: RatingReason, elapsedMs: number, expectedMs: number | undefined): string => {
    const expected = expectedMs !== undefined ? seconds(expectedMs) : 0;
    switch (reason) {
      case 'wrong':
        return 'wrong answer';
      case 'marked-easy':
        return 'you marked it easy';
      case 'marked-unsure':
        return 'you marked it unsure';
      case 'fast':
        return `answered fast (${seconds(elapsedMs)} s, under half of the ${expected} s expected)`;
      case 'slow':
        return `took long (${seconds(elapsedMs)} s, over twice the ${expected} s expected)`;
      case 'in-time':
        return `right, in ${seconds(elapsedMs)} s (${expected} s expected)`;
      case 'untimed':
        return 'right (not timed)';
      case 'timing-off':
        return 'right (timing is off)';
      case 'reask':
        return 'right on a re-ask (not timed)';
    }
  },
  whenToday: (time: string) => `today (${time})`,
  whenTomorrow: (date: string) => `tomorrow (${date})`,
  whenInDays: (days: number, date: string) => `in ${days} days (${date})`,
  whenReask: (then: string) => `later in this session, then ${then}`,
  whenUnchanged: (then: string) => `${then}, unchanged (cram does not schedule)`,
  whenNotScheduled: 'not scheduled (cram does not schedule)',

  summaryReasks: (reasks: number, relearned: number, missed: number) =>
    `Re-asked ${plural(reasks, 'time')}; ${relearned} of ${plural(missed, 'missed question')} answered right on a re-ask.`,
  summaryMissedTitle: (n: number) => `Missed (${n}):`,
  summaryRelearned: 'right on a re-ask',
  summaryStillWrong: (misses: number) => `missed ${plural(misses, 'time')} in this session`,
  summaryNextReview: 'next review',
  summaryComingBack: 'Coming back',
  summaryDueTomorrow: (n: number) => `Due tomorrow: ${n}`,

  leechNote: (misses: number) => `missed ${misses} times since you first got it right. Read this before answering.`,
  leechPastPicks: 'Your past wrong picks:',
  undoneNote: 'the answer left your history and the card is as it was; the question is asked again.',
  suspendedNote: (id: string) => `it will not be asked again until "cloudops-quiz unsuspend ${id}".`,
  nothingToUndo: 'Nothing to undo yet.',
  menuUndo: 'Undo this answer (u)',
  menuSuspend: 'Suspend this question (s)',

  drillDueLeft: (left: number, limit: number) =>
    `${plural(left, 'more question')} due today wait beyond this drill's limit of ${limit}: run "cloudops-quiz" again to continue, or raise the limit ("cloudops-quiz --limit ${limit + left}", or "cloudops-quiz config drill-limit ${limit + left}" for every day).`,
  drillNewLeft: (n: number, limit: number) =>
    `${plural(n, 'new question')} allowed today did not fit in the limit of ${limit}: run "cloudops-quiz" again for them.`,
  drillNewDone: (perDay: number, waiting: number) =>
    `Today's ${perDay} new ${perDay === 1 ? 'question is' : 'questions are'} done; ${waiting} more wait for the next days. To meet more a day: "cloudops-quiz config new-per-day N".`,

  readinessFits: (newPerDay: number, days: number | null, perDay: number, drillLimit: number) =>
    `Within your limits: ${days === 0 ? 'every question has been met' : `at ${newPerDay} new a day (new-per-day) every unseen question is met in ${plural(days ?? '?', 'day')}`}, and ${plural(perDay, 'answer')} a day fit in a drill of ${drillLimit} (drill-limit).`,
  readinessNoFit: (date: string) => `This plan does not fit your limits before ${date}. Raise:`,
  readinessRaiseNew: (from: number, to: number) => `new-per-day from ${from} to ${to}: cloudops-quiz config new-per-day ${to}`,
  readinessRaiseLimit: (from: number, to: number) =>
    `drill-limit from ${from} to ${to}: cloudops-quiz config drill-limit ${to} (or drill more than once a day)`,

  leechesTitle: (misses: number) => `Leeches (missed on ${misses}+ days since first right)`,
  leechMisses: (n: number) => `missed ${n} times`,
  suspendedTitle: (n: number) => `Suspended (${n}; "cloudops-quiz unsuspend <id>" brings one back)`,
  suspendDone: (ids: string, total: number) => `Suspended: ${ids}. ${plural(total, 'question')} suspended in all.`,
  unsuspendDone: (ids: string, total: number) => `Unsuspended: ${ids}. ${plural(total, 'question')} still suspended.`,
  notSuspended: (ids: string) => `Not suspended: ${ids}.`,
};

type StudyMessages = typeof studyEn;

export const studyJa: StudyMessages = {
  answerHelp:
    '各問に選択肢の文字で答えてください（例: B、A,C）。簡単だったら !、自信がなければ ? を付けます。u で直前の解答を取り消し、s でこの問題を保留、q で終了します。',
  ratingReason: (reason, elapsedMs, expectedMs) => {
    const expected = expectedMs !== undefined ? seconds(expectedMs) : 0;
    switch (reason) {
      case 'wrong':
        return '不正解';
      case 'marked-easy':
        return '「簡単」とマーク';
      case 'marked-unsure':
        return '「自信なし」とマーク';
      case 'fast':
        return `速い解答（${seconds(elapsedMs)} 秒。目安 ${expected} 秒の半分未満）`;
      case 'slow':
        return `時間がかかった（${seconds(elapsedMs)} 秒。目安 ${expected} 秒の 2 倍超）`;
      case 'in-time':
        return `正解（${seconds(elapsedMs)} 秒。目安 ${expected} 秒）`;
      case 'untimed':
        return '正解（時間は計測なし）';
      case 'timing-off':
        return '正解（時間による評価はオフ）';
      case 'reask':
        return '再出題で正解（時間は計測なし）';
    }
  },
  whenToday: (time) => `今日（${time}）`,
  whenTomorrow: (date) => `明日（${date}）`,
  whenInDays: (days, date) => `${days}日後（${date}）`,
  whenReask: (then) => `このセッションでもう一度、その後は${then}`,
  whenUnchanged: (then) => `${then}（変更なし: 直前対策はスケジュールを変えません）`,
  whenNotScheduled: '未設定（直前対策はスケジュールを変えません）',

  summaryReasks: (reasks, relearned, missed) => `再出題 ${reasks} 回。間違えた ${missed} 問のうち ${relearned} 問は再出題で正解しました。`,
  summaryMissedTitle: (n) => `間違えた問題（${n} 問）:`,
  summaryRelearned: '再出題で正解',
  summaryStillWrong: (misses) => `このセッションで ${misses} 回不正解`,
  summaryNextReview: '次の復習',
  summaryComingBack: '次の出題',
  summaryDueTomorrow: (n) => `明日の復習: ${n} 問`,

  leechNote: (misses) => `最初に正解してから ${misses} 回間違えています。解答の前に読んでください。`,
  leechPastPicks: 'これまでに選んだ誤答:',
  undoneNote: '解答を履歴から削除し、スケジュールを元に戻しました。同じ問題をもう一度出題します。',
  suspendedNote: (id) => `「cloudops-quiz unsuspend ${id}」を実行するまで出題しません。`,
  nothingToUndo: 'まだ取り消せる解答はありません。',
  menuUndo: 'この解答を取り消す（u）',
  menuSuspend: 'この問題を保留する（s）',

  drillDueLeft: (left, limit) =>
    `今日が期限の問題があと ${left} 問、このドリルの上限 ${limit} 問を超えて残っています。続けるには「cloudops-quiz」をもう一度実行するか、上限を上げてください（「cloudops-quiz --limit ${limit + left}」、毎日なら「cloudops-quiz config drill-limit ${limit + left}」）。`,
  drillNewLeft: (n, limit) => `今日出題できる新しい問題 ${n} 問が上限 ${limit} 問に収まりませんでした。「cloudops-quiz」をもう一度実行すると出題します。`,
  drillNewDone: (perDay, waiting) =>
    `今日の新しい問題 ${perDay} 問は終わりました。残り ${waiting} 問は明日以降に出題します。1 日に出題する数を増やすには「cloudops-quiz config new-per-day N」。`,

  readinessFits: (newPerDay, days, perDay, drillLimit) =>
    `設定の範囲内で達成できます: ${days === 0 ? 'すべての問題を学習済みです' : `1 日 ${newPerDay} 問の新しい問題（new-per-day）で、未学習の問題に ${days} 日ですべて出会えます`}。1 日 ${perDay} 回の解答は 1 回のドリル（drill-limit ${drillLimit} 問）に収まります。`,
  readinessNoFit: (date) => `この計画は ${date} までに今の設定では収まりません。次の設定を上げてください:`,
  readinessRaiseNew: (from, to) => `new-per-day を ${from} から ${to} に: cloudops-quiz config new-per-day ${to}`,
  readinessRaiseLimit: (from, to) => `drill-limit を ${from} から ${to} に: cloudops-quiz config drill-limit ${to}（または 1 日に複数回ドリルする）`,

  leechesTitle: (misses) => `リーチ（最初の正解後に ${misses} 日以上間違えた問題）`,
  leechMisses: (n) => `${n} 回不正解`,
  suspendedTitle: (n) => `保留中（${n} 問。「cloudops-quiz unsuspend <id>」で戻せます）`,
  suspendDone: (ids, total) => `保留しました: ${ids}。保留中は合計 ${total} 問です。`,
  unsuspendDone: (ids, total) => `保留を解除しました: ${ids}。保留中は残り ${total} 問です。`,
  notSuspended: (ids) => `保留されていません: ${ids}。`,
};
