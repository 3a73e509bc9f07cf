/**
 * `due`, `due --json` and `stats --json` are answered without commander
 * (src/cli/quick-commands.ts): what they print, and the exit code, must be byte for byte what the
 * commander path gives, in every state of the folder and the environment; any other words go
 * through commander.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { quickCommand } from '../../src/cli/quick-commands.ts';
import { runBinary, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

describe('quickCommand', () => {
  it.each([[['due']], [['due', '--json']], [['stats', '--json']]])('answers %j', (argv) => {
    expect(quickCommand(argv)).toBeDefined();
  });

  it.each([
    [[]],
    [['due', '--help']],
    [['due', '-h']],
    [['due', '--jso']],
    [['due', '--json', '--json']],
    [['due', 'extra']],
    [['due', '--json', '--lang', 'ja']],
    [['--lang', 'ja', 'due']],
    [['--no-builtin', 'due', '--json']],
    [['help', 'due']],
    [['dues']],
    [['stats']],
    [['stats', '--json', '--json']],
    [['stats', '--json', '--lang', 'ja']],
    [['--json', 'stats']],
  ])('leaves %j to commander', (argv) => {
    expect(quickCommand(argv)).toBeUndefined();
  });
});

describe('due and stats --json without commander', () => {
  /** A data folder in one of the states `due` meets. */
  const states: Record<string, (home: string) => Promise<void> | void> = {
    'empty, nothing studied': () => {},
    'after a drill': async (home) => {
      const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_BANKS: SAMPLE_BANKS, CLOUDOPS_QUIZ_NOW: '2026-05-30T09:00:00Z' };
      expect((await runCli(['drill', '--limit', '3'], { env, input: 'a\na\na\n' })).code).toBe(0);
    },
    'a damaged scores.json': (home) => {
      mkdirSync(home, { recursive: true });
      writeFileSync(join(home, 'scores.json'), '{"schemaVersion": 4, "cards": [');
    },
  };
  const environments: Record<string, Record<string, string>> = {
    English: {},
    'Japanese locale': { LANG: 'ja_JP.UTF-8' },
    'colour forced': { FORCE_COLOR: '1' },
    'a bad CLOUDOPS_QUIZ_NOW': { CLOUDOPS_QUIZ_NOW: 'yesterday' },
  };

  for (const [state, make] of Object.entries(states)) {
    for (const [name, extra] of Object.entries(environments)) {
      it.each([[['due']], [['due', '--json']], [['stats', '--json']]])(`%j, ${state}, ${name}: as through commander`, async (argv) => {
        const home = tempDir(onTestFinished);
        await make(home);
        const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_BANKS: SAMPLE_BANKS, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z', ...extra };
        const quick = await runCli(argv, { env });
        const commander = await runCli(argv, { env, quick: false });
        expect(quick).toEqual(commander);
        // Not vacuous: a count, a line or an error each time.
        expect(quick.stdout + quick.stderr).not.toBe('');
      });
    }
  }

  // The binary answers these words from bundles of their own (src/cli/quick-main.ts), with their
  // own copy of the error handling: the same again there, errors included.
  for (const [state, make] of Object.entries(states)) {
    for (const name of ['English', 'a bad CLOUDOPS_QUIZ_NOW']) {
      it(`the binary prints the same as when an option sends it through commander: ${state}, ${name}`, async () => {
        const home = tempDir(onTestFinished);
        await make(home);
        const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_BANKS: SAMPLE_BANKS, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z', ...environments[name] };
        for (const words of [['due'], ['due', '--json'], ['stats', '--json']]) {
          const quick = runBinary(words, { env });
          // --lang en is what LANG=C (cleanEnv) gives anyway.
          const commander = runBinary(['--lang', 'en', ...words], { env });
          if (state !== 'a damaged scores.json' && name === 'English') expect(quick.code).toBe(0);
          expect(quick.stdout + quick.stderr).not.toBe('');
          expect({ code: quick.code, stdout: quick.stdout, stderr: quick.stderr }).toEqual({
            code: commander.code,
            stdout: commander.stdout,
            stderr: commander.stderr,
          });
        }
      });
    }
  }
});
