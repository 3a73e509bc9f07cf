/** report --html in process: where it writes, what it refuses, and an empty history. */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const NOW = { CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS];

describe('report', () => {
  it('writes a whole page for an empty history, readable by others (0644), and says where', async () => {
    const dir = tempDir(onTestFinished);
    const file = join(dir, 'progress.html');
    const run = await runCli(['--data-dir', dir, ...banks, 'report', '--html', file], { env: NOW });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Report written to ${file}\n`);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('No mock exam yet');
    expect(html.match(/<rect class="bar" data-series="answers"/g)).toHaveLength(1);
    // No script, no external resource of any kind.
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });

  it('writes to standard output with --html -', async () => {
    const dir = tempDir(onTestFinished);
    const run = await runCli(['--data-dir', dir, ...banks, '--lang', 'ja', 'report', '--html', '-'], { env: NOW });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(run.stdout).toContain('模擬試験はまだありません');
  });

  it.each([
    [[], 'report needs --html FILE', 'report には --html FILE が必要です'],
    [['--html', 'missing-folder/x.html'], 'the folder', 'フォルダー'],
    [['--html', '.'], 'is a folder; give the name of a file to write', 'はフォルダーです'],
  ])('refuses %j with a one-line usage error in both languages', async (args, en, ja) => {
    const dir = tempDir(onTestFinished);
    mkdirSync(join(dir, 'data'));
    for (const [lang, text] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      const run = await runCli(['--data-dir', join(dir, 'data'), ...banks, '--lang', lang, 'report', ...args], { env: NOW, cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(text);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
