/**
 * Loading the banks a command works on. Built-in banks come from dist/banks/ and the person's own
 * from the cache in their data folder, each under the hash of the file's current bytes; an invalid
 * bank stops the command, pointing at `validate` for the full list. Quick commands ask only for
 * summaries (ids, modules, domains, topics), which skips reading any question text.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { QuizError } from '../errors.ts';
import { formatProblem, inLanguage, LANGS, type Bank, type BankSummary, type Lang, type QuestionSummary } from '../bank/types.ts';
import { compiledBankName, emptyCache, hashBytes, idsFor, idsIndexOf, readCache, readIdsIndex, trustedHash, type BankCache } from '../store/bank-cache.ts';
import { collectBankFiles, displayPath, loadBankFiles, statOf, type LoadedBanks } from '../store/bank-files.ts';
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

/** The person's lean index (bank-cache.ts IdsIndex), beside their index cache/banks.json. */
const userIdsPath = (ctx: Context) => join(ctx.dataDir, 'cache', 'bank-ids.json');

async function load(ctx: Context, want: 'full' | 'summary', lang?: Lang, rewriteIds = false): Promise<LoadedBanks> {
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
  // Identities are kept with the person's index, so only where there is one to keep them in.
  const identities = ownFiles.length > 0 ? Object.assign(Object.create(null), user.files) : undefined;
  for (const [name, entry] of Object.entries(builtin.entries)) merged.entries[BUILTIN_PREFIX + name] = entry;
  const loaded = await loadBankFiles(files, ctx.io.cwd, want, {
    cache: merged,
    keyOf: (file) => (dirname(file) === builtinDir ? BUILTIN_PREFIX + basename(file) : file),
    hash: hashBytes,
    ...(identities ? { files: identities } : {}),
    ...(lang ? { lang } : {}),
    loadBank: (key, textLang) => {
      if (key.startsWith(BUILTIN_PREFIX)) return readCompiledBank(join(compiledDir, compiledBankName(key.slice(BUILTIN_PREFIX.length), textLang)));
      const hash = merged.entries[key]?.hash;
      return hash ? readCompiledBank(join(userBankDir, compiledBankName(hash, textLang))) : undefined;
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
  if (ownFiles.length > 0) saveUserCache(userCachePath, userIdsPath(ctx), userBankDir, merged, identities ?? {}, ownFiles, files, before, rewriteIds);
  return loaded;
}

/** The whole banks: with `lang`, their text in that language only (inLanguage), as a session shows it. */
export async function loadBanks(ctx: Context, lang?: Lang): Promise<readonly Bank[]> {
  return (await load(ctx, 'full', lang)).banks;
}

/**
 * The ids of the questions loaded, in no particular order: all `due` needs. Taken from the lean
 * indexes when every bank file is one they vouch for (its identity unchanged, its hash theirs) and
 * no id is used twice; otherwise from the whole load, which reports any problem as every command
 * does and writes the person's lean index again.
 */
export async function loadQuestionIds(ctx: Context): Promise<readonly { readonly id: string }[]> {
  const fromLean = leanIds(ctx);
  if (fromLean) return fromLean;
  const { summaries } = await load(ctx, 'summary', undefined, true);
  return summaries.flatMap((s) => s.questions);
}

function leanIds(ctx: Context): { readonly id: string }[] | undefined {
  const files = collectBankFiles(ctx.bankPaths);
  const builtinDir = builtinBankDir();
  // Only the person's index keeps file identities: without own banks, every file is read and hashed anyway.
  if (files.every((f) => dirname(f) === builtinDir)) return undefined;
  const user = readIdsIndex(userIdsPath(ctx));
  if (!user?.files) return undefined;
  const builtin = files.some((f) => dirname(f) === builtinDir) ? readIdsIndex(join(packageRoot(), 'dist', 'banks', 'ids.json')) : undefined;
  const out: { id: string }[] = [];
  const used = new Set<string>();
  for (const file of files) {
    const hash = trustedHash(user.files[file], statOf(file));
    const ids = idsFor(dirname(file) === builtinDir ? builtin?.entries[basename(file)] : user.entries[file], hash);
    if (!ids) return undefined;
    for (const id of ids) {
      if (used.has(id)) return undefined; // the whole load reports it
      used.add(id);
      out.push({ id });
    }
  }
  return out;
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

function fingerprint(cache: BankCache): string {
  return JSON.stringify([Object.keys(cache.entries).map((k) => [k, cache.entries[k]?.hash]), cache.files ?? {}]);
}

/**
 * Keep only the person's current files in their cache: each newly compiled bank written to a file
 * of its own, then the index; the bank files no entry names any more removed. A failed write only
 * costs speed (the bank is checked again next time).
 */
function saveUserCache(
  path: string,
  idsPath: string,
  bankDir: string,
  merged: BankCache,
  identities: NonNullable<BankCache['files']>,
  ownFiles: readonly string[],
  allFiles: readonly string[],
  before: string,
  /** The lean index was missing or behind: written even if the index is unchanged. */
  rewriteIds: boolean,
): void {
  const entries = Object.create(null) as BankCache['entries'];
  for (const file of ownFiles) {
    const entry = merged.entries[file];
    if (entry) entries[file] = { hash: entry.hash, summary: entry.summary };
  }
  // The identities of the files loaded now (built-in ones too), no others.
  const files = Object.create(null) as NonNullable<BankCache['files']>;
  for (const file of allFiles) {
    const identity = identities[file];
    if (identity) files[file] = identity;
  }
  const cache: BankCache = { version: merged.version, entries, files };
  // An entry holding its bank was compiled by this run: its file is written even if the index is unchanged.
  const compiled = ownFiles.some((file) => merged.entries[file]?.bank !== undefined);
  if (!compiled && !rewriteIds && fingerprint(cache) === before) return;
  try {
    mkdirSync(bankDir, { recursive: true, mode: 0o700 });
    const kept = new Set<string>();
    for (const file of ownFiles) {
      const entry = merged.entries[file];
      if (!entry) continue;
      for (const lang of [undefined, ...LANGS]) {
        const name = compiledBankName(entry.hash, lang);
        kept.add(name);
        // Compiled by this run: a file was missing or could not be read, so all are written anew.
        if (entry.bank) writeFileDurable(join(bankDir, name), JSON.stringify(lang ? inLanguage(entry.bank, lang) : entry.bank));
      }
    }
    writeFileDurable(path, JSON.stringify(cache));
    writeFileDurable(idsPath, JSON.stringify(idsIndexOf(cache)));
    for (const name of readdirSync(bankDir)) if (name.endsWith('.json') && !kept.has(name)) rmSync(join(bankDir, name), { force: true });
  } catch {
    /* the cache folder may be read-only */
  }
}
