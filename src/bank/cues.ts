/**
 * Surface cues: how often a guesser who reads only the shape of the choices — never the AWS facts —
 * finds the key. On a well-written bank each guesser does about as well as chance (1 in 4 for a
 * four-choice question); a bank whose keys are the longest, most detailed choices teaches test
 * taking instead of AWS, and makes mock-exam scores look better than they are.
 *
 * Each cue is read both ways (the longest choice and the shortest, and so on). Each guesser scores
 * every choice and picks the top one (the top k for "choose k"). Ties are
 * broken at random, so a question counts as the probability that the guess is exactly the key:
 * a key tied with two others for the longest counts 1/3. Pure: questions in, rates out.
 */
import { localize, type Lang, type Question } from './types.ts';

export type CueQuestion = Pick<Question, 'id' | 'type' | 'prompt' | 'choices'>;

export interface Guesser {
  readonly name: string;
  readonly describe: string;
  /** A score per choice; the guesser picks the highest. */
  readonly score: (question: CueQuestion) => readonly number[];
}

/** Largest share of keys a guesser may find: single-answer and multiple-response questions. */
export const CUE_LIMITS = { single: 0.35, multiple: 0.2 } as const;

const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under as is are was were be been being it its this that ' +
    'these those which what who whom when where why how than then so such not no can could should would will may might must do does did ' +
    'has have had their there they them you your our we all any each some more most other only also just one two three use uses used using'
  ).split(' '),
);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9.-]*[a-z0-9]|[a-z0-9]/g) ?? []).filter((w) => !STOP_WORDS.has(w));
}

const textOf = (question: CueQuestion, lang: Lang) => question.choices.map((c) => localize(c.text, lang));

/** Characters, not bytes or columns: the guesser sees how much there is to read. */
const longest = (lang: Lang): Guesser => ({
  name: `longest-${lang}`,
  describe: lang === 'en' ? 'picks the longest choice (English)' : 'picks the longest choice (Japanese)',
  score: (question) => textOf(question, lang).map((t) => [...t].length),
});

/**
 * The length cue read a third way: a bank that keeps its keys from being the longest or the
 * shortest choice teaches "never pick an extreme". This guesser picks the choice(s) whose length
 * rank lies nearest the middle (equal lengths share their rank).
 */
const middleLength = (lang: Lang): Guesser => ({
  name: `middle-length-${lang}`,
  describe: lang === 'en' ? 'picks the choice of middle length (English)' : 'picks the choice of middle length (Japanese)',
  score: (question) => {
    const lengths = textOf(question, lang).map((t) => [...t].length);
    const sorted = [...lengths].sort((a, b) => a - b);
    const middle = (lengths.length - 1) / 2;
    return lengths.map((length) => {
      const rank = (sorted.indexOf(length) + sorted.lastIndexOf(length)) / 2;
      return -Math.abs(rank - middle);
    });
  },
});

const sharedWords: Guesser = {
  name: 'shared-words-en',
  describe: 'picks the choice sharing most words with the prompt (English)',
  score: (question) => {
    const prompt = new Set(words(localize(question.prompt, 'en')));
    return textOf(question, 'en').map((t) => new Set(words(t).filter((w) => prompt.has(w))).size);
  },
};

// A clause boundary: a comma, semicolon or colon, or a word that joins a second action or a reason.
const CLAUSE_BREAK = /[,;:]|\b(?:and|then|so|which|while|but|because|before|after|until|unless|when|whose)\b/gi;

const clauses: Guesser = {
  name: 'clauses-en',
  describe: 'picks the choice with the most clauses (English)',
  score: (question) => textOf(question, 'en').map((t) => 1 + (t.match(CLAUSE_BREAK)?.length ?? 0)),
};

/**
 * The opposite reading of a cue: a bank that avoids one cue too hard teaches its inverse ("the key
 * is never the longest", "the key never echoes the prompt"), which a guesser exploits just as well.
 */
const inverse = (guesser: Guesser, name: string, describe: string): Guesser => ({ name, describe, score: (q) => guesser.score(q).map((s) => -s) });

export const GUESSERS: readonly Guesser[] = [
  longest('en'),
  longest('ja'),
  inverse(longest('en'), 'shortest-en', 'picks the shortest choice (English)'),
  inverse(longest('ja'), 'shortest-ja', 'picks the shortest choice (Japanese)'),
  middleLength('en'),
  middleLength('ja'),
  sharedWords,
  inverse(sharedWords, 'fewest-shared-words-en', 'picks the choice sharing fewest words with the prompt (English)'),
  clauses,
  inverse(clauses, 'fewest-clauses-en', 'picks the choice with the fewest clauses (English)'),
];

/**
 * The probability that a guesser taking the `k` highest scores, ties at random, picks exactly
 * the choices in `keys`.
 */
export function hitChance(scores: readonly number[], keys: ReadonlySet<number>, k: number): number {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  const threshold = order[k - 1]?.score;
  if (threshold === undefined) return 0;
  const above = order.filter((c) => c.score > threshold);
  const tied = order.filter((c) => c.score === threshold);
  const seatsInTie = k - above.length;
  if (!above.every((c) => keys.has(c.index))) return 0;
  const keysInTie = tied.filter((c) => keys.has(c.index)).length;
  // Every key must be chosen: the ones above the tie are, the rest must fill the tie's seats.
  if (keysInTie !== seatsInTie || above.length + keysInTie !== keys.size) return 0;
  return 1 / binomial(tied.length, seatsInTie);
}

function binomial(n: number, r: number): number {
  let result = 1;
  for (let i = 1; i <= r; i++) result = (result * (n - r + i)) / i;
  return result;
}

export interface CueRate {
  readonly guesser: string;
  readonly describe: string;
  readonly single: Rate;
  readonly multiple: Rate;
}

export interface Rate {
  /** Expected number of keys found (ties count fractionally). */
  readonly found: number;
  readonly questions: number;
  readonly rate: number;
  /** The questions this guesser answers right for certain, worst offenders to rewrite first. */
  readonly certain: readonly string[];
}

export function measureCues(questions: readonly CueQuestion[], guessers: readonly Guesser[] = GUESSERS): CueRate[] {
  const graded = questions.filter((q) => q.type === 'single' || q.type === 'multiple');
  return guessers.map((guesser) => {
    const tally = { single: newTally(), multiple: newTally() };
    for (const question of graded) {
      const keys = new Set(question.choices.flatMap((c, i) => (c.correct ? [i] : [])));
      const chance = hitChance(guesser.score(question), keys, keys.size);
      const t = question.type === 'single' ? tally.single : tally.multiple;
      t.found += chance;
      t.questions++;
      if (chance === 1) t.certain.push(question.id);
    }
    return { guesser: guesser.name, describe: guesser.describe, single: finish(tally.single), multiple: finish(tally.multiple) };
  });
}

function newTally() {
  return { found: 0, questions: 0, certain: [] as string[] };
}

function finish(t: ReturnType<typeof newTally>): Rate {
  return { found: t.found, questions: t.questions, rate: t.questions > 0 ? t.found / t.questions : 0, certain: t.certain };
}

/** Rates over the limits, as messages; empty when the bank passes. */
export function cueViolations(rates: readonly CueRate[]): string[] {
  const over: string[] = [];
  for (const r of rates) {
    if (r.single.rate > CUE_LIMITS.single) over.push(`${r.guesser} finds ${pct(r.single.rate)} of single-answer keys (limit ${pct(CUE_LIMITS.single)})`);
    if (r.multiple.rate > CUE_LIMITS.multiple)
      over.push(`${r.guesser} finds ${pct(r.multiple.rate)} of multiple-response keys (limit ${pct(CUE_LIMITS.multiple)})`);
  }
  return over;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
