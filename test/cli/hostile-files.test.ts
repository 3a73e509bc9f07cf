/**
 * Bank files that are not banks, or are built to cost: each is refused with exit 1 and a
 * message, never a hang or an out-of-memory death. The program runs as its own process with its
 * heap capped at 256 MB (a run that needed more dies instead of passing); a 20 s timeout only
 * guards against a hang, which in process would stall the test worker itself. What validate
 * prints of names runs in process. How fast they are refused is measured by `npm run bench`, not here.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MAX_BANK_BYTES } from '../../src/bank/limits.ts';
import { onlyPrintable, runBinary, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const CAPPED = { NODE_OPTIONS: '--max-old-space-size=256' };
/** Through the real binary: its own process, heap capped, killed if it hangs. */
const validate = (args: string[]) => {
  const result = runBinary(['validate', ...args], { env: CAPPED, timeout: 20_000 });
  expect(result.raw.signal).toBeNull();
  return result;
};
/** In process, for what is not about cost: the names and messages validate prints. */
const validateHere = (args: string[]) => runCli(['validate', ...args]);

/** Just under the size cap, made of `unit` repeated. */
function fill(file: string, unit: string, head = ''): string {
  writeFileSync(file, head + unit.repeat(Math.floor((MAX_BANK_BYTES - head.length - 16) / unit.length)));
  return file;
}

describe('bank files that are not regular files', () => {
  it('a FIFO named *.yaml, given or in a folder, is refused without waiting for a writer', () => {
    const dir = tempDir(onTestFinished);
    execFileSync('mkfifo', [join(dir, '01-pipe.yaml')]);
    for (const target of [join(dir, '01-pipe.yaml'), dir]) {
      const result = validate([target]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${join(dir, '01-pipe.yaml')}:1:1  a FIFO (named pipe), not a regular file: not read`);
    }
  });

  it('/dev/zero is refused, not read without end', () => {
    const result = validate(['/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/dev/zero:1:1  a device, not a regular file: not read');
  });

  it('symbolic links in a folder: a link to a bank is read, a broken one is reported', () => {
    const dir = tempDir(onTestFinished);
    const elsewhere = tempDir(onTestFinished);
    copyFileSync(join(SAMPLE_BANKS, '02-sample.yaml'), join(elsewhere, 'mine.yaml'));
    symlinkSync(join(elsewhere, 'mine.yaml'), join(dir, '02-linked.yaml'));
    const clean = validate(['--no-builtin', dir]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/1 file, 2 questions: no problems/);
    symlinkSync(join(elsewhere, 'gone.yaml'), join(dir, '03-broken.yaml'));
    const broken = validate(['--no-builtin', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${join(dir, '03-broken.yaml')}:1:1  cannot read the file (ENOENT: a broken symbolic link?)`);
  });
});

describe('banks built to cost', () => {
  it.each([
    ['`[]` pairs', (f: string) => fill(f, '[]'), /more than 150000 values \(list items\) in one file/],
    ['`- []` lines', (f: string) => fill(f, '- []\n'), /more than 150000 values/],
    ['one flow list of empty lists', (f: string) => fill(f, '[],', '['), /more than 150000 values/],
    ['anchors on every line', (f: string) => fill(f, '- &a x\n'), /more than 150000 values/],
    ['a million questions', (f: string) => fill(f, '- 1\n', 'module: 1\ntitle: t\nquestions:\n'), /more than 150000 values/],
  ])('a 4 MB file of %s: exit 1 with one clear problem', (_name, make, message) => {
    const dir = tempDir(onTestFinished);
    const file = make(join(dir, 'bank.yaml'));
    expect(readFileSync(file).length).toBeGreaterThan(MAX_BANK_BYTES - 64);
    const result = validate(['--no-builtin', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('50,000 questions (under the value cap): refused before the schema reports on each', () => {
    const dir = tempDir(onTestFinished);
    writeFileSync(join(dir, 'bank.yaml'), `module: 1\ntitle: t\nquestions:\n${'- 1\n'.repeat(50_000)}`);
    const result = validate(['--no-builtin', join(dir, 'bank.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bank\.yaml:3:1 {2}questions: more than 10000 questions in one file; split the bank into several files/);
  });

  it('lists at most 200 problems of a file, then how many more', () => {
    const dir = tempDir(onTestFinished);
    const questions = Array.from(
      { length: 300 },
      (_, i) =>
        `  - {id: q-${i}, type: single, domain: 9, topics: [x], prompt: p, choices: [{text: a, why: w, correct: true}, {text: b, why: w}], explanation: e, references: ['https://docs.aws.amazon.com/x']}`,
    );
    writeFileSync(join(dir, 'counted.yaml'), `${['module: 1', 'title: t', 'questions:', ...questions].join('\n')}\n`);
    const counted = validate(['--no-builtin', join(dir, 'counted.yaml')]);
    const lines = counted.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('questions[')).length).toBe(200);
    expect(lines.at(-2)).toBe(`${join(dir, 'counted.yaml')}  … and 100 more problems`);
    expect(lines.at(-1)).toMatch(/300 problems in 1 file/);
    // Problems the parser finds: it stops reading after 200.
    writeFileSync(join(dir, 'stopped.yaml'), `${Array.from({ length: 5000 }, (_, i) => `- &a${i} x`).join('\n')}\n`);
    const stopped = validate(['--no-builtin', join(dir, 'stopped.yaml')]);
    expect(
      stopped.stderr
        .trim()
        .split('\n')
        .filter((l) => l.includes('anchors')).length,
    ).toBe(200);
    expect(stopped.stderr).toContain(`${join(dir, 'stopped.yaml')}  … and more: reading stopped after 200 problems`);
    expect(stopped.stderr).toMatch(/200\+ problems in 1 file/);
    const json = JSON.parse(validate(['--json', '--no-builtin', join(dir, 'stopped.yaml')]).stdout) as { problems: unknown[]; more: unknown[] };
    expect(json.problems).toHaveLength(200);
    expect(json.more).toEqual([{ file: join(dir, 'stopped.yaml'), count: null }]);
  });
});

describe('validate and the names it prints', () => {
  it('--json sanitizes file names and messages as the terminal output does', async () => {
    const dir = tempDir(onTestFinished);
    const name = 'evil\u202egnp.\u009b31m.yaml';
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', name), 'module: [');
    const json = await validateHere(['--json', '--no-builtin', join(dir, 'sub')]);
    expect(json.code).toBe(1);
    expect(onlyPrintable(json.stdout)).toBe(true);
    expect((JSON.parse(json.stdout) as { problems: Array<{ file: string }> }).problems[0]?.file).toContain('evil?gnp..yaml');
    expect(onlyPrintable((await validateHere(['--no-builtin', join(dir, 'sub')])).stderr)).toBe(true);
  });

  it('checks ids against the built-in banks, which the study commands load alongside', async () => {
    const dir = tempDir(onTestFinished);
    const text = readFileSync(join(SAMPLE_BANKS, '02-sample.yaml'), 'utf8').replace('id: t02-single-b', 'id: m09-agent-memory-disk');
    writeFileSync(join(dir, '02-mine.yaml'), text);
    const result = await validateHere([join(dir, '02-mine.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /02-mine\.yaml:\d+:\d+ {2}questions\[1\]\.id: id "m09-agent-memory-disk" is also used in \S*questions\/09-monitoring\.yaml:7/,
    );
    // The same bank used without the built-in ones is fine.
    expect((await validateHere(['--no-builtin', join(dir, '02-mine.yaml')])).code).toBe(0);
    // The built-in banks themselves do not clash with themselves.
    expect((await validateHere([])).code).toBe(0);
  });
});
