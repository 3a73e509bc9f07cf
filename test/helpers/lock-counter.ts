/**
 * A process that increments a counter file under the score-file lock, for the mutual-exclusion
 * test: node --import tsx test/helpers/lock-counter.ts <dir> <times>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLock } from '../../src/store/lock.ts';

const [dir, timesText] = process.argv.slice(2);
const counter = join(dir!, 'counter');
for (let i = 0; i < Number(timesText); i++) {
  withLock(join(dir!, 'scores.lock'), () => {
    const value = Number(readFileSync(counter, 'utf8'));
    writeFileSync(counter, String(value + 1));
  });
}
