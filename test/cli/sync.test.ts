/**
 * sync DIR end to end, in process: two data folders (two machines) sharing one sync folder, each
 * studying and syncing in turn, as a sync tool would carry the folder between them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
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
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function ok(dir: string, args: readonly string[], now: string): Promise<string> {
  const run = await runCli(['--data-dir', dir, ...args], { env: { CLOUDOPS_QUIZ_NOW: now } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

function ids(dir: string): Set<string> {
  return new Set(readHistory(dir, new Date()).answers.map((a) => a.id));
}

describe('sync', () => {
  it('two machines syncing one folder in turn for four rounds lose no answer and end with the same history', async () => {
    const root = tempDir(onTestFinished);
    const [a, b, shared] = [join(root, 'laptop'), join(root, 'desktop'), join(root, 'Sync')];
    mkdirSync(shared);
    const start = Date.parse('2026-04-06T00:00:00Z');
    const everyAnswer = new Set<string>();
    const suspendedQuestion = builtin[5]?.id ?? '';
    for (let round = 0; round < 4; round++) {
      const weekStart = start + round * 7 * DAY_MS;
      for (const [dir, hour, seed] of [
        [a, 8, 100 + round],
        [b, 20, 200 + round],
      ] as const) {
        const before = ids(dir);
        // Each machine studies its own part of the banks and a part both study.
        const questions = dir === a ? builtin.slice(0, 150) : builtin.slice(100, 250);
        simulateStudy(dir, { questions, start: iso(weekStart).slice(0, 10), hour, days: 3, perDay: 20, seed });
        for (const id of ids(dir)) if (!before.has(id)) everyAnswer.add(id);
        const when = iso(weekStart + 3 * DAY_MS + hour * 3_600_000);
        if (round === 1 && dir === a) await ok(a, ['suspend', suspendedQuestion], when);
        if (round === 2 && dir === b) await ok(b, ['unsuspend', suspendedQuestion], when);
        if (round === 2 && dir === a) await ok(a, ['config', 'new-per-day', '7'], when);
        const out = await ok(dir, ['sync', shared], when);
        expect(out).toMatch(/^Synced with .*Sync \(\d cop(y|ies) read\):\n/);
        // Nothing the machine had is lost by a sync.
        for (const id of ids(dir)) expect(everyAnswer.has(id)).toBe(true);
        expect([...before].every((id) => ids(dir).has(id))).toBe(true);
      }
    }
    // One more turn each carries the last answers across.
    const end = iso(start + 30 * DAY_MS);
    await ok(a, ['sync', shared], end);
    await ok(b, ['sync', shared], end);
    expect(ids(a)).toEqual(everyAnswer);
    expect(ids(b)).toEqual(everyAnswer);
    expect(everyAnswer.size).toBe(4 * 2 * 3 * 20);
    const exported = async (dir: string) => {
      const { exportedAt: _e, createdAt: _c, ...rest } = JSON.parse(await ok(dir, ['export'], end)) as Record<string, unknown>;
      return rest;
    };
    expect(await exported(b)).toEqual(await exported(a));
    expect(orderFree(await ok(b, ['stats', '--json'], end))).toEqual(orderFree(await ok(a, ['stats', '--json'], end)));
    // The unsuspend on the desktop (newer) wins over the suspend on the laptop; the laptop's setting travels.
    for (const dir of [a, b]) {
      expect(readHistory(dir, new Date(end)).suspended).not.toContain(suspendedQuestion);
      expect(await ok(dir, ['config', 'new-per-day'], end)).toContain('7');
    }
    // Each machine wrote only its own copy.
    expect(readdirSync(shared).filter((n) => n.endsWith('.json'))).toHaveLength(2);
    // And a sync with nothing new writes nothing.
    const copies = Object.fromEntries(readdirSync(shared).map((n) => [n, readFileSync(join(shared, n), 'utf8')]));
    expect(await ok(a, ['sync', shared], end)).toContain('  nothing new\n');
    expect(Object.fromEntries(readdirSync(shared).map((n) => [n, readFileSync(join(shared, n), 'utf8')]))).toEqual(copies);
  });

  it('--dry-run says what would change and writes nothing, here or in the sync folder', async () => {
    const root = tempDir(onTestFinished);
    const [a, b, shared] = [join(root, 'a'), join(root, 'b'), join(root, 'Sync')];
    mkdirSync(shared);
    simulateStudy(a, { questions: builtin.slice(0, 30), start: '2026-04-06', days: 3, perDay: 10, seed: 1 });
    await ok(a, ['sync', shared], '2026-04-10T00:00:00Z');
    const before = readdirSync(shared);
    const dry = await ok(b, ['sync', shared, '--dry-run'], '2026-04-10T01:00:00Z');
    expect(dry).toMatch(/^Dry run, nothing changed\. Syncing with .* \(1 copy read\) would bring:\n {2}30 new answers\n/);
    expect(dry).toContain("Would write this machine's copy: ");
    expect(readdirSync(shared)).toEqual(before);
    expect(ids(b).size).toBe(0);
  });

  it('refuses a missing sync folder and a damaged copy in it, naming it, changing nothing', async () => {
    const root = tempDir(onTestFinished);
    const [a, shared] = [join(root, 'a'), join(root, 'Sync')];
    simulateStudy(a, { questions: builtin.slice(0, 10), start: '2026-04-06', days: 1, perDay: 10, seed: 1 });
    for (const lang of ['en', 'ja']) {
      const missing = await runCli(['--data-dir', a, '--lang', lang, 'sync', shared], { env: { CLOUDOPS_QUIZ_NOW: '2026-04-10T00:00:00Z' } });
      expect(missing.code).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toContain(shared);
    }
    mkdirSync(shared);
    const damaged = join(shared, 'cloudops-quiz-other-machine.json');
    writeFileSync(damaged, '{"format": "cloudops-quiz-history", "version": 1, "answers": [');
    const run = await runCli(['--data-dir', a, 'sync', shared], { env: { CLOUDOPS_QUIZ_NOW: '2026-04-10T00:00:00Z' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${damaged} is not JSON`);
    expect(readdirSync(shared)).toEqual(['cloudops-quiz-other-machine.json']);
    expect(existsSync(join(a, 'backups')) && readdirSync(join(a, 'backups')).some((n) => n.startsWith('before-merge-'))).toBe(false);
  });
});

describe('sync, the edges', () => {
  it("merges a sync tool's conflicted copy too, and never writes it", async () => {
    const root = tempDir(onTestFinished);
    const [a, b, shared] = [join(root, 'a'), join(root, 'b'), join(root, 'Sync')];
    mkdirSync(shared);
    simulateStudy(b, { questions: builtin.slice(0, 20), start: '2026-04-06', days: 2, perDay: 10, seed: 3 });
    await ok(b, ['export', join(shared, 'cloudops-quiz-desktop-0123456789 (conflicted copy 2026-04-08).json')], '2026-04-08T00:00:00Z');
    const before = readFileSync(join(shared, 'cloudops-quiz-desktop-0123456789 (conflicted copy 2026-04-08).json'), 'utf8');
    const out = await ok(a, ['sync', shared], '2026-04-09T00:00:00Z');
    expect(out).toContain('(1 copy read):\n  20 new answers\n');
    expect(ids(a)).toEqual(ids(b));
    expect(readFileSync(join(shared, 'cloudops-quiz-desktop-0123456789 (conflicted copy 2026-04-08).json'), 'utf8')).toBe(before);
  });
});
