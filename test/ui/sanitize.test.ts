import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/ui/sanitize.ts';
import { hasUnsafeChars } from '../../src/text/unsafe-chars.ts';

describe('the sanitizer', () => {
  it.each([
    ['plain text stays', 'Amazon EC2 インスタンス', 'Amazon EC2 インスタンス'],
    ['colour codes are removed whole', 'a\x1b[31mred\x1b[0m', 'ared'],
    ['a screen clear is removed whole', 'x\x1b[2Jy', 'xy'],
    ['an OSC title change is removed whole', 'x\x1b]0;pwned\x07y', 'xy'],
    ['an 8-bit CSI is removed whole', 'x\x9b31my', 'xy'],
    ['a bell becomes visible', 'ding\x07', 'ding?'],
    ['a carriage return cannot overwrite the line', 'safe\rEVIL', 'safe?EVIL'],
    ['bidi overrides become visible', 'a\u202Eb\u2066c', 'a?b?c'],
    ['DEL and C1 controls become visible', 'a\x7fb\x85c', 'a?b?c'],
    ['tabs become spaces', 'a\tb', 'a  b'],
    ['line breaks are kept', 'one\ntwo', 'one\ntwo'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('sanitizeLine keeps a message on one line', () => {
    expect(sanitizeLine('  first\n   second \x1b[1mbold\x1b[0m\n')).toBe('first second bold');
  });

  it.each([
    ['text with a control character', 'a\x00b', true],
    ['text with a bidi override', 'a\u202Db', true],
    ['Windows line breaks alone', 'a\r\nb', false],
    ['plain Japanese', '正しいのはどれですか。', false],
  ])('hasUnsafeChars: %s', (_name, text, expected) => {
    expect(hasUnsafeChars(text)).toBe(expected);
  });
});
