/** The informational commands through the real binary: modules, validate --json, config, --version, --help. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXAM_EXTRA_BANK, ROOT, runBinary, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { GUESSERS } from '../../src/bank/cues.ts';

describe('informational commands', () => {
  it('modules --json lists all 14 modules with counts per type and domain', async () => {
    const run = await runCli(['modules', '--json', '--no-builtin', '--bank', SAMPLE_BANKS]);
    expect(run.code).toBe(0);
    const modules = JSON.parse(run.stdout);
    expect(modules).toHaveLength(14);
    expect(modules[0]).toMatchObject({
      module: 1,
      slug: 'introduction',
      title: 'Sample module one',
      questions: 3,
      byType: { single: 1, multiple: 1, order: 1 },
      byDomain: { '1': 1, '2': 1, '3': 1, '4': 0, '5': 0 },
      labs: 1,
    });
    expect(modules[2]).toMatchObject({ module: 3, questions: 0 });
  });

  it('modules --json counts exam-eligible questions and questions per exam skill', async () => {
    const modules = JSON.parse((await runCli(['modules', '--json', '--no-builtin', '--bank', SAMPLE_BANKS, '--bank', EXAM_EXTRA_BANK])).stdout);
    // Module 1's ordering item is for the course only; the samples name no skills.
    expect(modules[0]).toMatchObject({ module: 1, questions: 3, examEligible: 2, bySkill: {} });
    expect(modules[2]).toMatchObject({ module: 3, questions: 1, examEligible: 1, bySkill: { '3.1.2': 1 } });
  });

  it('validate --cues measures the surface guessers and fails over the limits', async () => {
    const run = await runCli(['validate', '--cues', '--json', SAMPLE_BANKS, EXAM_EXTRA_BANK]);
    const result = JSON.parse(run.stdout);
    // Every guesser of the cue module, in its order (the list itself is pinned in test/bank/cues.test.ts).
    expect(result.cues.map((c: { guesser: string }) => c.guesser)).toEqual(GUESSERS.map((g) => g.name));
    // Longest English choice: t02-single-b ties Network/Storage (1/2), the other three keys are
    // not the longest: 0.5 of 4. t01-multiple's two keys are its two longest choices.
    const longest = result.cues[0];
    expect(longest.single).toMatchObject({ found: 0.5, questions: 4, rate: 0.125, certain: [] });
    expect(longest.multiple).toMatchObject({ found: 1, questions: 1, rate: 1, certain: ['t01-multiple'] });
    expect(result.cueLimits).toEqual({ single: 0.35, multiple: 0.2 });
    expect(result.ok).toBe(false);
    expect(run.code).toBe(1);
    const text = await runCli(['validate', '--cues', SAMPLE_BANKS, EXAM_EXTRA_BANK]);
    expect(text.stdout).toMatch(/^longest-en +\d+\.\d % /m);
    expect(text.stdout).toMatch(/^Limits: 35 % of single-answer keys, 20 % of multiple-response keys/m);
  });

  it('modules prints a table, in Japanese with --lang ja', async () => {
    const run = await runCli(['--lang', 'ja', 'modules', '--no-builtin', '--bank', SAMPLE_BANKS]);
    expect(run.stdout).toMatch(/モジュール\s+タイトル\s+問題数/);
    expect(run.stdout).toMatch(/合計\s+5/);
  });

  it('validate --json reports files, questions and problems', async () => {
    const clean = JSON.parse((await runCli(['validate', '--json', SAMPLE_BANKS])).stdout);
    expect(clean).toEqual({ ok: true, files: 2, questions: 5, problems: [], more: [] });
    const bad = await runCli(['validate', '--json', 'test/fixtures/hostile/duplicate-key.yaml']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).problems[0]).toMatchObject({ file: 'test/fixtures/hostile/duplicate-key.yaml', line: 7, col: 5 });
  });

  it('config shows, changes and refuses settings; changes persist in the score file', async () => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home };
    expect((await runCli(['config'], { env })).stdout).toBe(
      'retention = 0.9\nnew-per-day = 20\ndrill-limit = 30\nday-start = 4\ntiming = on\nexam-date = \nfsrs-parameters = FSRS-6 defaults\n',
    );
    expect((await runCli(['config', 'retention', '0.85'], { env })).stdout).toBe('retention = 0.85\n');
    expect((await runCli(['config', 'retention'], { env })).stdout).toBe('0.85\n');
    const refused = await runCli(['config', 'retention', '1.5'], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/retention must be between 0.70 and 0.99/);
    expect((await runCli(['config', 'colour', 'blue'], { env })).code).toBe(2);
    // The parameters are shown, never typed in: only optimize, which judges a fit, sets them.
    const typed = await runCli(['config', 'fsrs-parameters', '0.1'], { env });
    expect(typed.code).toBe(2);
    expect(typed.stderr).toMatch(/fsrs-parameters is set by "cloudops-quiz optimize"/);
    expect(JSON.parse(readFileSync(join(home, 'scores.json'), 'utf8')).settings.requestRetention).toBe(0.85);
  });

  it.each([
    ['timing', 'off', 'timing = off\n', { timing: false }],
    ['timing', 'on', 'timing = on\n', { timing: true }],
    ['day-start', '0', 'day-start = 0\n', { dayStart: 0 }],
    ['day-start', '23', 'day-start = 23\n', { dayStart: 23 }],
    ['drill-limit', '45', 'drill-limit = 45\n', { drillLimit: 45 }],
  ])('config %s %s is kept in the score file', async (key, value, printed, saved) => {
    const home = tempDir(onTestFinished);
    const env = { CLOUDOPS_QUIZ_HOME: home };
    const run = await runCli(['config', key, value], { env });
    expect(run.stdout).toBe(printed);
    expect(JSON.parse(readFileSync(join(home, 'scores.json'), 'utf8')).settings).toMatchObject(saved);
    expect((await runCli(['config', key], { env })).stdout).toBe(`${value}\n`);
  });

  it.each([
    ['timing', 'maybe', /timing must be "on" or "off", not "maybe"/],
    ['day-start', '24', /day-start must be an hour from 0 to 23 \(4 is 4 am\), not "24"/],
    ['day-start', '4am', /day-start must be an hour from 0 to 23/],
    ['drill-limit', '0', /drill-limit must be a whole number from 1, not "0"/],
  ])('config %s %s is refused (exit 2), nothing written', async (key, value, message) => {
    const home = tempDir(onTestFinished);
    const run = await runCli(['config', key, value], { env: { CLOUDOPS_QUIZ_HOME: home } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(home, 'scores.json'))).toBe(false);
  });

  it('--version prints the package version; --help lists the commands', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(runBinary(['--version']).stdout).toBe(`${version}\n`);
    const help = runBinary(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['drill', 'quiz', 'review', 'stats', 'due', 'config', 'validate', 'modules']) expect(help.stdout).toContain(command);
    expect(help.stdout).not.toMatch(/drill \[options\] \[command\]/);
  });

  it.each([
    ['--lang ja', ['--lang', 'ja', 'exam', '--help'], {}],
    ['a Japanese locale', ['exam', '--help'], { LANG: 'ja_JP.UTF-8' }],
  ])('--help speaks Japanese with %s, wrapped by display width', async (_name, argv, env) => {
    const { stringWidth } = await import('../../src/ui/width.ts');
    const help = await runCli(argv, { env });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/SOA-C03 の模擬試験/);
    expect(help.stdout).toMatch(/--resume \[which\] +中断した試験を残り時間から再開します/);
    // Commander wraps at 80 columns when not at a terminal; Japanese takes two columns a character.
    for (const line of help.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });
});

describe('output into a pipe that closes early', () => {
  it('stops quietly with exit 0 (e.g. `cloudops-quiz validate --json | head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const { BIN, cleanEnv } = await import('../helpers/cli.ts');
    // Far more output than a pipe holds (2,000 problems as JSON, 200 in each of ten files), so writes fail once it closes.
    const dir = tempDir(onTestFinished);
    for (let file = 0; file < 10; file++) {
      const questions = Array.from(
        { length: 200 },
        (_, i) =>
          `  - {id: q-${file}-${i}, type: single, domain: 9, topics: [x], prompt: p, choices: [{text: a, why: w, correct: true}, {text: b, why: w}], explanation: e, references: ['https://docs.aws.amazon.com/x']}`,
      );
      writeFileSync(join(dir, `bank-${file}.yaml`), `${['module: 1', 'title: t', 'questions:', ...questions].join('\n')}\n`);
    }
    const child = spawn(process.execPath, [BIN, 'validate', '--json', dir], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
