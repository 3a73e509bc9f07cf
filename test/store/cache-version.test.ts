/**
 * The bank cache keeps compiled banks as JSON under CACHE_VERSION; a program reading a cache
 * written by another version of itself trusts its shape. So a change to what is cached (the
 * Question, Choice, Bank, summary or entry shapes) must come with a new CACHE_VERSION, and this
 * test fails until it does: the shape compiled from a bank using every field is pinned per version.
 */
import { describe, expect, it } from 'vitest';
import { checkBankText } from '../../src/bank/check.ts';
import { type Bank, type BankSummary, type Choice, inLanguage, LANGS, type Question, summarize } from '../../src/bank/types.ts';
import { CACHE_VERSION, type CacheEntry } from '../../src/store/bank-cache.ts';

/** A bank file using every optional field, so that each one is in the compiled shape. */
const EVERY_FIELD = `module: 9
title: {en: Monitoring, ja: モニタリング}
questions:
  - id: m09-every-field
    type: multiple
    domain: 1
    difficulty: hard
    lab: 2
    courseOnly: true
    topics: [cw-metrics]
    skills: ["1.1.1"]
    prompt: {en: Which two? (Choose two.), ja: どの 2 つですか。（2 つ選択してください）}
    choices:
      - {text: One, why: Because one., correct: true}
      - {text: Two, why: Because two., correct: true}
      - {text: Three, why: Not three.}
    explanation: Because.
    references: [https://docs.aws.amazon.com/x.html]
`;

/** Each value's path with its JSON type; a list is described by its first item. */
function shapeOf(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    out.push(`${path}: list`);
    if (value.length > 0) shapeOf(value[0], `${path}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value).sort()) shapeOf((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  } else out.push(`${path}: ${typeof value}`);
  return out;
}

/**
 * The cached shape at each CACHE_VERSION. A past entry never changes: a new shape is a new
 * version (bump CACHE_VERSION in src/store/bank-cache.ts and add its entry here).
 */
const VERSION_3: readonly string[] = [
  'bank.file: string',
  'bank.module: number',
  'bank.questions: list',
  'bank.questions[].at.col: number',
  'bank.questions[].at.line: number',
  'bank.questions[].choices: list',
  'bank.questions[].choices[].correct: boolean',
  'bank.questions[].choices[].text: string',
  'bank.questions[].choices[].why: string',
  'bank.questions[].courseOnly: boolean',
  'bank.questions[].difficulty: string',
  'bank.questions[].domain: number',
  'bank.questions[].explanation: string',
  'bank.questions[].id: string',
  'bank.questions[].lab: number',
  'bank.questions[].module: number',
  'bank.questions[].prompt.en: string',
  'bank.questions[].prompt.ja: string',
  'bank.questions[].references: list',
  'bank.questions[].references[]: string',
  'bank.questions[].skills: list',
  'bank.questions[].skills[]: string',
  'bank.questions[].topics: list',
  'bank.questions[].topics[]: string',
  'bank.questions[].type: string',
  'bank.title.en: string',
  'bank.title.ja: string',
  'hash: string',
  'summary.file: string',
  'summary.module: number',
  'summary.questions: list',
  'summary.questions[].at.col: number',
  'summary.questions[].at.line: number',
  'summary.questions[].courseOnly: boolean',
  'summary.questions[].domain: number',
  'summary.questions[].id: string',
  'summary.questions[].module: number',
  'summary.questions[].skills: list',
  'summary.questions[].skills[]: string',
  'summary.questions[].topics: list',
  'summary.questions[].topics[]: string',
  'summary.questions[].type: string',
];
const SHAPES: Record<number, readonly string[]> = {
  3: VERSION_3,
  // The same shapes; each whole bank moved out of the person's index into a file of its own.
  4: VERSION_3,
  // The same shapes; each whole bank also kept once per language (below).
  5: VERSION_3,
  // The same shapes; a lean index of ids beside each index (IdsIndex).
  6: VERSION_3,
};

/** A bank compiled for one language (`<name>.<lang>.json`), from version 5: every text one string. */
const PER_LANGUAGE: Record<number, readonly string[]> = {
  5: VERSION_3.filter((line) => line.startsWith('bank.'))
    .map((line) => line.replace(/^bank\.(title|questions\[\]\.prompt)\.en: string$/, 'bank.$1: string'))
    .filter((line) => !line.endsWith('.ja: string')),
};
PER_LANGUAGE[6] = PER_LANGUAGE[5] as readonly string[];

// Every field of each cached type, checked by the compiler both ways: a field added to one of
// these types does not compile here until it is listed (and then the sample above uses it).
const QUESTION_FIELDS = {
  id: 1,
  type: 1,
  domain: 1,
  topics: 1,
  skills: 1,
  courseOnly: 1,
  prompt: 1,
  choices: 1,
  explanation: 1,
  references: 1,
  difficulty: 1,
  lab: 1,
  module: 1,
  at: 1,
} satisfies Record<keyof Question, 1>;
const CHOICE_FIELDS = { text: 1, why: 1, correct: 1 } satisfies Record<keyof Choice, 1>;
const BANK_FIELDS = { module: 1, title: 1, questions: 1, file: 1 } satisfies Record<keyof Bank, 1>;
const SUMMARY_FIELDS = { module: 1, file: 1, questions: 1 } satisfies Record<keyof BankSummary, 1>;
const ENTRY_FIELDS = { hash: 1, summary: 1, bank: 1 } satisfies Record<keyof CacheEntry, 1>;

describe('CACHE_VERSION', () => {
  const { bank } = checkBankText(EVERY_FIELD, '09-monitoring.yaml');
  if (!bank) throw new Error('the sample bank must be valid');
  const entry: CacheEntry = { hash: 'h', summary: summarize(bank), bank };
  const question = bank.questions[0];

  it('the sample uses every field of every cached type', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(question ?? {})).toEqual(keys(QUESTION_FIELDS));
    expect(keys(question?.choices[0] ?? {})).toEqual(keys(CHOICE_FIELDS));
    expect(keys(bank)).toEqual(keys(BANK_FIELDS));
    expect(keys(entry.summary)).toEqual(keys(SUMMARY_FIELDS));
    expect(keys(entry)).toEqual(keys(ENTRY_FIELDS));
  });

  it('is bumped whenever the cached shape changes', () => {
    expect(shapeOf(entry), `the cached shape changed: bump CACHE_VERSION (now ${CACHE_VERSION}) and pin the new shape`).toEqual(SHAPES[CACHE_VERSION]);
    for (const lang of LANGS) {
      expect(shapeOf({ bank: inLanguage(bank, lang) }), `the shape of a bank in ${lang} changed: bump CACHE_VERSION`).toEqual(PER_LANGUAGE[CACHE_VERSION]);
    }
  });
});
