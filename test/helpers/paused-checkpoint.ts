/**
 * A session that records answers and then checkpoints, stopping itself (SIGSTOP, as Ctrl+Z or a
 * laptop's sleep would) in the middle: after it has read the files and written its new snapshot
 * to a temp file, before that replaces scores.json. For the test that a late writer merges.
 *   node --import tsx test/helpers/paused-checkpoint.ts <dir> <prefix> <count>
 * Prints "saved" once its answers are recorded.
 */
import * as fs from 'node:fs';
import { loadLegacyCodeFor } from '../../src/store/legacy-code.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import type { FsOps } from '../../src/store/durable.ts';

const [dir, prefix, countText] = process.argv.slice(2);
let snapshotTemp: number | undefined;
const ops: FsOps = {
  ...fs,
  openSync: ((path: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
    const fd = fs.openSync(path, flags, mode);
    if (/\.scores\.json\.\d+\.[0-9a-f]+\.tmp$/.test(String(path))) snapshotTemp = fd;
    return fd;
  }) as typeof fs.openSync,
  closeSync: (fd: number) => {
    fs.closeSync(fd);
    if (fd === snapshotTemp) {
      snapshotTemp = undefined;
      process.kill(process.pid, 'SIGSTOP');
    }
  },
};
const now = new Date();
await loadLegacyCodeFor(dir!);
const store = ScoreFile.open(dir!, now, ops);
for (let i = 0; i < Number(countText); i++) {
  store.record([
    {
      k: 'answer',
      answer: { id: `${prefix}-${i}`, q: `q-${prefix}-${i}`, at: now.getTime() + i, given: [0], correct: true, rating: 'good', mode: 'drill', ms: 0 },
      card: null,
    },
  ]);
}
process.stdout.write('saved\n');
store.checkpoint(now);
