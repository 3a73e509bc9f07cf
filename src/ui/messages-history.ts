/**
 * What the commands that carry a history elsewhere say — report, export, import, sync — in
 * English and Japanese side by side; merged into `messages()`.
 */

/** What a merge changed, as the import and sync summaries list it. */
export interface ChangeSummary {
  readonly answersAdded: number;
  readonly cardsChanged: number;
  /** As `config` names them (retention, exam-date, ...). */
  readonly settingsChanged: readonly string[];
  readonly examsAdded: number;
  readonly suspended: readonly string[];
  readonly unsuspended: readonly string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const historyEn = {
  reportWritten: (path: string) => `Report written to ${path}`,
  exportWritten: (answers: number, format: 'json' | 'csv', path: string) =>
    format === 'json'
      ? `Exported your history (${plural(answers, 'answer', 'answers')}, cards, settings, exams) to ${path}`
      : `Exported ${plural(answers, 'answer', 'answers')} as CSV to ${path}`,
  importNothing: (source: string) => `Nothing new in ${source}: your history already holds all of it.`,
  importDone: (source: string) => `Imported ${source}:`,
  importDryRun: (source: string) => `Dry run, nothing changed. Importing ${source} would bring:`,
  syncDone: (folder: string, copies: number) => `Synced with ${folder} (${plural(copies, 'copy', 'copies')} read):`,
  syncDryRun: (folder: string, copies: number) => `Dry run, nothing changed. Syncing with ${folder} (${plural(copies, 'copy', 'copies')} read) would bring:`,
  syncNothing: '  nothing new',
  changeLines: (c: ChangeSummary): string[] => [
    ...(c.answersAdded > 0 ? [`  ${plural(c.answersAdded, 'new answer', 'new answers')}`] : []),
    ...(c.cardsChanged > 0 ? [`  ${plural(c.cardsChanged, 'question schedule', 'question schedules')} updated`] : []),
    ...(c.settingsChanged.length > 0 ? [`  settings changed: ${c.settingsChanged.join(', ')}`] : []),
    ...(c.examsAdded > 0 ? [`  ${plural(c.examsAdded, 'new mock exam', 'new mock exams')}`] : []),
    ...(c.suspended.length > 0 ? [`  suspended: ${c.suspended.join(', ')}`] : []),
    ...(c.unsuspended.length > 0 ? [`  unsuspended: ${c.unsuspended.join(', ')}`] : []),
  ],
  backupSaved: (backup: string) => `Your history as it was is saved in ${backup} (an export: to go back, import it into an empty data folder).`,
  copyWritten: (path: string) => `Wrote this machine's copy: ${path}`,
  copyCurrent: (path: string) => `This machine's copy is up to date: ${path}`,
  copyWouldWrite: (path: string) => `Would write this machine's copy: ${path}`,
};

export const historyJa: typeof historyEn = {
  reportWritten: (path) => `レポートを書き出しました: ${path}`,
  exportWritten: (answers, format, path) =>
    format === 'json'
      ? `学習履歴 (解答 ${answers} 件、カード、設定、模擬試験) を ${path} に書き出しました`
      : `解答 ${answers} 件を CSV で ${path} に書き出しました`,
  importNothing: (source) => `${source} に新しいものはありません。すべて学習履歴に含まれています。`,
  importDone: (source) => `${source} を読み込みました:`,
  importDryRun: (source) => `試行のみで、何も変更していません。${source} を読み込むと次のようになります:`,
  syncDone: (folder, copies) => `${folder} と同期しました (コピー ${copies} 件を読み込み):`,
  syncDryRun: (folder, copies) => `試行のみで、何も変更していません。${folder} と同期すると (コピー ${copies} 件を読み込み) 次のようになります:`,
  syncNothing: '  新しいものはありません',
  changeLines: (c) => [
    ...(c.answersAdded > 0 ? [`  新しい解答 ${c.answersAdded} 件`] : []),
    ...(c.cardsChanged > 0 ? [`  復習スケジュールの更新 ${c.cardsChanged} 問`] : []),
    ...(c.settingsChanged.length > 0 ? [`  変更された設定: ${c.settingsChanged.join('、')}`] : []),
    ...(c.examsAdded > 0 ? [`  新しい模擬試験 ${c.examsAdded} 件`] : []),
    ...(c.suspended.length > 0 ? [`  保留: ${c.suspended.join('、')}`] : []),
    ...(c.unsuspended.length > 0 ? [`  保留の解除: ${c.unsuspended.join('、')}`] : []),
  ],
  backupSaved: (backup) => `変更前の学習履歴は ${backup} に保存しました (エクスポート形式です。元に戻すには空のデータフォルダーに読み込んでください)。`,
  copyWritten: (path) => `このマシンのコピーを書き出しました: ${path}`,
  copyCurrent: (path) => `このマシンのコピーは最新です: ${path}`,
  copyWouldWrite: (path) => `このマシンのコピーを書き出します: ${path}`,
};
