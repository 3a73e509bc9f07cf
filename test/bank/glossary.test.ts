/**
 * The Japanese texts of the built-in banks follow `docs/glossary.md`: one AWS term for one concept,
 * written the way AWS's Japanese console and documentation write it. The glossary is the data:
 * every row's preferred term must be one the banks use, and none of its avoided variants may appear
 * in any `ja` text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBankText } from '../../src/bank/check.ts';
import type { LocalizedText } from '../../src/bank/types.ts';
import { collectBankFiles } from '../../src/store/bank-files.ts';
import { ROOT } from '../helpers/cli.ts';

interface GlossaryEntry {
  readonly english: string;
  readonly japanese: string;
  readonly avoid: readonly string[];
  /** Line in the glossary, for messages. */
  readonly line: number;
}

const HEADER = /^\|\s*English\s*\|\s*日本語\s*\|\s*avoid\s*\|$/;
const SEPARATOR = /^\|(\s*:?-+:?\s*\|){3}$/;

/** A cell as written, without the code marks a writer may put around a term. */
const cellText = (cell: string) => cell.trim().replace(/^`(.*)`$/, '$1');

/**
 * The rows of every `| English | 日本語 | avoid |` table in the glossary. Variants in the avoid
 * cell are separated by ` / `; an empty cell means no known variant.
 */
function parseGlossary(markdown: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let inTable = false;
  markdown.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (HEADER.test(line)) {
      inTable = true;
      return;
    }
    if (!line.startsWith('|')) {
      inTable = false;
      return;
    }
    if (!inTable || SEPARATOR.test(line)) return;
    const cells = line.slice(1, -1).split('|');
    if (cells.length !== 3) throw new Error(`glossary line ${index + 1}: expected 3 cells, found ${cells.length}`);
    const [english = '', japanese = '', avoid = ''] = cells.map(cellText);
    entries.push({ english, japanese, avoid: avoid === '' ? [] : avoid.split(' / ').map(cellText), line: index + 1 });
  });
  return entries;
}

/** One Japanese text of a bank and where it is, named the way a writer finds it. */
interface JapaneseText {
  readonly where: string;
  readonly text: string;
}

const japaneseOf = (text: LocalizedText) => (typeof text === 'string' ? undefined : text.ja);

function japaneseTexts(): JapaneseText[] {
  const texts: JapaneseText[] = [];
  const add = (where: string, text: LocalizedText) => {
    const ja = japaneseOf(text);
    if (ja !== undefined) texts.push({ where, text: ja });
  };
  for (const file of collectBankFiles([join(ROOT, 'questions')])) {
    const bank = checkBankText(readFileSync(file, 'utf8'), file).bank;
    if (!bank) throw new Error(`${file} does not load`);
    add(`module ${bank.module} title`, bank.title);
    for (const q of bank.questions) {
      add(`${q.id} prompt`, q.prompt);
      q.choices.forEach((choice, i) => {
        add(`${q.id} choices[${i}].text`, choice.text);
        add(`${q.id} choices[${i}].why`, choice.why);
      });
      add(`${q.id} explanation`, q.explanation);
    }
  }
  return texts;
}

describe('parseGlossary', () => {
  const table = (rows: string) => `intro\n\n| English | 日本語 | avoid |\n|---|---|---|\n${rows}\n\nafter`;
  it.each([
    ['no variant', '| stack | スタック | |', [{ english: 'stack', japanese: 'スタック', avoid: [] }]],
    ['one variant', '| change set | 変更セット | チェンジセット |', [{ english: 'change set', japanese: '変更セット', avoid: ['チェンジセット'] }]],
    ['several variants, code marks', '| desired capacity | `希望するキャパシティ` | `希望する容量` / 希望容量 |', [{ english: 'desired capacity', japanese: '希望するキャパシティ', avoid: ['希望する容量', '希望容量'] }]],
    ['a variant with a space inside', '| web | ウェブ | Web サーバー / Web 層 |', [{ english: 'web', japanese: 'ウェブ', avoid: ['Web サーバー', 'Web 層'] }]],
  ])('reads a row with %s', (_name, rows, expected) => {
    expect(parseGlossary(table(rows)).map(({ english, japanese, avoid }) => ({ english, japanese, avoid }))).toEqual(expected);
  });

  it('reads every table and ignores other tables and text', () => {
    const markdown = `${table('| a | あ | |')}\n\n| other | table |\n|---|---|\n| x | y |\n\n${table('| b | い | う |')}`;
    expect(parseGlossary(markdown).map((e) => e.english)).toEqual(['a', 'b']);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => parseGlossary(table('| a | あ |'))).toThrow(/line 5: expected 3 cells/);
  });
});

describe('docs/glossary.md and the built-in banks', () => {
  const glossary = parseGlossary(readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8'));
  const texts = japaneseTexts();

  it('has at least 100 terms, each with an English and a Japanese term', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(100);
    expect(glossary.filter((e) => e.english === '' || e.japanese === '').map((e) => e.line)).toEqual([]);
  });

  it('names each English term once', () => {
    const seen = new Map<string, number>();
    const duplicates = glossary.filter((e) => {
      const key = e.english.toLowerCase();
      const first = seen.get(key);
      seen.set(key, first ?? e.line);
      return first !== undefined;
    });
    expect(duplicates.map((e) => `${e.english} (lines ${seen.get(e.english.toLowerCase())} and ${e.line})`)).toEqual([]);
  });

  it('lists no variant that would match inside a preferred term', () => {
    const preferred = glossary.map((e) => e.japanese);
    const clashes = glossary.flatMap((e) => e.avoid.filter((variant) => preferred.some((term) => term.includes(variant))).map((variant) => `line ${e.line}: ${variant}`));
    expect(clashes).toEqual([]);
  });

  it('prefers only terms the banks use', () => {
    const unused = glossary.filter((e) => !texts.some((t) => t.text.includes(e.japanese)));
    expect(unused.map((e) => `${e.english}: ${e.japanese}`)).toEqual([]);
  });

  it('finds no avoided variant in any Japanese text', () => {
    const found = texts.flatMap((t) => glossary.flatMap((e) => e.avoid.filter((variant) => t.text.includes(variant)).map((variant) => `${t.where}: ${variant} → ${e.japanese}`)));
    expect(found).toEqual([]);
  });
});
