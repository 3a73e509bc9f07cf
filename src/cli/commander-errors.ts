/**
 * Commander's own parse errors, in Japanese when the session is. Commander builds these English
 * sentences itself; the common ones are recognised by shape and said again, and anything not
 * recognised is shown as commander wrote it.
 */
import type { Lang } from '../bank/types.ts';

const JAPANESE: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [
    /^error: unknown option '([^']+)'(?:\n\(Did you mean ([^?]+)\?\))?$/,
    (option, suggestion) => `エラー: 不明なオプション '${option}'${suggestion ? ` (${suggestion} のことですか?)` : ''}`,
  ],
  [/^error: missing required argument '([^']+)'$/, (argument) => `エラー: 必須の引数 '${argument}' がありません`],
  [/^error: option '([^']+)' argument missing$/, (option) => `エラー: オプション '${option}' に値がありません`],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/,
    (option, value, choices) => `エラー: オプション '${option}' の値 '${value}' は使えません。使える値: ${choices}`,
  ],
  [
    /^error: too many arguments for '([^']+)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `エラー: '${command}' の引数が多すぎます (${expected} 個まで、指定は ${got} 個)`,
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/,
    (expected, got) => `エラー: 引数が多すぎます (${expected} 個まで、指定は ${got} 個)`,
  ],
];

export function localizeCommanderError(text: string, lang: Lang): string {
  if (lang !== 'ja') return text;
  const body = text.replace(/\n$/, '');
  for (const [pattern, say] of JAPANESE) {
    const match = pattern.exec(body);
    if (match) return `${say(...match.slice(1).map((group) => group ?? ''))}\n`;
  }
  return text;
}
