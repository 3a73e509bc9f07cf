import { describe, expect, it } from 'vitest';
import { localizeCommanderError } from '../../src/cli/commander-errors.ts';
import { runBinary } from '../helpers/cli.ts';

describe("commander's parse errors in Japanese", () => {
  it.each([
    ["error: unknown option '--foo'\n", "エラー: 不明なオプション '--foo'\n"],
    ["error: unknown option '--plian'\n(Did you mean --plain?)\n", "エラー: 不明なオプション '--plian' (--plain のことですか?)\n"],
    ["error: missing required argument 'module'\n", "エラー: 必須の引数 'module' がありません\n"],
    ["error: option '--limit <n>' argument missing\n", "エラー: オプション '--limit <n>' に値がありません\n"],
    [
      "error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are en, ja.\n",
      "エラー: オプション '--lang <lang>' の値 'fr' は使えません。使える値: en, ja\n",
    ],
    ["error: too many arguments for 'config'. Expected 2 arguments but got 3.\n", "エラー: 'config' の引数が多すぎます (2 個まで、指定は 3 個)\n"],
  ])('%j', (english, japanese) => {
    expect(localizeCommanderError(english, 'ja')).toBe(japanese);
    expect(localizeCommanderError(english, 'en')).toBe(english);
  });

  it('leaves a message it does not know as commander wrote it', () => {
    expect(localizeCommanderError('error: something new\n', 'ja')).toBe('error: something new\n');
  });

  it('reaches the terminal from the binary, by locale', () => {
    const run = runBinary(['--plian'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("エラー: 不明なオプション '--plian' (--plain のことですか?)\n");
  });
});
