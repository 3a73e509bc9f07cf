/**
 * The subset reader against the yaml package. The contract: for any text, reading a bank with the
 * subset reader allowed gives the same problems, the same value and the same source positions as
 * the yaml package alone. The subset reader may decline anything; it may never answer differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml, type PathSegment } from '../../src/bank/simple-yaml.ts';
import { parseYamlSource, parseYamlSourceFully } from '../../src/bank/yaml-source.ts';
import { seededRandom, type Random } from '../../src/engine/random.ts';

const QUESTIONS = join(import.meta.dirname, '../../questions');
const builtin = readdirSync(QUESTIONS)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, text: readFileSync(join(QUESTIONS, f), 'utf8') }));

/** Every path to a value in `value`, plus, for each, one that goes a step too far. */
function pathsOf(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix, [...prefix, 'no-such-key'], [...prefix, 99_999]);
  if (Array.isArray(value))
    value.forEach((item, i) => {
      pathsOf(item, [...prefix, i], out);
    });
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  }
  return out;
}

/**
 * `expect(actual)[matcher](expected)`, with a plain deep-equality check first: equal values skip
 * the matcher (whose bookkeeping made the fuzz test below several times slower); unequal ones go
 * to it, which passes or fails exactly as it would alone (strictly equal values always pass it).
 */
function expectEqual(actual: unknown, expected: unknown, matcher: 'toEqual' | 'toStrictEqual'): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual)[matcher](expected);
}

/** The contract for one text; returns whether the subset reader took it. */
function expectSameAsYamlPackage(text: string): boolean {
  const fast = parseYamlSource(text);
  const full = parseYamlSourceFully(text);
  expectEqual(fast.problems, full.problems, 'toEqual');
  expectEqual(fast.value, full.value, 'toStrictEqual');
  // Every position, compared at once.
  const paths = pathsOf(full.value);
  expectEqual(
    paths.map((path) => ({ path, offset: fast.offsetOf(path) })),
    paths.map((path) => ({ path, offset: full.offsetOf(path) })),
    'toEqual',
  );
  return parseSimpleYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) !== undefined;
}

describe('the subset reader', () => {
  it.each(builtin)('reads built-in bank $file itself, exactly as the yaml package does', ({ text }) => {
    expect(expectSameAsYamlPackage(text)).toBe(true);
  });

  // Each of these is inside the subset: the reader must take it (so the fast path stays broad
  // enough for real banks) and agree with the yaml package.
  const accepted: Record<string, string> = {
    'comments everywhere': '# head\na: 1 # trailing\n\n  # indented comment\nb:   # empty value\nc: x#not-a-comment\n',
    'scalars of the core schema': 'a: true\nb: False\nc: ~\nd: null\ne: 0\nf: 123456789012345\ng: yes\nh: 0.5x\ni: 2 AZs\n',
    'plain strings with colons and dashes': 'a: https://example.com/x\nb: --overwrite and --tier\nc: -foo\nd: ?odd\ne: a:b\n',
    'multi-line plain scalars': 'a: one\n  two\n\n  three\n\n\n  four\nb:\n  - x\n    y\n',
    'double-quoted folding and escapes':
      'a: "one\\\n    two \\"q\\" \\\\ \\/ \\n\\t\\u00e9 end"\nb: "x  \n   y\n\n   z  "\nc: "trail\\\n   "\nd: "t\\tab  \n\n\n   e \n f"\n',
    'single-quoted folding': "a: 'it''s\n   folded\n\n   twice  '\nb: ''\n",
    'folded block scalars': 'a: >-\n  one\n  two\n\n  three\n\n\nb: >\n\n  lead\n  x\n# c\nc: >-\n  # not a comment\n',
    'literal block scalars': 'a: |\n  line one\n    indented\n\n  last   \nb: |-\n  x\n',
    'flow lists and maps': 'a: [x, "y, z", \'w\', 1, true]\nb: {en: Title, ja: 題名}\nc: []\nd: {}\ne: [ spaced , items ]\n',
    'lists at the same indent as their key': 'a:\n- x\n- y\nb:\n  - k: 1\n    l:\n    - m\n',
    'compact maps in lists and empty items': 'a:\n  - id: x\n    n: 1\n  -\n  - # comment\n  -\n    id: y\n',
    "block string as the file's last line": 'a: x\nb: |\n  last',
    'folded string as the last line, no break': 'a: >\n  x\n  y',
    'empty value as the last line': 'a: 1\nb:',
    'block strings as list items': '- >-\n  x\n  y\n- |\n y\n- c: |\n    z\n  d: e\n',
    // YAML trims only spaces (and tabs): ideographic and no-break spaces are text.
    'Unicode spaces at the edges of scalars and keys':
      'a: x\u3000\nb\u3000: 1\nc: [y\u00a0]\nd: {k\u3000: v\u3000}\ne: \'p\u3000\n  \u3000\n  q\'\nf: "r\n  \u3000s"\ng: t\n  \u3000\n  u\n',
    'Japanese text': 'ja: >-\n  日本語の文章です。\n  続きです。\nb: "全角スペース　あり"\n',
  };
  it.each(Object.entries(accepted))('takes %s', (_name, text) => {
    expect(expectSameAsYamlPackage(text)).toBe(true);
  });

  // Outside the subset or invalid: the reader declines and the yaml package answers.
  const declined: Record<string, string> = {
    anchor: 'a: &x 1\nb: 2\n',
    alias: 'a: 1\nb: *a\n',
    tag: 'a: !!str 1\n',
    'duplicate key': 'a: 1\na: 2\n',
    'proto key': '__proto__: 1\n',
    'quoted key': '"a": 1\n',
    'float number': 'a: 1.5\n',
    'hex number': 'a: 0x1F\n',
    'large integer': 'a: 12345678901234567890\n',
    'document marker': '---\na: 1\n',
    'keep chomping': 'a: |+\n  x\n\n',
    'indentation indicator': 'a: |2\n   x\n',
    'more-indented folded line': 'a: >\n  x\n    y\n  z\n',
    'nested flow': 'a: [[1]]\n',
    'multi-line flow': 'a: [x,\n  y]\n',
    'unknown escape': 'a: "\\x41"\n',
    'bad indentation': 'a:\n  b: 1\n c: 2\n',
    'carriage returns': 'a: 1\r\nb: 2\r\n',
    'key with no value line': 'a: 1\njust text\n',
    'unclosed quote': 'a: "open\n',
    'a key whose colon is over 1024 characters from its start': `a${' '.repeat(1024)}: 1\n`,
  };
  it.each(Object.entries(declined))('declines %s and leaves it to the yaml package', (_name, text) => {
    expect(expectSameAsYamlPackage(text)).toBe(false);
  });

  // CLOUDOPS_QUIZ_FUZZ_SEED and _RUNS let a long hunt run outside CI with other inputs.
  const fuzzRuns = Number(process.env.CLOUDOPS_QUIZ_FUZZ_RUNS ?? 4000);
  it('agrees with the yaml package on thousands of damaged banks', { timeout: Math.max(30_000, fuzzRuns * 20) }, () => {
    const random = seededRandom(Number(process.env.CLOUDOPS_QUIZ_FUZZ_SEED ?? 20261130));
    const seeds = [...Object.values(accepted), ...questionSnippets(random, 40)];
    let taken = 0;
    const runs = fuzzRuns;
    for (let run = 0; run < runs; run++) {
      const seed = seeds[Math.floor(random() * seeds.length)] ?? '';
      let text = seed;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, random);
      try {
        if (expectSameAsYamlPackage(text)) taken++;
      } catch (error) {
        throw new Error(`differs on ${JSON.stringify(text)}\n${String(error)}`);
      }
    }
    // The mutants must exercise the subset reader, not only its refusals.
    expect(taken).toBeGreaterThan(runs / 4);
  });
});

/** Small banks of one built-in question each, as mutation seeds. */
function questionSnippets(random: Random, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const { text } = builtin[Math.floor(random() * builtin.length)]!;
    const starts = [...text.matchAll(/^ {2}- id: /gm)].map((m) => m.index);
    const k = Math.floor(random() * (starts.length - 1));
    out.push(`module: 1\nquestions:\n${text.slice(starts[k], starts[k + 1])}`);
  }
  return out;
}

const ALPHABET = [
  ' ',
  ' ',
  '  ',
  '\u3000',
  '\u00a0',
  '\n',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '\\',
  '>',
  '|',
  '>-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  'a',
  '1',
  '.',
  '~',
  'ー',
  '\t',
  '\r',
  '%',
  '?',
  '@',
];

/** One random edit: insert, delete or replace characters, or duplicate, drop or re-indent a line. */
function mutate(text: string, random: Random): string {
  const at = Math.floor(random() * (text.length + 1));
  const piece = ALPHABET[Math.floor(random() * ALPHABET.length)] ?? ' ';
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd === -1) lineEnd = text.length;
  switch (Math.floor(random() * 7)) {
    case 0:
      return text.slice(0, at) + piece + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
    case 2:
      return text.slice(0, at) + piece + text.slice(at + 1);
    case 3:
      return `${text.slice(0, lineEnd)}\n${text.slice(lineStart, lineEnd)}${text.slice(lineEnd)}`;
    case 4:
      return text.slice(0, lineStart) + text.slice(lineEnd + 1);
    case 5:
      return text.slice(0, lineStart) + ' '.repeat(1 + Math.floor(random() * 2)) + text.slice(lineStart);
    default:
      return text.slice(0, lineStart) + text.slice(lineStart).replace(/^ {1,2}/, '');
  }
}
