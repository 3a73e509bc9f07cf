/**
 * The code that reads folders of versions 1–3 (legacy/, with the FSRS scheduler that version 1's
 * migration replays) is loaded only for such a folder: a version-4 folder, what every folder is
 * after its first save, never needs it, and loading it was a fifth of the start of `due`.
 *
 * Opening a folder is synchronous, so the code is loaded before: the command line calls
 * loadLegacyCodeFor(dataDir) once it knows the folder, and it loads the code unless `scores.json`
 * plainly begins as a version-4 file does. When in doubt (another layout, an unreadable file) it
 * loads: reading stays exactly what it was, only sometimes slower.
 */
import { join } from 'node:path';
import { readRegularFileStart } from './read-regular.ts';
import { SNAPSHOT_NAME } from './score-paths.ts';

type LegacyCode = typeof import('./legacy/index.ts');

let loaded: LegacyCode | undefined;

/** The loaded code; a folder of version 1–3 met without it is a bug of the caller (or a file swapped by hand since). */
export function legacyCode(): LegacyCode {
  if (!loaded) throw new Error('a score folder of version 1–3 was read before its code was loaded (store/legacy-code.ts)');
  return loaded;
}

export async function loadLegacyCode(): Promise<void> {
  loaded ??= await import('./legacy/index.ts');
}

/** How every version-4 `scores.json` begins (score-schema.ts stateText: `schemaVersion` is written first). */
const VERSION_4_START = /^\{"schemaVersion":4[,}]/;

/** Loads the legacy code unless the score folder `dir` is plainly of version 4 (or has no `scores.json`). */
export async function loadLegacyCodeFor(dir: string): Promise<void> {
  if (loaded) return;
  let start: string;
  try {
    start = readRegularFileStart(join(dir, SNAPSHOT_NAME), 32).toString('utf8');
  } catch (error) {
    // No `scores.json`: no snapshot to migrate (a new folder, or one still at its journal).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    // Not a file, or unreadable: the reader says so, code loaded or not (a FIFO is never waited on).
    start = '';
  }
  if (!VERSION_4_START.test(start)) await loadLegacyCode();
}
