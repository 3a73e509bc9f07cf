/**
 * What the commands that carry a history elsewhere say — report, export, import, sync — in
 * English and Japanese side by side; merged into `messages()`.
 */
export const historyEn = {
  reportWritten: (path: string) => `Report written to ${path}`,
};

export const historyJa: typeof historyEn = {
  reportWritten: (path) => `レポートを書き出しました: ${path}`,
};
