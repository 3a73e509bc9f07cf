/** A word where a command was expected: the nearest command's name, or how to put options right. */
import type { Bilingual } from '../errors.ts';

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
  const near = commands
    .map((name) => ({ name, distance: editDistance(word.toLowerCase(), name) }))
    .filter((c) => c.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return {
    en: `unknown command "${word}"${near ? ` (did you mean "${near.name}"?)` : ''}; see "cloudops-quiz --help"`,
    ja: `コマンド "${word}" はありません${near ? ` ("${near.name}" のことですか?)` : ''}。"cloudops-quiz --help" を参照してください`,
  };
}

/** Levenshtein distance, transpositions counted as one edit ("drlil" is one from "drill"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
