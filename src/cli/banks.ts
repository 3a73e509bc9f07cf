/**
 * Loading the banks a command works on. Built-in banks come from dist/banks/ and the person's own
 * from the cache in their data folder, each under the hash of the file's current bytes; an invalid
 * bank stops the command, pointing at `validate` for the full list. Quick commands ask only for
 * summaries (ids, modules, domains, topics), which skips reading any question text.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { QuizError } from '../errors.ts';
import { formatProblem, type Bank, type BankSummary, type QuestionSummary } from '../bank/types.ts';
import { emptyCache, hashBytes, readCache, type BankCache } from '../store/bank-cache.ts';
import { collectBankFiles, displayPath, loadBankFiles, type LoadedBanks } from '../store/bank-files.ts';
import { writeFileDurable } from '../store/durable.ts';
import type { Context } from './context.ts';
import { builtinBankDir, packageRoot } from './paths.ts';
import { plural } from '../ui/plural.ts';

const BUILTIN_PREFIX = 'builtin:';

/**
 * Every file checked afresh; `validate` uses this, keeping the whole banks only when it asks
 * (`full`). Unless --no-builtin, the files' ids are also checked against the built-in banks, as the
 * study commands load both (a bank reusing a built-in id once passed `validate` and was then
 * refused by `cram`).
 */
export function loadBanksFrom(ctx: Context, paths: readonly string[], want: 'full' | 'check' = 'full'): Promise<LoadedBanks> {
  const files = collectBankFiles(paths);
  const builtinDir = builtinBankDir();
  const alongside = ctx.bankPaths.includes(builtinDir) ? builtinSummaries(ctx).filter((s) => !files.includes(join(builtinDir, basename(s.file)))) : [];
  return loadBankFiles(files, ctx.io.cwd, want, undefined, alongside);
}

/** The built-in banks' question ids and positions, from the index compiled at build time. */
function builtinSummaries(ctx: Context): BankSummary[] {
  const index = readCache(join(packageRoot(), 'dist', 'banks', 'index.json'));
  return Object.entries(index.entries).map(([name, entry]) => ({ ...entry.summary, file: displayPath(join(builtinBankDir(), name), ctx.io.cwd) }));
}

async function load(ctx: Context, want: 'full' | 'summary'): Promise<LoadedBanks> {
  const files = collectBankFiles(ctx.bankPaths);
  const builtinDir = builtinBankDir();
  const compiledDir = join(packageRoot(), 'dist', 'banks');
  const builtin = readCache(join(compiledDir, 'index.json'));
  const userCachePath = join(ctx.dataDir, 'cache', 'banks.json');
  const userBankDir = join(ctx.dataDir, 'cache', 'banks');
  const ownFiles = files.filter((f) => dirname(f) !== builtinDir);
  const user: BankCache = ownFiles.length > 0 ? readCache(userCachePath) : emptyCache();
  const before = fingerprint(user);

  // One lookup table over both caches: built-in files by name, the person's by full path.
  const merged: BankCache = { version: builtin.version, entries: Object.assign(Object.create(null), user.entries) };
  for (const [name, entry] of Object.entries(builtin.entries)) merged.entries[BUILTIN_PREFIX + name] = entry;
  const loaded = await loadBankFiles(files, ctx.io.cwd, want, {
    cache: merged,
    keyOf: (file) => (dirname(file) === builtinDir ? BUILTIN_PREFIX + basename(file) : file),
    hash: hashBytes,
    loadBank: (key) => {
      if (key.startsWith(BUILTIN_PREFIX)) return readCompiledBank(join(compiledDir, key.slice(BUILTIN_PREFIX.length).replace(/\.ya?ml$/i, '.json')));
      const hash = merged.entries[key]?.hash;
      return hash ? readCompiledBank(userBankFile(userBankDir, hash)) : undefined;
    },
  });

  if (loaded.problems.length > 0) {
    const first = loaded.problems[0];
    throw new QuizError(
      'BANK_INVALID',
      {
        en: `invalid question bank (${plural(loaded.problems.length, 'problem')}); run "cloudops-quiz validate" for the list`,
        ja: `問題バンクに誤りがあります (${loaded.problems.length} 件)。一覧は "cloudops-quiz validate" で確認できます`,
      },
      first ? [formatProblem(first)] : [],
    );
  }
  if (ownFiles.length > 0) saveUserCache(userCachePath, userBankDir, merged, ownFiles, before);
  return loaded;
}

export async function loadBanks(ctx: Context): Promise<readonly Bank[]> {
  return (await load(ctx, 'full')).banks;
}

/** Every question's id, module, domain and topics, in course order. */
export async function loadQuestionSummaries(ctx: Context): Promise<readonly QuestionSummary[]> {
  const { summaries } = await load(ctx, 'summary');
  return [...summaries].sort((a, b) => a.module - b.module).flatMap((s) => s.questions);
}

function readCompiledBank(file: string): Bank | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Bank;
  } catch {
    return undefined; // not built, or removed: the YAML is checked instead
  }
}

/** A whole bank of the person's cache: named by the hash of the bank file's bytes. */
function userBankFile(dir: string, hash: string): string {
  return join(dir, `${hash}.json`);
}

function fingerprint(cache: BankCache): string {
  return JSON.stringify(Object.keys(cache.entries).map((k) => [k, cache.entries[k]?.hash]));
}

/**
 * Keep only the person's current files in their cache: each newly compiled bank written to a file
 * of its own, then the index; the bank files no entry names any more removed. A failed write only
 * costs speed (the bank is checked again next time).
 */
function saveUserCache(path: string, bankDir: string, merged: BankCache, ownFiles: readonly string[], before: string): void {
  const entries = Object.create(null) as BankCache['entries'];
  for (const file of ownFiles) {
    const entry = merged.entries[file];
    if (entry) entries[file] = { hash: entry.hash, summary: entry.summary };
  }
  const cache: BankCache = { version: merged.version, entries };
  // An entry holding its bank was compiled by this run: its file is written even if the index is unchanged.
  const compiled = ownFiles.some((file) => merged.entries[file]?.bank !== undefined);
  if (!compiled && fingerprint(cache) === before) return;
  try {
    mkdirSync(bankDir, { recursive: true, mode: 0o700 });
    const kept = new Set<string>();
    for (const file of ownFiles) {
      const entry = merged.entries[file];
      if (!entry) continue;
      const name = userBankFile(bankDir, entry.hash);
      kept.add(basename(name));
      // Compiled by this run: the file was missing or could not be read, so it is written anew.
      if (entry.bank) writeFileDurable(name, JSON.stringify(entry.bank));
    }
    writeFileDurable(path, JSON.stringify(cache));
    for (const name of readdirSync(bankDir)) if (name.endsWith('.json') && !kept.has(name)) rmSync(join(bankDir, name), { force: true });
  } catch {
    /* the cache folder may be read-only */
  }
}
