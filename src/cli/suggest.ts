/** "Did you mean …?": the names nearest to a mistyped one, for commands, modules, topics, skills and question ids. */

/** The candidates within `maxDistance` edits of `word` (case ignored), nearest first, at most `limit`. */
export function nearest(word: string, candidates: Iterable<string>, maxDistance = 2, limit = 3): string[] {
  const wanted = word.toLowerCase();
  const scored: { name: string; distance: number }[] = [];
  for (const name of new Set(candidates)) {
    // A name that contains the word, or the word that contains it, is as good as one edit away.
    const lower = name.toLowerCase();
    const distance = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower)) ? 1 : editDistance(wanted, lower);
    if (distance <= maxDistance) scored.push({ name, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

/** ` (did you mean "a" or "b"?)` in English, ` ("a"、"b" のことですか?)` in Japanese; empty when there is none. */
export function didYouMean(names: readonly string[]): { en: string; ja: string } {
  if (names.length === 0) return { en: '', ja: '' };
  const quoted = names.map((n) => `"${n}"`);
  const en = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return { en: ` (did you mean ${en}?)`, ja: ` (${quoted.join('、')} のことですか?)` };
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
