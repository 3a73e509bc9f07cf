/** Looking things up: show <id>, topics, search, in both languages, as text and as JSON. */
import { describe, expect, it, onTestFinished } from 'vitest';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const NOW = '2026-06-01T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS];

function setup() {
  const home = tempDir(onTestFinished);
  return { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW };
}

describe('show', () => {
  it('prints the question, every choice with its why, the explanation and references, then "not answered yet"', async () => {
    const run = await runCli(['show', 't01-single', ...banks], { env: setup() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\[t01-single\]\nModule 01 · Introduction to Cloud Operations on AWS\nDomain 1 · Monitoring/m);
    expect(run.stdout).toMatch(/^Topics: alpha$/m);
    expect(run.stdout).toMatch(/^Which letter is right\?\nA\) Right one\nB\) Wrong one\nC\) Another wrong one$/m);
    expect(run.stdout).toMatch(/^Answer and why — answer: A$/m);
    // Every choice, the wrong ones too, with its why.
    expect(run.stdout).toMatch(/^✔ A\) Right one\n {5}It is right\.$/m);
    expect(run.stdout).toMatch(/^✘ B\) Wrong one\n {5}It is wrong\.$/m);
    expect(run.stdout).toMatch(/^✘ C\) Another wrong one\n {5}Also wrong\.$/m);
    expect(run.stdout).toMatch(/^The right one is right\.\nhttps:\/\/docs\.aws\.amazon\.com\/example-one\.html$/m);
    expect(run.stdout).toMatch(/^You have not answered it yet\.$/m);
    expect(run.stdout).toMatch(/^Schedule: not scheduled yet/m);
  });

  it('adds the person’s answers and the schedule once it has been studied; --json has them too', async () => {
    const env = setup();
    // Each question takes the first line that fits it (one letter, two, or an order of three);
    // the others get a hint. Right or wrong depends on the shuffle: both are fine here.
    await runCli(['quiz', '1', '--count', '3', '--seed', '1', ...banks], { env, input: 'b\nab\ncab\n'.repeat(6) });
    const run = await runCli(['show', 't01-single', ...banks], { env });
    expect(run.stdout).toMatch(/^Your answers: (1 answer|2 answers), [012] right$/m);
    expect(run.stdout).toMatch(/^ {2}2026-06-01 09:00 {2}quiz {2}(right|wrong) {2}[A-C] +(again|good)$/m);
    expect(run.stdout).toMatch(/^Schedule: {2}next review (tomorrow|in 2 days) \(06-0[23]\) {2}recall now \d+% {2}stability [\d.]+ days\s+forgotten 0 times$/m);
    const json = JSON.parse((await runCli(['show', 't01-single', '--json', ...banks], { env })).stdout);
    expect(json.question).toMatchObject({ id: 't01-single', type: 'single', topics: ['alpha'] });
    expect(json.answers.length).toBeGreaterThan(0);
    expect(json.answers[0]).toMatchObject({ mode: 'quiz' });
    expect(json.card.due).toBeGreaterThan(Date.parse(NOW));
    expect(json.suspended).toBe(false);
  });

  it('speaks Japanese with --lang ja', async () => {
    const run = await runCli(['--lang', 'ja', 'show', 't01-single', ...banks], { env: setup() });
    expect(run.stdout).toMatch(/^モジュール 01 · Cloud Operations on AWS の紹介$/m);
    expect(run.stdout).toMatch(/^正しいのはどれですか。$/m);
    expect(run.stdout).toMatch(/^✔ A\) 正しい選択肢\n {5}正しいからです。$/m);
    expect(run.stdout).toMatch(/^まだ解答していません。$/m);
  });

  it('refuses an unknown id (exit 2), naming the nearest ids and how to find one', async () => {
    const run = await runCli(['show', 't01-singel', ...banks], { env: setup() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no question has the id "t01-singel" \(did you mean "t01-single" or "t02-single"\?\)/);
    expect(run.stderr).toMatch(/"cloudops-quiz search <words>" finds one/);
  });
});

describe('topics', () => {
  it('lists each module’s topic keys with their names and question counts', async () => {
    const run = await runCli(['topics', ...banks], { env: setup() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^01 Introduction to Cloud Operations on AWS$/m);
    expect(run.stdout).toMatch(/^ {2}alpha +alpha +2$/m);
    expect(run.stdout).toMatch(/^02 Access management$/m);
    expect(run.stdout).toMatch(/^\d+ topics, \d+ questions$/m);
    expect(run.stdout).toMatch(/cram --topic <key>/);
  });

  it('names the built-in topics in the person’s language; --module narrows, --json has both names', async () => {
    const ja = await runCli(['--lang', 'ja', 'topics', '--module', 'monitoring'], { env: setup() });
    expect(ja.stdout).toMatch(/^09 システム正常性のモニタリングと維持$/m);
    expect(ja.stdout).toMatch(/^ {2}cw-alarms +CloudWatch アラーム +\d+$/m);
    expect(ja.stdout).not.toMatch(/^01 /m);
    const json = JSON.parse((await runCli(['topics', '--module', '9', '--json'], { env: setup() })).stdout);
    expect(json).toHaveLength(1);
    expect(json[0].module).toBe(9);
    expect(json[0].topics).toContainEqual({ key: 'cw-alarms', name: { en: 'CloudWatch alarms', ja: 'CloudWatch アラーム' }, questions: expect.any(Number) });
  });
});

describe('search', () => {
  it.each([
    ['English words', ['which', 'right'], ['t01-single']],
    ['Japanese', ['正しい選択肢'], ['t01-single']],
    ['full-width letters', ['ＳＴＡＣＫ'], []],
  ])('finds questions by %s', async (_name, words, some) => {
    const run = await runCli(['search', '--json', ...words, ...banks], { env: setup() });
    const ids = JSON.parse(run.stdout).map((h: { id: string }) => h.id);
    for (const id of some) expect(ids).toContain(id);
  });

  it('lists hits with their topics and the start of the prompt; exit 1 when nothing is found', async () => {
    const run = await runCli(['search', 'right', 'one', ...banks], { env: setup() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 question found:$/m);
    expect(run.stdout).toMatch(/^\[t01-single\] {2}alpha\n {2}Which letter is right\?$/m);
    const none = await runCli(['search', 'zebra', ...banks], { env: setup() });
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^No question contains all of: zebra$/m);
  });

  it('searches both languages of the built-in banks at once', async () => {
    const en = JSON.parse((await runCli(['search', '--json', 'アラーム', 'composite'], { env: setup() })).stdout);
    expect(en.length).toBeGreaterThan(0);
    expect(en[0].module).toBe(9);
  });
});
