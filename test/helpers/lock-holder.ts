/**
 * A process that takes the score-file lock and holds it until its input closes, for the tests of
 * live and paused owners: node --import tsx test/helpers/lock-holder.ts <lockFile>
 * Prints "locked" once it holds the lock.
 */
import { readSync, writeSync } from 'node:fs';
import { withLock } from '../../src/store/lock.ts';

const [lockFile] = process.argv.slice(2);
withLock(lockFile!, () => {
  writeSync(1, 'locked\n');
  // Held synchronously, as every save holds it, until the test closes our input.
  const buffer = Buffer.alloc(64);
  try {
    while (readSync(0, buffer, 0, buffer.length, null) > 0);
  } catch {
    /* input closed */
  }
});
