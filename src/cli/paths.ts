/** Where things live: the package's own files, and the person's data folder. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding package.json, found from this file (src/cli in development, dist when built). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  root = dir;
  return dir;
}

export function builtinBankDir(): string {
  return join(packageRoot(), 'questions');
}

/** The OS's per-user data folder: XDG on Linux, Application Support on macOS, AppData on Windows. */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>>, platform = process.platform): string {
  const home = env['HOME'] || env['USERPROFILE'] || homedir();
  if (platform === 'win32') return join(env['APPDATA'] || join(home, 'AppData', 'Roaming'), 'cloudops-quiz');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'cloudops-quiz');
  const xdg = env['XDG_DATA_HOME'];
  return join(xdg?.startsWith('/') ? xdg : join(home, '.local', 'share'), 'cloudops-quiz');
}
