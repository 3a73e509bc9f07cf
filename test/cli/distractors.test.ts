/** Distractor memory end to end: the note on a repeated wrong pick, and the list in `stats`. */
import { describe, expect, it, onTestFinished } from 'vitest';
import { converse, lettersOf } from '../helpers/conversation.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { right } from '../helpers/fixture-answers.ts';

const banks = ['--no-builtin', '--bank', SAMPLE_BANKS];
const env = (home: string, now: string) => ({ CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: now });

describe('you picked this before', () => {
  it('notes the second pick of the same wrong choice with its why, and stats lists the question', async () => {
    const home = tempDir(onTestFinished);
    const pick = (text: string) => (q: Parameters<typeof lettersOf>[0]) => lettersOf(q, [text]);
    /** `text` the first time t01-single is asked in a session, right when it is asked again. */
    const firstTime = (text: string) => {
      let asked = 0;
      return (q: Parameters<typeof lettersOf>[0]) => (q.id === 't01-single' && asked++ === 0 ? pick(text)(q) : right(q));
    };
    // First time wrong (then right when it is asked again in the session): no note.
    const first = await converse(['quiz', '1', '--count', '3', '--seed', '1', ...banks], env(home, '2026-06-01T09:00:00Z'), firstTime('Wrong one'));
    expect(first.stdout).toMatch(/^Incorrect/m);
    expect(first.stdout).not.toContain('You picked this before');

    // Another wrong choice next time: still no note.
    const other = await converse(
      ['cram', '--topic', 'alpha', '--count', '3', '--seed', '2', ...banks],
      env(home, '2026-06-01T09:10:00Z'),
      firstTime('Another wrong one'),
    );
    expect(other.stdout).toMatch(/^Incorrect/m);
    expect(other.stdout).not.toContain('You picked this before');

    // The first wrong choice again (under whatever letter it has this time): the note, with its why.
    const again = await converse(
      ['cram', '--topic', 'alpha', '--count', '3', '--seed', '3', ...banks],
      env(home, '2026-06-01T09:20:00Z'),
      firstTime('Wrong one'),
    );
    const shown = again.questions.find((q) => q.id === 't01-single')!;
    expect(again.stdout).toMatch(new RegExp(`^↻ You picked this before \\(${pick('Wrong one')(shown)}\\): It is wrong\\.$`, 'm'));

    const stats = await runCli(['stats', ...banks], { env: env(home, '2026-06-01T10:00:00Z') });
    expect(stats.stdout).toMatch(/^Repeated wrong picks\n\[t01-single\] {2}picked 2 times\n {4}Wrong one$/m);
    const json = JSON.parse((await runCli(['stats', '--json', ...banks], { env: env(home, '2026-06-01T10:00:00Z') })).stdout);
    expect(json.repeatedWrongPicks).toEqual([{ q: 't01-single', choice: 1, times: 2, lastAt: Date.parse('2026-06-01T09:20:00Z'), text: 'Wrong one' }]);
  });

  it('stats has no such section when no wrong choice was picked twice', async () => {
    const home = tempDir(onTestFinished);
    // Two wrong answers to a multiple-response question share only a right choice: not a repeated wrong pick.
    // (Right when it is asked again in the same session.)
    for (const [now, seed] of [
      ['2026-06-01T09:00:00Z', '1'],
      ['2026-06-01T09:10:00Z', '2'],
    ] as const) {
      let asked = 0;
      await converse(['cram', '--topic', 'beta', '--seed', seed, ...banks], env(home, now), (q) =>
        asked++ === 0 ? lettersOf(q, ['First right', seed === '1' ? 'Wrong' : 'Also wrong']) : right(q),
      );
    }
    const stats = await runCli(['stats', '--json', ...banks], { env: env(home, '2026-06-01T10:00:00Z') });
    expect(JSON.parse(stats.stdout).repeatedWrongPicks).toEqual([]);
    expect((await runCli(['stats', ...banks], { env: env(home, '2026-06-01T10:00:00Z') })).stdout).not.toContain('Repeated wrong picks');
  });
});
