/**
 * Every sentence the program says to a person, in English and Japanese. Kept in one file so the
 * two languages stay side by side and a missing translation is a type error; the words of one
 * question type are kept the same way in the type's module (ui/question-types/). Line-mode protocol
 * words (Question, Correct, Incorrect) are not here: scripts depend on them in every language.
 */
import type { Lang } from '../bank/types.ts';
import { examEn, examJa } from './messages-exam.ts';
import { findEn, findJa } from './messages-find.ts';
import { historyEn, historyJa } from './messages-history.ts';
import { scheduleEn, scheduleJa } from './messages-schedule.ts';
import { studyEn, studyJa } from './messages-study.ts';
import { plural } from './plural.ts';

const en = {
  lang: 'en' as Lang,
  ...studyEn,
  ...historyEn,
  ...findEn,
  ...examEn,
  ...scheduleEn,
  validateClean: (files: number, questions: number) => `${plural(files, 'file')}, ${plural(questions, 'question')}: no problems`,
  validateProblems: (problems: number | string, files: number) => `${plural(problems, 'problem')} in ${plural(files, 'file')}`,
  validateMore: (count: number | null) => (count === null ? '… and more: reading stopped after 200 problems' : `… and ${plural(count, 'more problem')}`),
  cuesTitle: (single: number, multiple: number) =>
    `Surface cues: how often a guesser who reads only the choices' shape finds the key (${single} single-answer, ${multiple} multiple-response questions)`,
  cuesHeader: ['guesser', 'single', 'multiple', 'certain'] as readonly string[],
  cuesLimits: (single: string, multiple: string) =>
    `Limits: ${single} of single-answer keys, ${multiple} of multiple-response keys (chance is about 25 % and 10 %).`,
  cuesOver: (count: number) => `${plural(count, 'rate')} over the limit: rewrite distractors as specific and as long as the key`,
  /** The column of counts per question type goes between the third and the fourth (named by each type's module). */
  modulesHeader: ['Module', 'Title', 'Questions', 'by domain 1-5'] as readonly string[],
  modulesTotal: 'Total',
  hintLetters: (last: string) => `Use the letters A to ${last} (q to quit).`,
  hintRepeated: (letter: string) => `${letter} is given twice; each letter once.`,
  correctAnswer: 'answer',
  yourAnswer: 'yours',
  picked: 'your pick',
  questionWord: 'Question',
  scoreSoFar: 'score',
  /** The key hints under a menu: what each key does, and key names that need words. */
  keyActions: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert' } as Readonly<Record<string, string>>,
  keyNames: { space: 'space' } as Readonly<Record<string, string>>,
  next: 'Next',
  markEasy: 'Next — that was easy (see it less often)',
  markUnsure: 'Next — I was unsure (see it sooner)',
  quit: 'Quit (progress is saved)',
  continuePrompt: 'Continue?',
  nothingToStudy:
    'Nothing to study right now: no questions are due and today’s new questions are done. Try "cloudops-quiz quiz <module>" or "cloudops-quiz stats".',
  nextDue: (at: string, inHours: number) => `The next question comes due at ${at} (in ${inHours < 1 ? 'under an hour' : `${Math.round(inHours)} h`}).`,
  summary: (answered: number, total: number) => `Answered ${answered} of ${total}.`,
  summaryNone: 'No questions answered.',
  interrupted: 'Interrupted — every answer given was saved.',
  noWeakTopics: 'No weak topics yet: weak topics are found from your answers. Drill or quiz first.',
  weakTopicsTitle: 'Weakest topics',
  reviewDrilling: (topics: readonly string[], questions: number) =>
    `Drilling ${plural(questions, 'question')} on your ${plural(topics.length, 'weakest topic')}: ${topics.join(', ')}.`,
  weakSkillsTitle: 'Weakest exam skills (exam guide)',
  errors: 'errors',
  recall: 'recall',
  answersCount: (n: number) => plural(n, 'answer'),
  statsTitle: 'Your progress',
  statsLegend:
    'accuracy: the share of your answers that were right, ever. recall: the chance (by FSRS) that you would answer a question you have seen right now.',
  seen: 'seen',
  accuracy: 'accuracy',
  dueToday: 'due today',
  streak: 'streak',
  streakDays: (n: number) => plural(n, 'day'),
  moduleWord: 'Module',
  domainWord: 'Domain',
  perDayTitle: (days: number) => `Answers per day, last ${days} days`,
  maxPerDay: 'max',
  forecastTitle: 'Due, next 7 days',
  todayWord: 'today',
  dueLine: (now: number, today: number, fresh: number) => `${now} due now, ${today} due today, ${fresh} new available`,

  // Distractor memory (study feedback, stats)
  pickedBefore: 'You picked this before',
  repeatedPicksTitle: 'Repeated wrong picks',
  repeatedPicksTimes: (n: number) => `picked ${n} times`,

  // Cram
  cramIntro: 'Cram: practice anything without changing your schedule (answers are kept, not scheduled).',
  cramExamIntro: (exam: number, missed: number) =>
    `Retaking what mock exam ${exam} missed: ${plural(missed, 'question')}, as cram (answers are kept, not scheduled).`,
  cramNothingMissed: (exam: number) => `Mock exam ${exam} missed no question that is still in the banks: nothing to retake.`,

  // Saving
  notSavedRetry: (unsaved: number) =>
    `No verdict until it is saved: ${plural(unsaved, 'answer')} ${unsaved === 1 ? 'is' : 'are'} kept in memory and saved again with your next answer and when the session ends. Fix the cause meanwhile (free disk space, make the data folder writable, or end the other cloudops-quiz).`,

  // Readiness
  readinessTitle: (date: string, days: number) => `Exam readiness for ${date} (${plural(days, 'day')} left to study)`,
  readinessRecall: (recall: string, questions: number, unseen: number) =>
    `Predicted recall on the exam day: ${recall} over ${questions} questions (${unseen} never studied count as 0)`,
  readinessScore: 'Estimated scaled score on the exam day',
  readinessScoreNote:
    'An estimate: each domain’s predicted recall weighted by the exam blueprint, scaled as in a mock exam (0% → 100, 72% → 720, 100% → 1000).',
  readinessModulesTitle: 'By module',
  readinessDomainsTitle: 'By domain',
  readinessWeight: 'weight',
  readinessUnseen: 'not studied',
  readinessRiskModules: 'Modules most at risk',
  readinessRiskTopics: 'Topics most at risk',
  readinessNoRisk: (target: string) => `Nothing below the target recall of ${target}.`,
  readinessPlan: (perDay: number, days: number, needed: number, below: number, unseen: number, target: string) =>
    `Plan: about ${plural(perDay, 'review')} a day for ${plural(days, 'day')}: ${plural(below, 'studied question')} below ${target} on the exam day need one each, and ${unseen} never studied need three each (${needed} in all).`,
  readinessPlanHint: 'The daily drill ("cloudops-quiz") brings back what is due; "cloudops-quiz review" works on the weakest topics.',
};

type Messages = typeof en;

const ja: Messages = {
  lang: 'ja',
  ...studyJa,
  ...historyJa,
  ...findJa,
  ...examJa,
  ...scheduleJa,
  validateClean: (files, questions) => `${files} ファイル、${questions} 問: 問題はありません`,
  validateProblems: (problems, files) => `${files} ファイルに ${problems} 件の問題があります`,
  validateMore: (count) => (count === null ? '… ほかにもあります (問題が 200 件を超えたため読み込みを中止しました)' : `… ほかに ${count} 件の問題があります`),
  cuesTitle: (single, multiple) => `表面的な手がかり: 選択肢の形だけを見て推測した場合に正解を当てる割合 (単一解答 ${single} 問、複数解答 ${multiple} 問)`,
  cuesHeader: ['推測方法', '単一解答', '複数解答', '確実に当たる問題'],
  cuesLimits: (single, multiple) => `上限: 単一解答の正解の ${single}、複数解答の正解の ${multiple} (偶然に当たる割合はおよそ 25 % と 10 %)。`,
  cuesOver: (count) => `${count} 件の割合が上限を超えています。誤答の選択肢を正解と同じくらい具体的で同じ長さに書き直してください`,
  modulesHeader: ['モジュール', 'タイトル', '問題数', 'ドメイン別 1-5'],
  modulesTotal: '合計',
  hintLetters: (last) => `A から ${last} の文字で答えてください（q で終了）。`,
  hintRepeated: (letter) => `${letter} が 2 回入力されています。各文字は 1 回だけです。`,
  correctAnswer: '正解',
  yourAnswer: 'あなたの解答',
  picked: 'あなたの選択',
  questionWord: '問題',
  scoreSoFar: '得点',
  keyActions: { navigate: '移動', select: '選択', submit: '確定', all: 'すべて', invert: '反転' },
  keyNames: { space: 'スペース' },
  next: '次へ',
  markEasy: '次へ — 簡単だった（出題間隔を長く）',
  markUnsure: '次へ — 自信がなかった（早めに再出題）',
  quit: '終了（進捗は保存済み）',
  continuePrompt: '続けますか？',
  nothingToStudy:
    '今学習する問題はありません。期限の来た問題はなく、今日の新しい問題も終わりました。「cloudops-quiz quiz <モジュール>」や「cloudops-quiz stats」をお試しください。',
  nextDue: (at, inHours) => `次の問題の期限は ${at} です（${inHours < 1 ? '1 時間以内' : `あと ${Math.round(inHours)} 時間`}）。`,
  summary: (answered, total) => `${total} 問中 ${answered} 問に解答しました。`,
  summaryNone: '解答した問題はありません。',
  interrupted: '中断しました。解答はすべて保存されています。',
  noWeakTopics: '苦手なトピックはまだありません。苦手なトピックは解答履歴から見つけます。まず drill か quiz で学習してください。',
  weakTopicsTitle: '苦手なトピック',
  reviewDrilling: (topics, questions) => `苦手なトピック ${topics.length} 件 (${topics.join('、')}) から ${questions} 問を出題します。`,
  weakSkillsTitle: '苦手な試験スキル (試験ガイド)',
  errors: '誤答率',
  recall: '想起率',
  answersCount: (n) => `解答 ${n} 回`,
  statsTitle: '学習の進捗',
  statsLegend: '正答率: これまでの解答のうち正解の割合。想起率: 学習済みの問題に今答えたら正解できる見込み (FSRS による予測)。',
  seen: '学習済み',
  accuracy: '正答率',
  dueToday: '今日の復習',
  streak: '連続学習',
  streakDays: (n) => `${n} 日`,
  moduleWord: 'モジュール',
  domainWord: 'ドメイン',
  perDayTitle: (days) => `1 日あたりの解答数（過去 ${days} 日）`,
  maxPerDay: '最大',
  forecastTitle: '今後 7 日間の復習予定',
  todayWord: '今日',
  dueLine: (now, today, fresh) => `今すぐ ${now} 問、今日中に ${today} 問、新しい問題 ${fresh} 問`,

  pickedBefore: '以前にもこの選択肢を選んでいます',
  repeatedPicksTitle: '繰り返し選んだ誤答',
  repeatedPicksTimes: (n) => `${n} 回選択`,

  cramIntro: '直前対策: 復習スケジュールを変えずに、どの問題でも練習できます（解答は記録されますが、スケジュールには反映されません）。',
  cramExamIntro: (exam, missed) =>
    `模擬試験 ${exam} で間違えた ${missed} 問を直前対策として解き直します（解答は記録されますが、スケジュールには反映されません）。`,
  cramNothingMissed: (exam) => `模擬試験 ${exam} で間違えた問題のうち、今のバンクにあるものはありません。解き直す問題はありません。`,

  notSavedRetry: (unsaved) =>
    `保存できるまで正誤は表示しません。解答 ${unsaved} 件はメモリーに保持し、次の解答のときとセッション終了時にもう一度保存します。その間に原因を解決してください（ディスクの空きを作る、データフォルダーを書き込み可能にする、または別の cloudops-quiz を終了する）。`,

  readinessTitle: (date, days) => `${date} の試験に向けた準備状況（学習できる日数: あと ${days} 日）`,
  readinessRecall: (recall, questions, unseen) => `試験日の予測想起率: ${questions} 問で ${recall}（未学習の ${unseen} 問は 0 として計算）`,
  readinessScore: '試験日の推定スケールスコア',
  readinessScoreNote: '推定値です。各ドメインの予測想起率を出題配分で重み付けし、模擬試験と同じ方法で換算しています（0% → 100、72% → 720、100% → 1000）。',
  readinessModulesTitle: 'モジュール別',
  readinessDomainsTitle: 'ドメイン別',
  readinessWeight: '配分',
  readinessUnseen: '未学習',
  readinessRiskModules: 'リスクの高いモジュール',
  readinessRiskTopics: 'リスクの高いトピック',
  readinessNoRisk: (target) => `目標想起率 ${target} を下回るものはありません。`,
  readinessPlan: (perDay, days, needed, below, unseen, target) =>
    `計画: ${days} 日間、1 日あたり約 ${perDay} 回の復習。試験日に想起率が ${target} を下回る学習済みの ${below} 問に各 1 回、未学習の ${unseen} 問に各 3 回（合計 ${needed} 回）。`,
  readinessPlanHint: '毎日のドリル（「cloudops-quiz」）で期限の来た問題を復習し、「cloudops-quiz review」で苦手なトピックに取り組みましょう。',
};

export function messages(lang: Lang): Messages {
  return lang === 'ja' ? ja : en;
}
export type { Messages };
