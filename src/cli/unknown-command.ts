/** A word where a command was expected: the nearest command's name, or how to put options right. */
import type { Bilingual } from '../errors.ts';
import { didYouMean, nearest } from './suggest.ts';

/** `unknown command "stast" (did you mean "stats"?)`: the nearest command within two edits. */
export function unknownCommand(word: string, commands: readonly string[]): Bilingual {
  // `cloudops-quiz --limit 5 due`: drill's options before a command make commander read it as
  // the drill with an extra word.
  if (commands.includes(word)) {
    return {
      en: `"${word}" came after options that belong to the drill; put a command's options after it: cloudops-quiz ${word} [options]`,
      ja: `"${word}" がドリル用のオプションの後にあります。コマンドのオプションはコマンドの後に置いてください: cloudops-quiz ${word} [options]`,
    };
  }
  const near = didYouMean(nearest(word, commands, 2, 1));
  return {
    en: `unknown command "${word}"${near.en}; see "cloudops-quiz --help"`,
    ja: `コマンド "${word}" はありません${near.ja}。"cloudops-quiz --help" を参照してください`,
  };
}
