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
  const width = b.length + 1;
  // d[i * width + j]: the distance between the first i letters of a and the first j of b.
  const d = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => d[i * width + j] as number;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      d[i * width + j] = distance;
    }
  }
  return at(a.length, b.length);
}
