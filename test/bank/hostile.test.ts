/**
 * Hostile banks through the real binary: each fails with exit 1, names the file and a line:col,
 * and puts nothing but printable text on the terminal. A hang fails through the test timeout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FIXTURES, onlyPrintable, runBinary, tempDir } from '../helpers/cli.ts';

const HOSTILE = join(FIXTURES, 'hostile');

const CASES: Array<[file: string, position: string, message: RegExp]> = [
  ['alias-bomb.yaml', '1:7', /anchors|aliases/],
  ['duplicate-key.yaml', '7:5', /duplicate key "domain"/],
  ['custom-tag.yaml', '8:13', /tag/i],
  ['proto-key.yaml', '5:5', /"__proto__" is not allowed/],
  ['deep-nesting.yaml', '2:40', /nesting deeper than 32/],
  ['tab-indent.yaml', '6:1', /tab used for indentation/],
  ['wrong-types.yaml', '6:13', /expected number/],
  ['control-chars.yaml', '8:13', /control or bidi-override/],
  ['bidi-override.yaml', '8:13', /control or bidi-override/],
  ['not-utf8.yaml', '8:1', /not valid UTF-8/],
];

describe('validate refuses hostile banks', () => {
  it.each(CASES)('%s', (file, position, message) => {
    const result = runBinary(['validate', join('test/fixtures/hostile', file)], { timeout: 5_000 });
    expect(result.raw.signal, 'must not hang').toBeNull();
    expect(result.code).toBe(1);
    const first = result.stderr.split('\n')[0] ?? '';
    expect(first.startsWith(`test/fixtures/hostile/${file}:`)).toBe(true);
    expect(first).toContain(`:${position}`);
    expect(first).toMatch(message);
    expect(onlyPrintable(result.stdout + result.stderr)).toBe(true);
  });

  it('refuses a file over the size cap without reading it whole', () => {
    const dir = tempDir(onTestFinished);
    const big = join(dir, '02-big.yaml');
    writeFileSync(big, `module: 2\ntitle: x\nquestions: []\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const result = runBinary(['validate', big], { timeout: 5_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${big}:1:1`);
    expect(result.stderr).toMatch(/larger than 4 MB/);
  });

  it('accepts a byte-order mark', () => {
    const result = runBinary(['validate', join(HOSTILE, 'bom.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no problems/);
  });

  it('keeps escape sequences from file names and messages off the terminal', () => {
    const dir = tempDir(onTestFinished);
    const evil = join(dir, '02-\u001b[31mred\u0007.yaml');
    writeFileSync(evil, 'module: 2\ntitle: [unclosed\n');
    const result = runBinary(['validate', evil]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('02-red?.yaml');
    expect(onlyPrintable(result.stdout + result.stderr)).toBe(true);
  });
});
