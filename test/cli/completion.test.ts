/**
 * Shell completion: the bash script, sourced in a real bash, completes through the built binary;
 * the answers themselves (commands, options, modules, topics, ids) are checked in process.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BIN, SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

/** What `cloudops-quiz complete -- <words>` offers, without the descriptions and the directive line. */
async function offered(words: string[], env: Record<string, string> = {}): Promise<string[]> {
  const run = await runCli(['complete', '--', ...words], { env });
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(/^:\d+$/);
  return lines.slice(0, -1).map((line) => line.split('\t')[0] ?? '');
}

describe('completion', () => {
  it('the bash script, sourced in bash without bash-completion, completes "exa" to "exam"', async () => {
    const home = tempDir(onTestFinished);
    const script = join(home, 'cloudops-quiz.bash');
    const printed = await runCli(['completion', 'bash']);
    expect(printed.code).toBe(0);
    writeFileSync(script, printed.stdout);
    // The script calls `cloudops-quiz complete -- …`: a function stands for the installed command.
    const bash = [
      `cloudops-quiz() { "${process.execPath}" "${BIN}" "$@"; }`,
      `source "${script}"`,
      'complete -p cloudops-quiz',
      'COMP_WORDS=(cloudops-quiz exa); COMP_CWORD=1',
      '__cloudops_quiz_complete 2>/dev/null',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash expansion, read by bash
      'echo "reply: ${COMPREPLY[*]}"',
      'COMP_WORDS=(cloudops-quiz cram --topic cw-ala); COMP_CWORD=3',
      '__cloudops_quiz_complete 2>/dev/null',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash expansion, read by bash
      'echo "topic: ${COMPREPLY[*]}"',
    ].join('\n');
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', bash], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', HOME: home, CLOUDOPS_QUIZ_HOME: home },
    });
    expect(run.stdout).toMatch(/^complete -F __cloudops_quiz_complete cloudops-quiz$/m);
    expect(run.stdout).toMatch(/^reply: exam$/m);
    expect(run.stdout).toMatch(/^topic: cw-alarms$/m);
  });

  it.each([
    ['zsh', /^#compdef cloudops-quiz$/m],
    ['fish', /complete -c cloudops-quiz/],
  ])('prints a %s script', async (shell, pattern) => {
    const run = await runCli(['completion', shell]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(pattern);
  });

  it('refuses another shell (exit 2)', async () => {
    const run = await runCli(['completion', 'tcsh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
  });

  it.each([
    ['commands', ['st'], ['stats']],
    ['a command’s options', ['exam', '--re'], ['--resume', '--retake-missed']],
    ['global options after a command', ['stats', '--la'], ['--lang']],
    ['the choices of an option', ['--lang', ''], ['en', 'ja']],
    ['module numbers and names', ['quiz', 'mon'], ['monitoring']],
    ['topic keys', ['cram', '--topic', 'cw-alarm'], ['cw-alarms']],
    ['exam-guide skills', ['cram', '--skill', '5.2.'], ['5.2.1', '5.2.2', '5.2.3']],
    ['question ids', ['show', 't01-s'], ['t01-single']],
    ['setting names', ['config', 'ex'], ['exam-date']],
  ])('offers %s', async (_name, words, expected) => {
    const env = { CLOUDOPS_QUIZ_BANKS: SAMPLE_BANKS };
    expect(await offered(words, env)).toEqual(expected);
  });
});
