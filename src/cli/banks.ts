/**
 * Loading the banks a command works on. Built-in banks come from dist/banks.json and the person's
 * own from the cache in their data folder, each under the hash of the file's current bytes; an
 * invalid bank stops the command, pointing at `validate` for the full list.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { QuizError } from '../errors.ts';
import { formatProblem, type Bank } from '../bank/types.ts';
import { emptyCache, hashBytes, readCache, type BankCache } from '../store/bank-cache.ts';
import { collectBankFiles, loadBankFiles, type LoadedBanks } from '../store/bank-files.ts';
import { writeFileDurable } from '../store/durable.ts';
import type { Context } from './context.ts';
import { builtinBankDir, packageRoot } from './paths.ts';

/** Every file checked afresh; `validate` uses this. */
export function loadBanksFrom(ctx: Context, paths: readonly string[]): Promise<LoadedBanks> {
  return loadBankFiles(collectBankFiles(paths), ctx.io.cwd);
}

export async function loadBanks(ctx: Context): Promise<readonly Bank[]> {
  const files = collectBankFiles(ctx.bankPaths);
  const builtinDir = builtinBankDir();
  const builtin = readCache(join(packageRoot(), 'dist', 'banks.json'));
  const userCachePath = join(ctx.dataDir, 'cache', 'banks.json');
  const ownFiles = files.filter((f) => dirname(f) !== builtinDir);
  const user: BankCache = ownFiles.length > 0 ? readCache(userCachePath) : emptyCache();
  const before = JSON.stringify(Object.keys(user.entries).map((k) => [k, user.entries[k]?.hash]));

  // One lookup table over both caches: built-in files by name, the person's by full path.
  const merged: BankCache = { version: builtin.version, entries: Object.assign(Object.create(null), user.entries) };
  for (const [name, entry] of Object.entries(builtin.entries)) merged.entries[`builtin:${name}`] = entry;
  const keyOf = (file: string) => (dirname(file) === builtinDir ? `builtin:${basename(file)}` : file);
  const loaded = await loadBankFiles(files, ctx.io.cwd, { cache: merged, keyOf, hash: hashBytes });

  if (loaded.problems.length > 0) {
    const first = loaded.problems[0];
    throw new QuizError(
      'BANK_INVALID',
      `invalid question bank (${loaded.problems.length} problem(s)); run "cloudops-quiz validate" for the list`,
      first ? [formatProblem(first)] : [],
    );
  }
  if (ownFiles.length > 0) saveUserCache(userCachePath, merged, ownFiles, before);
  return loaded.banks;
}

/** Keep only the person's current files in their cache; a failed write only costs speed. */
function saveUserCache(path: string, merged: BankCache, ownFiles: readonly string[], before: string): void {
  const entries = Object.create(null) as BankCache['entries'];
  for (const file of ownFiles) {
    const entry = merged.entries[file];
    if (entry) entries[file] = entry;
  }
  const after = JSON.stringify(Object.keys(entries).map((k) => [k, entries[k]?.hash]));
  if (after === before) return;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileDurable(path, JSON.stringify({ version: merged.version, entries }));
  } catch {
    /* the cache folder may not exist yet or be read-only */
  }
}
