/**
 * export and import end to end, in process, over weeks of study made in code on the built-in
 * banks: the round trip into an empty folder, importing twice, two folders importing each other,
 * what a dry run says, and what bad files get.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createScheduler } from '../../src/srs/scheduler.ts';
import type { CardState } from '../../src/srs/card.ts';
import { readHistory } from '../../src/store/history-store.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';
import { orderFree, simulateStudy } from '../helpers/study-history.ts';

interface BuiltinIndex {
  entries: Record<string, { summary: { questions: { id: string; domain: number }[] } }>;
}
const builtin = Object.values((JSON.parse(readFileSync(join(ROOT, 'dist/banks/index.json'), 'utf8')) as BuiltinIndex).entries).flatMap(
  (e) => e.summary.questions,
);
const NOW = '2026-05-10T12:00:00Z';
const at = (iso: string) => ({ env: { CLOUDOPS_QUIZ_NOW: iso } });

async function cli(dir: string, args: readonly string[], now = NOW) {
  return runCli(['--data-dir', dir, ...args], at(now));
}

async function ok(dir: string, args: readonly string[], now = NOW): Promise<string> {
  const run = await cli(dir, args, now);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** The export of a folder without the two times that differ between folders (the export's, the folder's creation). */
async function exported(dir: string): Promise<Record<string, unknown>> {
  const { exportedAt: _e, createdAt: _c, ...rest } = JSON.parse(await ok(dir, ['export'])) as Record<string, unknown>;
  return rest;
}

/** Every file of a data folder with its bytes, backups aside. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!path.includes('/backups/')) files[path.slice(dir.length)] = readFileSync(path, 'base64');
  }
  return files;
}

/** Three weeks of study with two mock exams, a setting and a suspension changed by the commands. */
async function studied(root: string, name: string, seed: number, hour: number, questions = builtin): Promise<string> {
  const dir = join(root, name);
  simulateStudy(dir, { questions, start: '2026-04-10', hour, days: 21, perDay: 25, seed, examDays: [7, 18], skipDays: [3] });
  return dir;
}

describe('export and import', () => {
  it('round trip: an export imported into an empty folder gives the same stats --json, export and due counts', async () => {
    const root = tempDir(onTestFinished);
    const a = await studied(root, 'a', 1, 9);
    await ok(a, ['config', 'retention', '0.85'], '2026-05-01T08:00:00Z');
    await ok(a, ['config', 'exam-date', '2026-07-01'], '2026-05-02T08:00:00Z');
    await ok(a, ['suspend', builtin[3]?.id ?? ''], '2026-05-03T08:00:00Z');
    const file = join(root, 'history.json');
    expect(await ok(a, ['export', file])).toMatch(/^Exported your history \(\d+ answers, cards, settings, exams\) to /);
    const b = join(root, 'b');
    const imported = await ok(b, ['import', file]);
    const answers = readHistory(a, new Date(NOW)).answers.length;
    expect(answers).toBeGreaterThan(400);
    expect(imported).toContain(`  ${answers} new answers\n`);
    expect(imported).toContain('  settings changed: retention, exam-date\n');
    expect(imported).toContain('  2 new mock exams\n');
    expect(imported).toContain(`  suspended: ${builtin[3]?.id}\n`);
    for (const command of [
      ['stats', '--json'],
      ['due', '--json'],
      ['exam', '--history', '--json'],
    ])
      expect(await ok(b, command)).toBe(await ok(a, command));
    expect(await exported(b)).toEqual(await exported(a));
  });

  it('importing the same file twice changes nothing the second time: no file written, no backup', async () => {
    const root = tempDir(onTestFinished);
    const a = await studied(root, 'a', 2, 9);
    const b = await studied(root, 'b', 3, 15);
    const file = join(root, 'a.json');
    await ok(a, ['export', file]);
    await ok(b, ['import', file]);
    const files = filesOf(b);
    const backups = readdirSync(join(b, 'backups')).filter((n) => n.startsWith('before-merge-'));
    expect(backups).toHaveLength(1);
    const again = await ok(b, ['import', file]);
    expect(again).toBe(`Nothing new in ${file}: your history already holds all of it.\n`);
    expect(filesOf(b)).toEqual(files);
    expect(readdirSync(join(b, 'backups')).filter((n) => n.startsWith('before-merge-'))).toEqual(backups);
  });

  it('two folders with different answers import each other: both hold the union and the same cards, replayed in time order', async () => {
    const root = tempDir(onTestFinished);
    // Overlapping questions, studied at other hours: the same question answered on both machines.
    const a = await studied(root, 'a', 4, 8, builtin.slice(0, 120));
    const b = await studied(root, 'b', 5, 20, builtin.slice(60, 200));
    const idsA = readHistory(a, new Date(NOW)).answers.map((x) => x.id);
    const idsB = readHistory(b, new Date(NOW)).answers.map((x) => x.id);
    await ok(a, ['export', join(root, 'a.json')]);
    await ok(b, ['export', join(root, 'b.json')]);
    await ok(a, ['import', join(root, 'b.json')]);
    await ok(b, ['import', join(root, 'a.json')]);
    const mergedA = readHistory(a, new Date(NOW));
    const mergedB = readHistory(b, new Date(NOW));
    expect(new Set(mergedA.answers.map((x) => x.id))).toEqual(new Set([...idsA, ...idsB]));
    expect(mergedA.answers).toHaveLength(idsA.length + idsB.length);
    expect(await exported(b)).toEqual(await exported(a));
    expect(orderFree(await ok(b, ['stats', '--json']))).toEqual(orderFree(await ok(a, ['stats', '--json'])));
    // A question both studied: its card is its merged answers replayed through the scheduler.
    const shared = builtin[70]?.id ?? '';
    const scheduler = createScheduler();
    let card: CardState | undefined;
    const mine = mergedA.answers.filter((x) => x.q === shared);
    expect(new Set(mine.map((x) => new Date(x.at).getUTCHours()))).toEqual(new Set([8, 20]));
    for (const answer of mine) if (answer.rating) card = scheduler.next(card, answer.rating, new Date(answer.at));
    expect(mergedA.cards[shared]).toEqual(card);
    expect(mergedB.cards[shared]).toEqual(card);
    // And a data folder itself can be imported, with the same result: nothing new now.
    expect(await ok(a, ['import', b])).toContain('Nothing new in');
    expect(await ok(a, ['import', join(b, 'scores.json')])).toContain('Nothing new in');
  });

  it('settings take the newer value of each, whichever side it comes from', async () => {
    const root = tempDir(onTestFinished);
    const a = join(root, 'a');
    const b = join(root, 'b');
    await ok(a, ['config', 'retention', '0.8'], '2026-05-01T08:00:00Z');
    await ok(b, ['config', 'retention', '0.95'], '2026-05-02T08:00:00Z');
    await ok(b, ['config', 'new-per-day', '5'], '2026-05-03T08:00:00Z');
    await ok(a, ['config', 'new-per-day', '12'], '2026-05-04T08:00:00Z');
    await ok(a, ['export', join(root, 'a.json')]);
    await ok(b, ['export', join(root, 'b.json')]);
    expect(await ok(a, ['import', join(root, 'b.json')])).toContain('  settings changed: retention\n');
    expect(await ok(b, ['import', join(root, 'a.json')])).toContain('  settings changed: new-per-day\n');
    for (const dir of [a, b]) expect(await ok(dir, ['config'])).toMatch(/retention = 0\.95[\s\S]*new-per-day = 12/);
  });

  it('--dry-run says what would change and changes nothing', async () => {
    const root = tempDir(onTestFinished);
    const a = await studied(root, 'a', 6, 9, builtin.slice(0, 50));
    const b = await studied(root, 'b', 7, 18, builtin.slice(0, 50));
    const file = join(root, 'a.json');
    await ok(a, ['export', file]);
    const files = filesOf(b);
    const dry = await ok(b, ['import', file, '--dry-run']);
    const added = readHistory(a, new Date(NOW)).answers.length;
    expect(dry).toMatch(
      new RegExp(
        `^Dry run, nothing changed\\. Importing ${file} would bring:\\n  ${added} new answers\\n  \\d+ question schedules updated\\n  2 new mock exams\\n$`,
      ),
    );
    expect(filesOf(b)).toEqual(files);
    expect(existsSync(join(b, 'backups')) && readdirSync(join(b, 'backups')).some((n) => n.startsWith('before-merge-'))).toBe(false);
    const ja = await runCli(['--data-dir', b, '--lang', 'ja', 'import', file, '--dry-run'], at(NOW));
    expect(ja.stdout).toContain('試行のみで、何も変更していません。');
    expect(ja.stdout).toContain(`新しい解答 ${added} 件`);
  });

  it('takes a backup before merging, and importing that backup into an empty folder gives the history as it was', async () => {
    const root = tempDir(onTestFinished);
    const a = await studied(root, 'a', 8, 9, builtin.slice(0, 40));
    const b = await studied(root, 'b', 9, 18, builtin.slice(20, 60));
    const statsBefore = await ok(b, ['stats', '--json']);
    await ok(a, ['export', join(root, 'a.json')]);
    const out = await ok(b, ['import', join(root, 'a.json')]);
    const backup = /saved in (\S+) \(an export/.exec(out)?.[1] ?? '';
    expect(backup.startsWith(join(b, 'backups', 'before-merge-'))).toBe(true);
    expect(await ok(b, ['stats', '--json'])).not.toBe(statsBefore);
    const restored = join(root, 'restored');
    await ok(restored, ['import', backup]);
    expect(await ok(restored, ['stats', '--json'])).toBe(statsBefore);
  });

  const badFiles: Array<[string, string, string]> = [
    ['not-json.json', '{"format": "cloudops-quiz-history", ', 'is not JSON'],
    ['foreign.json', '{"name": "something else"}', 'is not a cloudops-quiz export or score file'],
    ['answers.csv', 'time,question,module\n', 'is a CSV export'],
    ['newer.json', '{"format": "cloudops-quiz-history", "version": 2}', 'was exported by a newer cloudops-quiz (export version 2'],
    ['bad-answer.json', 'BAD_ANSWER', 'is not a valid export: answers[0].rating:'],
    ['stray-score.json', '{"schemaVersion": 3}', 'is a score file away from its data folder'],
  ];

  it.each(badFiles)('refuses %s with one clear line naming it, and changes nothing', async (name, text, message) => {
    const root = tempDir(onTestFinished);
    const a = await studied(root, 'a', 10, 9, builtin.slice(0, 30));
    let content = text;
    if (text === 'BAD_ANSWER') {
      const doc = JSON.parse(await ok(a, ['export'])) as { answers: Array<Record<string, unknown>> };
      (doc.answers[0] as Record<string, unknown>)['rating'] = 'perfect';
      content = JSON.stringify(doc);
    }
    const file = join(root, name);
    writeFileSync(file, content);
    const files = filesOf(a);
    for (const lang of ['en', 'ja']) {
      const run = await runCli(['--data-dir', a, '--lang', lang, 'import', file], at(NOW));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(file);
      if (lang === 'en') expect(run.stderr).toContain(message);
      else expect(run.stderr).toMatch(/[ぁ-んァ-ン]/);
    }
    expect(filesOf(a)).toEqual(files);
  });

  it('refuses a missing file and a folder without a score file', async () => {
    const root = tempDir(onTestFinished);
    const a = join(root, 'a');
    for (const [path, message] of [
      [join(root, 'nowhere.json'), 'does not exist'],
      [root, 'is a folder without a cloudops-quiz score file'],
    ] as const) {
      const run = await cli(a, ['import', path]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${path} ${message}`);
      expect(existsSync(a)).toBe(false);
    }
  });
});

describe('export', () => {
  it('writes CSV, one row per answer with the listed columns, by --format or a .csv name', async () => {
    const root = tempDir(onTestFinished);
    const a = await studied(root, 'a', 11, 9, builtin.slice(0, 20));
    const history = readHistory(a, new Date(NOW));
    const csv = await ok(a, ['export', '--format', 'csv']);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('time,question,module,domain,skills,given,correct,rating,mode,seconds');
    expect(rows).toHaveLength(history.answers.length + 1);
    const first = history.answers[0];
    const question = builtin.find((q) => q.id === first?.q) as { id: string; domain: number; module?: number };
    const cells = rows[1]?.split(',') ?? [];
    expect(cells[0]).toBe(new Date(first?.at ?? 0).toISOString());
    expect(cells[1]).toBe(first?.q);
    expect(cells[3]).toBe(String(question.domain));
    expect(cells[4]).toMatch(/^\d+\.\d+\.\d+( \d+\.\d+\.\d+)*$/);
    expect(cells[5]).toBe(first?.correct ? 'A' : 'B');
    expect(cells.slice(6)).toEqual([String(first?.correct), first?.rating, 'drill', '9']);
    const file = join(root, 'answers.csv');
    expect(await ok(a, ['export', file])).toBe(`Exported ${history.answers.length} answers as CSV to ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(csv);
  });

  it('refuses an unknown format and a file in a missing folder, in both languages', async () => {
    const root = tempDir(onTestFinished);
    for (const lang of ['en', 'ja']) {
      const format = await runCli(['--data-dir', root, '--lang', lang, 'export', '--format', 'xml'], at(NOW));
      expect(format.code).toBe(2);
      expect(format.stderr).toContain('xml');
      const missing = await runCli(['--data-dir', root, '--lang', lang, 'export', join(root, 'no', 'x.json')], at(NOW));
      expect(missing.code).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('--help of the history commands', () => {
  it.each([
    ['export', 'write your whole history', '学習履歴全体'],
    ['import', 'merge an export', 'エクスポートしたファイル'],
    ['sync', 'merge the copies in a folder', '同期ツール'],
  ])('%s --help in English and Japanese', async (command, en, ja) => {
    const english = await runCli(['--lang', 'en', command, '--help']);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain(en);
    const japanese = await runCli(['--lang', 'ja', command, '--help']);
    expect(japanese.code).toBe(0);
    expect(japanese.stdout).toContain(ja);
  });
});
