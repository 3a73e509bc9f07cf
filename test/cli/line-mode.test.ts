/** Every study command end to end through the real binary, in line mode, on the fixture banks. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { savedScores } from '../helpers/score-folders.ts';
import { converse, lettersOf } from '../helpers/conversation.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';
import { onlyPrintable, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7'];

function setup(): { home: string; env: Record<string, string> } {
  const home = tempDir(onTestFinished);
  return { home, env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW } };
}
/** What was saved, read back the way the program reads it. */
const scores = (home: string) => savedScores(home, new Date(NOW));

describe('drill in line mode', () => {
  it('follows the protocol: header with id, prompt, lettered choices; Correct/Incorrect with the letters and the explanation', async () => {
    const { home, env } = setup();
    // t01-multiple and t02-single are missed the first time, then answered right when asked again.
    const asked = new Set<string>();
    const run = await converse(['drill', ...banks], env, (q) => {
      const first = !asked.has(q.id);
      asked.add(q.id);
      return first && (q.id === 't01-multiple' || q.id === 't02-single') ? wrong(q) : right(q);
    });
    expect(run.code).toBe(0);
    // A miss comes back three questions later, or at the end when fewer remain; the total grows.
    expect(run.questions.map((q) => [q.id, q.index, q.total])).toEqual([
      ['t01-single', 1, 5],
      ['t01-multiple', 2, 5],
      ['t01-order', 3, 6],
      ['t02-single', 4, 6],
      ['t02-single-b', 5, 7],
      ['t01-multiple', 6, 7],
      ['t02-single', 7, 7],
    ]);
    expect(run.questions[0]?.block).toMatch(/^Question 1\/5 \[t01-single\]\nWhich letter is right\?\nA\) /);
    expect(run.stdout).toMatch(/^Correct — answer: [A-C]$/m);
    expect(run.stdout).toMatch(/^Incorrect — answer: [A-D], [A-D] {2}\(yours: [A-D], [A-D]\)$/m);
    expect(run.stdout).toContain('First and second are right.');
    expect(run.stdout).toContain('https://docs.aws.amazon.com/example-two.html');
    expect(run.stdout).toMatch(/Answered 5 of 5\. {2}3\/5 \(60%\)/);
    // Every answer is in the history, re-asks included, each question's in the order given (the
    // clock is fixed, so answers to different questions share one time). Piped answers are
    // untimed: right is good, wrong is again.
    const saved = scores(home);
    expect(saved.answers.every((a) => a.mode === 'drill')).toBe(true);
    const byQuestion = (id: string) => saved.answers.filter((a) => a.q === id).map((a) => [a.correct, a.rating]);
    expect(byQuestion('t01-single')).toEqual([[true, 'good']]);
    expect(byQuestion('t01-multiple')).toEqual([
      [false, 'again'],
      [true, 'good'],
    ]);
    expect(byQuestion('t01-order')).toEqual([[true, 'good']]);
    expect(byQuestion('t02-single')).toEqual([
      [false, 'again'],
      [true, 'good'],
    ]);
    expect(byQuestion('t02-single-b')).toEqual([[true, 'good']]);
    expect(saved.answers).toHaveLength(7);
    expect(onlyPrintable(run.stdout + run.stderr)).toBe(true);
  });

  it('gives a one-line hint for an invalid answer and reads the next line; ! marks easy, ? unsure', async () => {
    const { home, env } = setup();
    const replies: string[] = [];
    let step = 0;
    const run = await converse(['drill', '--limit', '2', ...banks], env, (q) => {
      step++;
      if (q.id === 't01-single') return step === 1 ? `Z\n${right(q).toLowerCase()} !` : 'EOF';
      replies.push(q.id);
      return `${right(q).split('').join(', ')}?`;
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Use the letters A to C (q to quit).');
    expect(Object.fromEntries(scores(home).answers.map((a) => [a.q, a.rating]))).toEqual({ 't01-single': 'easy', 't01-multiple': 'hard' });
  });

  it('ends normally at end of input, keeping what was answered', async () => {
    const { home, env } = setup();
    const run = await converse(['drill', ...banks], env, (q) => (q.index === 1 ? right(q) : 'EOF'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Answered 1 of 5\./);
    expect(scores(home).answers).toHaveLength(1);
  });

  it('q ends the session; what is due comes back first next time, the daily new limit holds', async () => {
    const { env } = setup();
    await converse(['drill', ...banks], env, (q) => (q.index <= 2 ? wrong(q) : 'q'));
    // The two misses are due tomorrow, not later today; three new questions remain today.
    const later = { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:10:00Z' };
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env: later })).stdout)).toEqual({ now: 0, today: 0, newToday: 3 });
    expect((await runCli(['config', 'new-per-day', '2'], { env: later })).code).toBe(0);
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env: later })).stdout)).toEqual({ now: 0, today: 0, newToday: 0 });
    // Next morning at 08:00 (the study day began at 4 am): both are due today, the earlier miss first.
    const tomorrow = { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T08:00:00Z' };
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env: tomorrow })).stdout)).toEqual({ now: 0, today: 2, newToday: 2 });
    const run = await converse(['drill', ...banks], tomorrow, () => 'EOF');
    expect(run.questions[0]?.id).toBe('t01-single');
  });

  it('says so when nothing is due and no new questions are left today', async () => {
    const { env } = setup();
    await runCli(['config', 'new-per-day', '0'], { env });
    const run = await runCli(['drill', ...banks], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Nothing to study right now/);
  });

  it('says when the next question comes due once everything is done', async () => {
    const { env } = setup();
    await converse(['drill', ...banks], env, right);
    const run = await runCli(['drill', ...banks], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Nothing to study right now/);
    // All five were just answered right at 09:00 UTC (the clock is fixed): a first Good comes
    // back after its FSRS interval of 2 days, not after a learning step of minutes — and the
    // drill asks it from the start of that study day, 4 am.
    expect(run.stdout).toMatch(/^The next question comes due at 2026-06-03 04:00 \(in 43 h\)\.$/m);
    const ja = await runCli(['--lang', 'ja', 'drill', ...banks], { env });
    expect(ja.stdout).toMatch(/^次の問題の期限は 2026-06-03 04:00 です（あと 43 時間）。$/m);
  });

  it('Ctrl+C saves what was answered, prints the summary and exits 130', async () => {
    const { home, env } = setup();
    const run = await converse(['drill', ...banks], env, (q) => (q.index === 1 ? right(q) : 'SIGINT'));
    expect(run.code).toBe(130);
    expect(run.stdout).toMatch(/Answered 1 of 5\./);
    expect(run.stderr).toMatch(/Interrupted — every answer given was saved\./);
    expect(scores(home).answers).toHaveLength(1);
  });

  it('drills in Japanese with --lang ja, keeping the protocol words', async () => {
    const { env } = setup();
    const run = await converse(['--lang', 'ja', 'drill', '--limit', '1', ...banks], env, (q) => lettersOf(q, ['正しい選択肢']));
    expect(run.questions[0]?.block).toContain('正しいのはどれですか。');
    expect(run.stdout).toMatch(/^Correct — 正解: [A-C]$/m);
    expect(run.stdout).toContain('正しい選択肢が正解です。');
  });
});

describe('quiz, review, stats, due', () => {
  it('quiz <module> asks that module only and scores it', async () => {
    const { home, env } = setup();
    const run = await converse(['quiz', '02', '--count', '5', ...banks], env, right);
    expect(run.code).toBe(0);
    expect(run.questions.map((q) => q.id).sort()).toEqual(['t02-single', 't02-single-b']);
    expect(run.stdout).toMatch(/2\/2 \(100%\)/);
    expect(scores(home).answers.every((a) => a.mode === 'quiz')).toBe(true);
  });

  it('quiz accepts a module name and refuses an unknown one with exit 2', async () => {
    const { env } = setup();
    expect((await runCli(['quiz', 'access-management', ...banks], { env })).code).toBe(0);
    const bad = await runCli(['quiz', '15', ...banks], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown module "15"/);
  });

  it('review ranks weak topics from history and drills the weakest', async () => {
    const { env } = setup();
    const before = await runCli(['review', ...banks], { env });
    expect(before.stdout).toMatch(/No weak topics yet/);
    await converse(['drill', ...banks], env, (q) => (q.id.startsWith('t02') ? wrong(q) : right(q)));
    const run = await converse(['review', '--topics', '1', ...banks], { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-01T10:00:00Z' }, right);
    expect(run.stdout).toMatch(/Weakest topics\n1 +delta/);
    expect(run.questions.map((q) => q.id).sort()).toEqual(['t02-single', 't02-single-b']);
  });

  it('stats --json reports modules, domains, streak, weakest topics and forecast', async () => {
    const { env } = setup();
    await converse(['drill', ...banks], env, (q) => (q.id.startsWith('t01') ? right(q) : wrong(q)));
    const stats = JSON.parse((await runCli(['stats', '--json', ...banks], { env })).stdout);
    // The two t02 questions, missed every time, were asked three times each: 3 + 2 × 3 answers.
    expect(stats.totals).toMatchObject({ questions: 5, seen: 5, answers: 9 });
    expect(stats.modules.find((m: { key: number }) => m.key === 1)).toMatchObject({ total: 3, seen: 3 });
    expect(stats.domains).toHaveLength(5);
    expect(stats.streak).toBe(1);
    expect(stats.perDay.at(-1)).toEqual({ day: '2026-06-01', count: 9 });
    expect(stats.forecast).toHaveLength(7);
    expect(stats.weakest[0].topic).toBe('delta');
    const text = await runCli(['stats', ...banks], { env });
    expect(text.stdout).toMatch(/Your progress/);
    expect(text.stdout).toMatch(/Due, next 7 days/);
  });
});

describe('bad input and usage', () => {
  it('a damaged score file stops the command with the file named, untouched', async () => {
    const { home, env } = setup();
    writeFileSync(join(home, 'scores.json'), '{"schemaVersion":2,');
    const run = await runCli(['drill', ...banks], { env, input: 'a\n' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(join(home, 'scores.json'));
    expect(readFileSync(join(home, 'scores.json'), 'utf8')).toBe('{"schemaVersion":2,');
    expect(existsSync(join(home, 'scores.journal'))).toBe(false);

    // The same in Japanese: the file named, the parser's reason quoted, nothing touched.
    const ja = await runCli(['--lang', 'ja', 'due', ...banks], { env });
    expect(ja.code).toBe(1);
    expect(ja.stderr).toMatch(
      new RegExp(
        `^cloudops-quiz: ${join(home, 'scores.json')} を読み込めません \\(is not valid JSON .*\\)。ファイルは変更していません。バックアップはまだありません。.*history と .*scores\\.journal の解答から作り直すには、.*scores\\.json を別の名前に変更してください。$`,
        'm',
      ),
    );
    expect(readFileSync(join(home, 'scores.json'), 'utf8')).toBe('{"schemaVersion":2,');
  });

  it.each([
    [['nonsense'], /unknown command "nonsense"; see "cloudops-quiz --help"/],
    [['stast'], /unknown command "stast" \(did you mean "stats"\?\)/],
    [['drlil'], /unknown command "drlil" \(did you mean "drill"\?\)/],
    [['--limit', '5', 'due'], /"due" came after options that belong to the drill; put a command's options after it/],
    [['--lang', 'fr', 'due'], /--lang/],
    [['drill', '--limit', 'ten'], /--limit must be a positive whole number/],
    [['--seed', 'abc', 'due'], /--seed must be a whole number/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { env } = setup();
    const run = await runCli([...argv, ...banks.slice(0, 3)], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['--lang ja', ['--lang', 'ja', 'quiz', '99'], {}, /^cloudops-quiz: モジュール "99" はありません。1-14 の番号か/],
    ['a Japanese locale', ['config', 'retention', '2'], { LANG: 'ja_JP.UTF-8' }, /^cloudops-quiz: retention には 0\.70 から 0\.99 の値を指定してください/],
    [
      'a Japanese locale, overridden by --lang en',
      ['--lang', 'en', 'stast'],
      { LANG: 'ja_JP.UTF-8' },
      /^cloudops-quiz: unknown command "stast" \(did you mean "stats"\?\)/,
    ],
  ])('usage errors speak the session language: %s', async (_name, argv, extra, message) => {
    const { env } = setup();
    const run = await runCli(argv, { env: { ...env, ...extra } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('an invalid bank stops study commands with exit 1 and points at validate', async () => {
    const { env } = setup();
    const run = await runCli(['due', '--no-builtin', '--bank', 'test/fixtures/hostile/duplicate-key.yaml'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/invalid question bank .*run "cloudops-quiz validate"/);
    expect(run.stderr).toMatch(/duplicate-key\.yaml:7:5/);
  });

  it('CLOUDOPS_QUIZ_NOW must be a date', async () => {
    const run = await runCli(['due', ...banks], { env: { CLOUDOPS_QUIZ_NOW: 'yesterday', CLOUDOPS_QUIZ_HOME: tempDir(onTestFinished) } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/CLOUDOPS_QUIZ_NOW must be an ISO 8601 date-time/);
  });
});
