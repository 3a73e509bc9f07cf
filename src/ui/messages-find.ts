/**
 * What `show`, `topics` and `search` say, and the first-run welcome, in English and Japanese side
 * by side; merged into `messages()`.
 */
import { plural } from './plural.ts';

export const findEn = {
  showModule: (n: string, title: string) => `Module ${n} · ${title}`,
  showDomain: (n: number, title: string) => `Domain ${n} · ${title}`,
  showTopics: 'Topics',
  showSkills: 'Exam skills',
  showType: 'Type',
  showCourseOnly: 'course only (not in mock exams)',
  showAnswerTitle: 'Answer and why',
  showHistoryTitle: (answers: number, right: number) => `Your answers: ${plural(answers, 'answer')}, ${right} right`,
  showNoHistory: 'You have not answered it yet.',
  showRight: 'right',
  showWrong: 'wrong',
  showScheduleTitle: 'Schedule',
  showNotScheduled: 'not scheduled yet: it comes as a new question in the drill.',
  showDue: (when: string) => `next review ${when}`,
  showRecallNow: (recall: string) => `recall now ${recall}`,
  showStability: (days: string) => `stability ${days} days`,
  showLapses: (n: number) => `forgotten ${plural(n, 'time')}`,
  showSuspended: (id: string) => `Suspended: never asked until "cloudops-quiz unsuspend ${id}".`,
  showUnknown: (id: string) => `no question has the id "${id}"`,
  showUnknownHint: 'ids are shown in [brackets] above each question; "cloudops-quiz search <words>" finds one by its words',

  topicsHeader: ['Topic key', 'Name', 'Questions'] as readonly string[],
  topicsTotal: (topics: number, questions: number) => `${plural(topics, 'topic')}, ${plural(questions, 'question')}`,
  topicsHint: 'Drill one with "cloudops-quiz cram --topic <key>".',

  searchNone: (query: string) => `No question contains all of: ${query}`,
  searchFound: (n: number, shown: number) => (n > shown ? `${plural(n, 'question')} found; the first ${shown}:` : `${plural(n, 'question')} found:`),
  searchHint: 'Read one in full with "cloudops-quiz show <id>".',

  welcome: (dataDir: string) => [
    'Welcome to cloudops-quiz. Answer with the letters (or arrows and Enter at a terminal); u undoes an answer, s suspends a question, q stops.',
    `Every answer is saved at once and schedules the question's next review (FSRS); your scores live in ${dataDir}.`,
    '"cloudops-quiz --help" lists every command: quiz a module, review weak topics, a mock exam, stats, show, search.',
  ],
};

type FindMessages = typeof findEn;

export const findJa: FindMessages = {
  showModule: (n, title) => `モジュール ${n} · ${title}`,
  showDomain: (n, title) => `ドメイン ${n} · ${title}`,
  showTopics: 'トピック',
  showSkills: '試験スキル',
  showType: '形式',
  showCourseOnly: 'コースのみ (模擬試験には出題しません)',
  showAnswerTitle: '正解と解説',
  showHistoryTitle: (answers, right) => `あなたの解答: ${answers} 回 (正解 ${right} 回)`,
  showNoHistory: 'まだ解答していません。',
  showRight: '正解',
  showWrong: '不正解',
  showScheduleTitle: 'スケジュール',
  showNotScheduled: 'まだスケジュールされていません。ドリルで新しい問題として出題されます。',
  showDue: (when) => `次の復習 ${when}`,
  showRecallNow: (recall) => `現在の想起率 ${recall}`,
  showStability: (days) => `安定度 ${days} 日`,
  showLapses: (n) => `忘れた回数 ${n}`,
  showSuspended: (id) => `保留中: 「cloudops-quiz unsuspend ${id}」を実行するまで出題しません。`,
  showUnknown: (id) => `ID "${id}" の問題はありません`,
  showUnknownHint: 'ID は各問題の上に [ ] で表示されます。「cloudops-quiz search <語>」で言葉から探せます',

  topicsHeader: ['トピックのキー', '名前', '問題数'],
  topicsTotal: (topics, questions) => `トピック ${topics} 件、問題 ${questions} 問`,
  topicsHint: '「cloudops-quiz cram --topic <キー>」でそのトピックを練習できます。',

  searchNone: (query) => `次の語をすべて含む問題はありません: ${query}`,
  searchFound: (n, shown) => (n > shown ? `${n} 問見つかりました。最初の ${shown} 問:` : `${n} 問見つかりました:`),
  searchHint: '「cloudops-quiz show <ID>」で問題の全文を表示できます。',

  welcome: (dataDir) => [
    'cloudops-quiz へようこそ。選択肢の文字で答えます (端末では矢印キーと Enter でも)。u で解答を取り消し、s で問題を保留、q で終了します。',
    `解答はその場で保存され、次の復習日が FSRS で決まります。成績の保存先: ${dataDir}`,
    '「cloudops-quiz --help」で全コマンドを表示します: モジュールの小テスト、苦手トピックの復習、模擬試験、stats、show、search。',
  ],
};
