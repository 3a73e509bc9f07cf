import measure from 'string-width';
import { describe, expect, it } from 'vitest';
import { isUrlLine, stringWidth, truncate, wrap } from '../../src/ui/width.ts';

describe('display width', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['Japanese takes two columns a character', '日本語', 6],
    ['mixed', 'EC2 インスタンス', 4 + 12],
    ['colour codes take none', '\x1b[31mred\x1b[0m', 3],
    // A table kept by hand counted these as one column each, and 👍🏽 as two characters.
    ['a check mark emoji', '✅', 2],
    ['a cross mark emoji', '❌', 2],
    ['a star', '⭐', 2],
    ['a thumbs up with a skin tone is one cluster', '👍🏽', 2],
    ['a combining mark takes none', 'e\u0301', 1],
  ])('%s', (_name, text, width) => {
    expect(stringWidth(text)).toBe(width);
  });

  it('counts the characters of Japanese text as string-width does, each one and among ASCII', () => {
    const ranges: Array<[number, number]> = [
      [0x20, 0x7e],
      [0x3000, 0x303f],
      [0x3040, 0x30ff],
      [0x4e00, 0x9fff],
      [0xff01, 0xff60],
    ];
    const differ: string[] = [];
    for (const [from, to] of ranges)
      for (let code = from; code <= to; code++) {
        const ch = String.fromCodePoint(code);
        if (stringWidth(ch) !== measure(ch) || stringWidth(`a${ch}b`) !== measure(`a${ch}b`)) differ.push(code.toString(16));
      }
    expect(differ).toEqual([]);
    expect(stringWidth('\x1b[1mEC2 インスタンス\x1b[22m')).toBe(16);
  });

  it('truncates by columns, with an ellipsis', () => {
    expect(truncate('日本語のテキスト', 7)).toBe('日本語…');
    expect(stringWidth(truncate('日本語のテキスト', 7))).toBeLessThanOrEqual(7);
    expect(truncate('short', 10)).toBe('short');
  });
});

/** Every line fits, and no line starts or ends with what kinsoku forbids there. */
function expectKinsoku(lines: string[], width: number): void {
  for (const line of lines) {
    expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect('、。」』）ぁぃぅぇぉっゃゅょァィゥェォッャュョー'.includes(line[0] ?? 'x')).toBe(false);
    expect('「『（【'.includes(line.at(-1) ?? 'x')).toBe(false);
  }
}

describe('wrapping', () => {
  it('breaks English at spaces', () => {
    expect(wrap('one two three four', 10)).toBe('one two\nthree four');
  });

  it('breaks Japanese between characters, never past the width', () => {
    const lines = wrap('運用チームはメモリ使用率でアラームを設定したいと考えています。', 20).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe('運用チームはメモリ使用率でアラームを設定したいと考えています。');
  });

  it('does not start a line with closing punctuation (kinsoku)', () => {
    const lines = wrap('あいうえおかきくけ。さしす', 18).split('\n');
    for (const line of lines) expect(line.startsWith('。')).toBe(false);
  });

  // At each of these widths a naive break would put 「 at a line's end or ッ, 」, 。 at a start.
  it.each([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])('follows both kinsoku sets at %i columns', (width) => {
    const text = 'これは「バケットポリシー」です。ロックとバージョニングを（必ず）有効にしてください。';
    const lines = wrap(text, width).split('\n');
    expectKinsoku(lines, width);
    expect(lines.join('')).toBe(text);
  });

  it('never ends a line with an opening bracket', () => {
    // 「 falls exactly at the end of the first line: it moves down with the word it opens.
    expect(wrap('あいうえおかきく「けこ」', 18)).toBe('あいうえおかきく\n「けこ」');
  });

  it('puts a URL that does not fit on its own line, unbroken', () => {
    const url = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html';
    const lines = wrap(`See ${url} for alarms.`, 40).split('\n');
    expect(lines).toEqual(['See', url, 'for alarms.']);
    expect(isUrlLine(lines[1] ?? '')).toBe(true);
    expect(isUrlLine('See https://x.example')).toBe(false);
  });

  it('keeps two spaces inside a line', () => {
    expect(wrap('1) started 09:00  [exam-1]', 80)).toBe('1) started 09:00  [exam-1]');
    expect(wrap('aaaa  bbbb  cccc dddd', 12)).toBe('aaaa  bbbb\ncccc dddd');
  });

  it('indents every line and keeps existing line breaks', () => {
    expect(wrap('a b\nc', 80, '  ')).toBe('  a b\n  c');
  });
});
