import { describe, expect, it } from 'vitest';
import { stringWidth, wrap } from '../../src/ui/width.ts';

describe('display width', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['Japanese takes two columns a character', '日本語', 6],
    ['mixed', 'EC2 インスタンス', 4 + 12],
    ['colour codes take none', '\x1b[31mred\x1b[0m', 3],
  ])('%s', (_name, text, width) => {
    expect(stringWidth(text)).toBe(width);
  });
});

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

  it('indents every line and keeps existing line breaks', () => {
    expect(wrap('a b\nc', 80, '  ')).toBe('  a b\n  c');
  });
});
