/**
 * The code for score folders of versions 1–3 (store/legacy/, with ts-fsrs through version 1's
 * migration) is loaded only for such a folder (store/legacy-code.ts): a version-4 folder, what
 * every folder is after its first save, reads without it; an old one still reads and migrates.
 * What each run loaded is recorded by a module hook and recognised by text only that code holds.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ScoreFile } from '../../src/store/score-file.ts';
import { FIXTURES, runBinary, tempDir } from '../helpers/cli.ts';

/** Text of the migrations (store/legacy/migrations.ts) and of ts-fsrs, as they are in the built chunks. */
const MIGRATIONS_TEXT = 'which no release wrote';
const TS_FSRS_TEXT = 'Cannot rollback a manual rating';
const NOW = '2026-06-01T09:00:00Z';

/** Runs the binary with a hook that lists every module file it loads; returns the run and the loaded files' text. */
function runRecordingLoads(home: string, argv: string[]) {
  const log = join(home, 'loaded.txt');
  writeFileSync(log, '');
  const hooks = join(home, 'hooks.mjs');
  writeFileSync(
    hooks,
    [
      "import { appendFileSync } from 'node:fs';",
      `export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`,
    ].join('\n'),
  );
  const register = join(home, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
  const run = runBinary(argv, { env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: NOW, NODE_OPTIONS: `--import=${register}` } });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'));
  const text = files.map((url) => readFileSync(fileURLToPath(url), 'utf8')).join('\n');
  return { run, files, text };
}

function versionOneFolder(): string {
  const home = tempDir(onTestFinished);
  copyFileSync(join(FIXTURES, 'scores/v1-scores.json'), join(home, 'scores.json'));
  return home;
}

describe('the code for old score folders', () => {
  it('is not loaded by due, due --json, stats --json or stats on a version-4 folder (nor ts-fsrs by due, which schedules nothing)', () => {
    const home = versionOneFolder();
    ScoreFile.open(home, new Date(NOW)).checkpoint(new Date(NOW));
    expect(readFileSync(join(home, 'scores.json'), 'utf8')).toMatch(/^\{"schemaVersion":4,/);
    for (const argv of [['due', '--json'], ['due'], ['stats', '--json'], ['stats']]) {
      const { run, files, text } = runRecordingLoads(home, [...argv, '--no-builtin']);
      expect(run.code, run.stderr).toBe(0);
      expect(files.length).toBeGreaterThan(0);
      expect(text).not.toContain(MIGRATIONS_TEXT);
      if (argv[0] === 'due') expect(text).not.toContain(TS_FSRS_TEXT);
    }
  });

  it('is loaded for a version-1 folder, which due reads as before', () => {
    const home = versionOneFolder();
    const { run, text } = runRecordingLoads(home, ['due', '--json', '--no-builtin']);
    expect(run.code, run.stderr).toBe(0);
    expect(text).toContain(MIGRATIONS_TEXT);
    expect(text).toContain(TS_FSRS_TEXT);
    // Through commander too; what it reads is what the same folder holds once moved to version 4
    // (in process, where the test setup loads the code).
    const exported = runRecordingLoads(home, ['export', join(home, 'export.json')]);
    expect(exported.run.code, exported.run.stderr).toBe(0);
    expect(exported.text).toContain(MIGRATIONS_TEXT);
    const moved = versionOneFolder();
    ScoreFile.open(moved, new Date(NOW)).checkpoint(new Date(NOW));
    const after = runRecordingLoads(moved, ['export', join(moved, 'export.json')]);
    expect(after.run.code, after.run.stderr).toBe(0);
    expect(after.text).not.toContain(MIGRATIONS_TEXT);
    const answers = JSON.parse(readFileSync(join(home, 'export.json'), 'utf8')).answers;
    expect(answers.length).toBeGreaterThan(0);
    expect(answers).toEqual(JSON.parse(readFileSync(join(moved, 'export.json'), 'utf8')).answers);
  });
});
