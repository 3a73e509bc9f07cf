/**
 * The build makes string-width's segmenter and Unicode patterns on first use (scripts/build.mjs):
 * the built width functions must measure exactly as string-width itself does, every path of it
 * taken (emoji, skin tones, ZWJ sequences, keycaps, combining and spacing marks, Hangul jamo,
 * half-width kana, colour codes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import measure from 'string-width';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const chunks = join(ROOT, 'dist', 'chunks');
const widthChunk = readdirSync(chunks).find((name) => readFileSync(join(chunks, name), 'utf8').includes('function onFirstUse('));

describe('built display widths', () => {
  it('string-width is built to make its tables on first use', () => {
    expect(widthChunk).toBeDefined();
    const text = readFileSync(join(chunks, widthChunk ?? ''), 'utf8');
    expect(text).toMatch(/var segmenter = onFirstUse\(/);
    expect(text).toMatch(/var rgiEmojiRegex = onFirstUse\(/);
  });

  it('measures as string-width does', async () => {
    const built = (await import(join(chunks, widthChunk ?? ''))) as { stringWidth: (text: string) => number };
    const samples = [
      '✅',
      '👍🏽',
      '👨‍👩‍👧',
      '1️⃣',
      '1\u20e3',
      'e\u0301',
      'क्षि',
      '\u1100\u1161\u11a8',
      'ﾊﾟｰﾄ',
      '❯◯ ',
      '\x1b[31m日本語\x1b[0m ✘',
      'EC2 インスタンス — “quoted” …',
      '\u200b\u200d',
    ];
    for (const sample of samples) expect(built.stringWidth(sample), sample).toBe(measure(sample));
  });
});
