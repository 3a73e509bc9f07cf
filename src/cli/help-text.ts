/**
 * What `--help` says of the program, its commands, options and arguments, in English and
 * Japanese. Kept apart from program.ts so the wiring stays readable; a missing translation is a
 * type error. (Commander's own headings, "Usage:" and "Options:", stay as commander prints them.)
 */
import type { Lang } from '../bank/types.ts';

const en = {
  program: 'Exam prep in the terminal for AWS Certified CloudOps Engineer – Associate (SOA-C03)',
  version: 'print the version',
  help: 'show help for a command',
  dataDir: 'where your scores live (env CLOUDOPS_QUIZ_HOME; default: your data folder)',
  bank: 'add a bank file or folder of your own (repeatable; env CLOUDOPS_QUIZ_BANKS)',
  noBuiltin: 'leave out the built-in banks (use only your own)',
  lang: 'language of questions and messages (default from LANG)',
  seed: 'fix the order and the shuffling of choices',
  noColor: 'no colours (NO_COLOR is respected too)',
  plain: 'line mode: numbered lines and typed answers, for scripts and screen readers',
  json: 'print as JSON',
  count: 'how many questions',
  moduleFilter: 'only this module (number or name; repeatable)',

  drill: 'the daily drill: questions due today, then new ones (what plain "cloudops-quiz" runs)',
  drillLimit: 'at most this many questions (default: the drill-limit setting, 30)',
  drillNew: 'new questions this time (default: what is left of the daily limit)',
  quiz: 'quiz one course module, right after studying it',
  quizModule: 'module number (2 or 02) or name (access-management)',
  review: 'find your weakest topics from your history and drill them',
  reviewTopics: 'how many of the weakest topics',
  exam: 'a mock SOA-C03 exam: 65 questions by the domain weights in 130 minutes, no feedback until you submit',
  examCount: 'how many questions (default 65); the time scales with it, 2 minutes a question',
  examMinutes: 'the time allowed, in minutes',
  examResume: 'continue the unfinished exam with the time it had left (when several are saved: its number in the list, or its id)',
  examNew: 'start a new exam, discarding an unfinished one',
  examHistory: 'list your past exams: scores and domain results',
  examJson: 'with --history: print as JSON',
  readiness: 'would you pass on exam day? predicted recall by module and domain, an estimated score, what is at risk, reviews a day',
  readinessDate: 'your exam date, YYYY-MM-DD (saved, so once is enough)',
  cram: 'practice anything, due or not, without changing your schedule (the week before the exam)',
  cramTopic: 'only questions on this topic (repeatable)',
  cramSkill: 'only questions testing this exam-guide skill, e.g. 5.2.2 (repeatable)',
  stats: 'your progress per module and domain, streak, weakest topics, due forecast',
  due: 'how many questions are due now and today (fast, for shell prompts)',
  report: 'your progress as one HTML page to open or print: charts over time, domain and module tables, weak spots, 30-day forecast',
  reportHtml: 'the HTML file to write ("-" for standard output)',
  config:
    'show or change a setting: retention (0.70-0.99, default 0.9), new-per-day (default 20), drill-limit (default 30), day-start (hour 0-23, default 4), timing (on/off, default on), exam-date',
  configKey: 'retention | new-per-day | drill-limit | day-start | timing | exam-date',
  suspend: 'never ask these questions (by id) until unsuspended; they count nowhere as due',
  unsuspend: 'bring suspended questions back',
  suspendIds: 'question ids, as shown in [brackets] above each question',
  configValue: 'the new value',
  validate: 'check question banks (the built-in ones, or the files and folders given)',
  validatePaths: 'bank files or folders',
  validateJson: 'print the result as JSON',
  validateCues:
    'also measure surface cues: how often guessers that read only the choices (longest, most words shared with the prompt, most clauses) find the key; exit 1 over the limits',
  modules: 'list the 14 course modules with question counts',
};

export type HelpText = typeof en;

const ja: HelpText = {
  program: 'AWS Certified CloudOps Engineer – Associate (SOA-C03) の試験対策ツール',
  version: 'バージョンを表示します',
  help: 'コマンドのヘルプを表示します',
  dataDir: '成績を保存するフォルダー (環境変数 CLOUDOPS_QUIZ_HOME、既定はデータフォルダー)',
  bank: '自作の問題バンク (ファイルまたはフォルダー) を追加します (複数指定可、環境変数 CLOUDOPS_QUIZ_BANKS)',
  noBuiltin: '組み込みの問題バンクを使わず、自作のものだけを使います',
  lang: '問題とメッセージの言語 (既定は LANG から判断)',
  seed: '出題順と選択肢の並びを固定します',
  noColor: '色を付けません (NO_COLOR にも従います)',
  plain: 'ラインモード: 番号付きの行と文字入力による解答 (スクリプトやスクリーンリーダー向け)',
  json: 'JSON で出力します',
  count: '出題数',
  moduleFilter: 'このモジュールだけ (番号または名前、複数指定可)',

  drill: '毎日のドリル: 今日が期限の問題、続いて新しい問題 (引数なしの "cloudops-quiz" で実行されます)',
  drillLimit: '最大の出題数 (既定は drill-limit の設定、30)',
  drillNew: '今回の新しい問題の数 (既定は 1 日の上限の残り)',
  quiz: 'コースのモジュールを 1 つ選んで出題します (学習した直後に)',
  quizModule: 'モジュール番号 (2 または 02) または名前 (access-management)',
  review: '学習履歴から苦手なトピックを見つけて出題します',
  reviewTopics: '対象にする苦手なトピックの数',
  exam: 'SOA-C03 の模擬試験: ドメインの配分どおり 65 問を 130 分で。提出するまで正誤は表示されません',
  examCount: '出題数 (既定 65)。制限時間は 1 問あたり 2 分で比例します',
  examMinutes: '制限時間 (分)',
  examResume: '中断した試験を残り時間から再開します (複数保存されているときは一覧の番号か ID を指定)',
  examNew: '中断した試験を破棄して新しい試験を始めます',
  examHistory: '過去の試験の一覧: スコアとドメイン別の結果',
  examJson: '--history と一緒に使い、JSON で出力します',
  readiness: '試験日に合格できるか: モジュール別・ドメイン別の予測想起率、推定スコア、リスク、1 日あたりの復習数',
  readinessDate: '試験日 YYYY-MM-DD (保存されるので 1 回指定すれば十分です)',
  cram: '期限に関係なく練習します。スケジュールは変わりません (試験前の 1 週間に)',
  cramTopic: 'このトピックの問題だけ (複数指定可)',
  cramSkill: 'この試験ガイドのスキル (例: 5.2.2) を問う問題だけ (複数指定可)',
  stats: 'モジュール別・ドメイン別の進捗、連続学習日数、苦手なトピック、復習予定',
  due: '今と今日が期限の問題数 (高速。シェルのプロンプト向け)',
  report: '学習の進捗を 1 枚の HTML ページに (ブラウザーで表示・印刷): 推移のグラフ、ドメイン別・モジュール別の表、苦手な箇所、30 日間の復習予定',
  reportHtml: '書き出す HTML ファイル ("-" で標準出力)',
  config:
    '設定の表示と変更: retention (0.70-0.99、既定 0.9)、new-per-day (既定 20)、drill-limit (既定 30)、day-start (0-23 時、既定 4)、timing (on/off、既定 on)、exam-date',
  configKey: 'retention | new-per-day | drill-limit | day-start | timing | exam-date',
  suspend: '指定した問題 (ID) を保留し、解除するまで出題しません。復習期限にも数えません',
  unsuspend: '保留した問題を元に戻します',
  suspendIds: '問題の ID (各問題の上に [ ] で表示されます)',
  configValue: '新しい値',
  validate: '問題バンクを検査します (組み込みのもの、または指定したファイルやフォルダー)',
  validatePaths: '問題バンクのファイルまたはフォルダー',
  validateJson: '結果を JSON で出力します',
  validateCues:
    '表面的な手がかりも測ります: 選択肢の形 (最も長い、問題文と共通の語が最も多い、節が最も多い) だけで推測して正解を当てる割合。上限を超えると終了コード 1',
  modules: 'コースの 14 モジュールと問題数の一覧',
};

export function helpText(lang: Lang): HelpText {
  return lang === 'ja' ? ja : en;
}
