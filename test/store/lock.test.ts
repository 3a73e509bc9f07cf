import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { withLock } from '../../src/store/lock.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';

describe('the save lock', () => {
  // Regression: a lock file released while another process inspected it was judged stale and
  // deleted, even when a new lock had been taken meanwhile; two processes then saved at once.
  it('lets one process in at a time: four processes incrementing a counter lose no increment', async () => {
    const dir = tempDir(onTestFinished);
    writeFileSync(join(dir, 'counter'), '0');
    const run = () =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/lock-counter.ts'), dir, '300'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run(), run(), run()])).toEqual([0, 0, 0, 0]);
    expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('1200');
    expect(existsSync(join(dir, 'scores.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = tempDir(onTestFinished);
    writeFileSync(join(dir, 'scores.lock'), '2147483646\n2026-01-01T00:00:00Z\n');
    expect(withLock(join(dir, 'scores.lock'), () => 'in')).toBe('in');
    expect(existsSync(join(dir, 'scores.lock'))).toBe(false);
  });

  it('releases the lock when the action throws', () => {
    const dir = tempDir(onTestFinished);
    expect(() => withLock(join(dir, 'scores.lock'), () => { throw new Error('boom'); })).toThrow('boom');
    expect(existsSync(join(dir, 'scores.lock'))).toBe(false);
  });
});
