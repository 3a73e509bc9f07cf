/**
 * Every sentence the program says to a person, in English and Japanese. Kept in one file so the
 * two languages stay side by side and a missing translation is a type error; the words of one
 * question type are kept the same way in the type's module (ui/question-types/). Line-mode protocol
 * words (Question, Correct, Incorrect) are not here: scripts depend on them in every language.
 */
import type { Lang } from '../bank/types.ts';
import { findEn, findJa } from './messages-find.ts';
import { studyEn, studyJa } from './messages-study.ts';
import { plural } from './plural.ts';

const en = {
  lang: 'en' as Lang,
  ...studyEn,
  ...findEn,
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

  // Mock exam
  examIntro: (count: number, minutes: number) =>
    `Mock exam: ${plural(count, 'question')} in ${plural(minutes, 'minute')}. No feedback until you submit; unanswered questions count as wrong.`,
  examResumed: (answered: number, total: number, left: string) => `Resuming your exam: ${answered} of ${total} answered, ${left} left.`,
  examLineHelp:
    'Answer with the letters (e.g. B, or A,C); n next, p previous, f flag, a number goes to that question, s reviews and submits, q stops (resume later with "exam --resume").',
  examKeys: 'n next, p previous, f flag, s review and submit, q stop.',
  examFewer: (available: number, wanted: number) => `Only ${available} questions are available, so the exam has ${available} instead of ${wanted}.`,
  examShortfall: (domain: number, available: number, wanted: number) =>
    `Domain ${domain} has ${available} of the ${wanted} questions the blueprint asks for; other domains fill in.`,
  examNoQuestions: 'No questions to draw an exam from.',
  examTimeLeft: (left: string) => `Time left ${left}`,
  examToAnswer: (n: number, total: number) => `To answer ${n} of ${total}`,
  examPace: (each: string) => `${each} per question`,
  examFlaggedCount: (n: number) => `Flagged ${n}`,
  examThisOne: (answer: string | null, flagged: boolean) => `This one: ${answer ? `answered ${answer}` : 'not answered'}${flagged ? ', flagged' : ''}`,
  examFirst: 'This is the first question.',
  examFlaggedNotice: (n: number) => `Flagged question ${n}.`,
  examUnflaggedNotice: (n: number) => `Removed the flag from question ${n}.`,
  examNoSuchQuestion: (total: number) => `There is no such question; use a number from 1 to ${total}.`,
  examUnanswered: 'Unanswered',
  examFlagged: 'Flagged',
  examNone: 'none',
  examReviewHint: 'y submits; n goes back to the exam; a number opens that question. Unanswered questions count as wrong.',
  examSubmitHint: 'Type y to submit, n to go back to the exam, or a question number.',
  examPaused: (answered: number, total: number, left: string) => `Exam paused: ${answered} of ${total} answered, ${left} left (the clock stops while paused).`,
  examResumeHint: 'Resume it with: cloudops-quiz exam --resume',
  examPausedExplain: (n: number) => (n === 1 ? 'An unfinished exam is saved:' : `${n} unfinished exams are saved:`),
  examPausedHow:
    'Resume with "cloudops-quiz exam --resume" (with several saved: "--resume <number>"), or start over with "cloudops-quiz exam --new", which drops them.',
  examResumeEntry: (started: string, answered: number, total: number, left: string) =>
    `Resume the exam started ${started} (${answered} of ${total} answered, ${left} left)`,
  examStartOver: (n: number): string => (n === 1 ? 'Start a new exam (drops the unfinished one)' : 'Start a new exam (drops the unfinished ones)'),
  examCancel: 'Neither, for now (q)',
  examPastHeading: (n: number, when: string) => `Mock exam ${n}, submitted ${when}`,
  examPausedEntry: (started: string, answered: number, total: number, left: string) => `started ${started}, ${answered} of ${total} answered, ${left} left`,
  examAlreadySubmitted:
    'This exam was already submitted (in another cloudops-quiz); its result is in "cloudops-quiz exam --history". The answers given here were not recorded.',
  examNotSubmitted:
    'The result is shown once it is saved: the exam stays saved as unfinished. When the cause is fixed, submit it again with "cloudops-quiz exam --resume".',
  examNotSavedGoesOn: (unsaved: number) =>
    `The exam goes on: ${plural(unsaved, 'change')} ${unsaved === 1 ? 'is' : 'are'} kept in memory and saved again with your next answer.`,
  examTimeUp: 'Time is up: the exam was submitted with the answers given in time.',
  examSubmitted: 'Exam submitted.',
  examRawScore: 'Raw score',
  examScaledScore: 'Scaled score',
  examEstimate: 'estimate',
  examResult: 'Result',
  examPassMark: 'pass mark',
  examScaledNote:
    'The scaled score is an estimate: AWS does not publish how raw answers convert. Here 0% right maps to 100, 72% to the pass mark 720 and 100% to 1000, in straight lines between.',
  examRight: 'right',
  examMissedTitle: (n: number) => `Missed questions (${n}): the right answers and why`,
  examNoneMissed: 'No question missed.',
  examMissed: 'Missed',
  examRightWord: 'Right',
  examHistoryTitle: 'Mock exams',
  examNoHistory: 'No mock exams yet; start one with "cloudops-quiz exam".',
  examWhen: 'Date',
  examRawShort: 'Raw',
  examScaledShort: 'Scaled',
  examHistoryHint: 'Every question of one with "cloudops-quiz exam --show N"; drill what it missed with "cloudops-quiz exam --retake-missed N".',
  examFlaggedWord: 'flagged',
  examMenu: 'Your answer, or where to go',
  examNext: 'Next → (n)',
  examNextLast: 'Finish → question list (n)',
  examPrev: '← Previous (p)',
  examFlag: '⚑ Flag for review (f)',
  examUnflag: '⚑ Remove the flag (f)',
  examList: 'Question list… (l)',
  examSubmitEntry: 'Submit… (s)',
  examPause: 'Pause (q): saved; resume with "exam --resume"',
  examReviewTitle: 'Review',
  examConfirmSubmit: (unanswered: number, flagged: number) =>
    unanswered === 0 && flagged === 0
      ? 'Submit the exam? Every question is answered.'
      : `Submit with ${plural(unanswered, 'question')} unanswered and ${flagged} flagged?`,
  examConfirmNo: 'No, back to the exam (n)',
  examConfirmYes: 'Yes, submit (y)',
  examGridTitle: (answered: number, total: number, flagged: number) => `Questions: ${answered} of ${total} answered, ${flagged} flagged`,
  examGridLegend: '✓ answered  - not answered  ⚑ flagged. Arrows move, Enter opens, s submits, b goes back.',
  examMenuKeys: 'Keys: n next, p previous (or → ←), f flag, l question list, s submit, q pause; a choice’s letter moves to it.',
  resultPagerKeys: 'n or → next, p or ← previous, l list, q done',
  resultPagerTitle: (index: number, total: number) => `Question ${index} of ${total}`,
  resultGridTitle: (right: number, total: number) => `${right} of ${total} right`,
  resultGridLegend: '✓ right  ✗ missed. Arrows move, Enter opens, b goes back.',
  resultDone: 'Done',

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
  ...findJa,
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

  examIntro: (count, minutes) => `模擬試験: ${count} 問、${minutes} 分。提出するまで正誤は表示されません。未解答の問題は不正解として採点されます。`,
  examResumed: (answered, total, left) => `模擬試験を再開します: ${total} 問中 ${answered} 問解答済み、残り時間 ${left}。`,
  examLineHelp:
    '選択肢の文字で答えてください（例: B、A,C）。n で次へ、p で前へ、f でフラグ、数字でその問題へ移動、s で見直して提出、q で中断します（後で「exam --resume」で再開できます）。',
  examKeys: 'n 次へ、p 前へ、f フラグ、s 見直して提出、q 中断。',
  examFewer: (available, wanted) => `出題できる問題が ${available} 問しかないため、${wanted} 問ではなく ${available} 問で出題します。`,
  examShortfall: (domain, available, wanted) =>
    `ドメイン ${domain} の問題は出題配分の ${wanted} 問に対して ${available} 問しかないため、ほかのドメインの問題で補います。`,
  examNoQuestions: '模擬試験に出題できる問題がありません。',
  examTimeLeft: (left) => `残り時間 ${left}`,
  examToAnswer: (n, total) => `未解答 ${n}/${total} 問`,
  examPace: (each) => `1 問あたり ${each}`,
  examFlaggedCount: (n) => `フラグ ${n} 問`,
  examThisOne: (answer, flagged) => `この問題: ${answer ? `解答 ${answer}` : '未解答'}${flagged ? '、フラグ付き' : ''}`,
  examFirst: 'これが最初の問題です。',
  examFlaggedNotice: (n) => `問題 ${n} にフラグを付けました。`,
  examUnflaggedNotice: (n) => `問題 ${n} のフラグを外しました。`,
  examNoSuchQuestion: (total) => `その番号の問題はありません。1 から ${total} までの番号を入力してください。`,
  examUnanswered: '未解答',
  examFlagged: 'フラグ付き',
  examNone: 'なし',
  examReviewHint: 'y で提出、n で試験に戻ります。番号を入力するとその問題を開きます。未解答の問題は不正解として採点されます。',
  examSubmitHint: 'y で提出、n で試験に戻ります。問題番号を入力するとその問題へ移動します。',
  examPaused: (answered, total, left) => `模擬試験を中断しました: ${total} 問中 ${answered} 問解答済み、残り時間 ${left}（中断中は時間が進みません）。`,
  examResumeHint: '再開するには: cloudops-quiz exam --resume',
  examPausedExplain: (n) => (n === 1 ? '中断中の試験が保存されています:' : `中断中の試験が ${n} 件保存されています:`),
  examPausedHow: '「cloudops-quiz exam --resume」で再開するか (複数あるときは「--resume <番号>」)、「cloudops-quiz exam --new」で破棄してやり直してください。',
  examResumeEntry: (started, answered, total, left) => `${started} に開始した試験を再開（${total} 問中 ${answered} 問解答済み、残り ${left}）`,
  examStartOver: () => '新しい試験を始める（中断中の試験は破棄）',
  examCancel: 'どちらもしない (q)',
  examPastHeading: (n, when) => `模擬試験 ${n}（${when} に提出）`,
  examPausedEntry: (started, answered, total, left) => `開始 ${started}、${total} 問中 ${answered} 問解答済み、残り ${left}`,
  examAlreadySubmitted: 'この試験は別の cloudops-quiz で提出済みです。結果は「cloudops-quiz exam --history」で確認できます。ここでの解答は記録していません。',
  examNotSubmitted:
    '保存できるまで結果は表示しません。試験は中断中として保存されたままです。原因を解決したら「cloudops-quiz exam --resume」でもう一度提出してください。',
  examNotSavedGoesOn: (unsaved) => `試験は続けられます。変更 ${unsaved} 件はメモリーに保持し、次の解答のときにもう一度保存します。`,
  examTimeUp: '時間切れです。時間内に入力された解答で試験を提出しました。',
  examSubmitted: '試験を提出しました。',
  examRawScore: '素点',
  examScaledScore: 'スケールスコア',
  examEstimate: '推定',
  examResult: '結果',
  examPassMark: '合格点',
  examScaledNote:
    'スケールスコアは推定値です。AWS は素点からの換算方法を公開していません。ここでは正答率 0% を 100、72% を合格点の 720、100% を 1000 とし、その間を直線で換算しています。',
  examRight: '正解数',
  examMissedTitle: (n) => `間違えた問題（${n} 問）: 正解と解説`,
  examNoneMissed: '間違えた問題はありません。',
  examMissed: '不正解',
  examRightWord: '正解',
  examHistoryTitle: '模擬試験の記録',
  examNoHistory: 'まだ模擬試験の記録はありません。「cloudops-quiz exam」で始めてください。',
  examWhen: '日時',
  examRawShort: '素点',
  examScaledShort: 'スケール',
  examHistoryHint: '「cloudops-quiz exam --show 番号」で全問題を表示し、「cloudops-quiz exam --retake-missed 番号」で間違えた問題を練習できます。',
  examFlaggedWord: 'フラグ付き',
  examMenu: '解答または移動先',
  examNext: '次へ → (n)',
  examNextLast: '終了して問題一覧へ → (n)',
  examPrev: '← 前へ (p)',
  examFlag: '⚑ 見直し用にフラグを付ける (f)',
  examUnflag: '⚑ フラグを外す (f)',
  examList: '問題一覧… (l)',
  examSubmitEntry: '提出… (s)',
  examPause: '中断 (q)（保存済み。「exam --resume」で再開）',
  examReviewTitle: '見直し',
  examConfirmSubmit: (unanswered, flagged) =>
    unanswered === 0 && flagged === 0
      ? '試験を提出しますか？すべての問題に解答済みです。'
      : `未解答 ${unanswered} 問、フラグ付き ${flagged} 問のまま提出しますか？`,
  examConfirmNo: 'いいえ、試験に戻る (n)',
  examConfirmYes: 'はい、提出する (y)',
  examGridTitle: (answered, total, flagged) => `問題一覧: ${total} 問中 ${answered} 問解答済み、フラグ ${flagged} 問`,
  examGridLegend: '✓ 解答済み  - 未解答  ⚑ フラグ付き。矢印キーで移動、Enter で開く、s で提出、b で戻る。',
  examMenuKeys: 'キー: n 次へ、p 前へ (→ ← でも)、f フラグ、l 問題一覧、s 提出、q 中断。選択肢の文字でその選択肢へ移動します。',
  resultPagerKeys: 'n または → 次へ、p または ← 前へ、l 一覧、q 終了',
  resultPagerTitle: (index, total) => `問題 ${index}/${total}`,
  resultGridTitle: (right, total) => `${total} 問中 ${right} 問正解`,
  resultGridLegend: '✓ 正解  ✗ 不正解。矢印キーで移動、Enter で開く、b で戻る。',
  resultDone: '終了',

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
