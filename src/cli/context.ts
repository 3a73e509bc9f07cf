/**
 * The global options, resolved once into what every command needs: language, folders, clock,
 * random seed and the two outputs.
 */
import { clockInRange, parseInstant } from '../engine/clock.ts';
import { QuizError } from '../errors.ts';
import type { Lang } from '../bank/types.ts';
import { colorWanted, createOutput, type Output } from '../ui/output.ts';
import type { CliIO } from './io.ts';
import { builtinBankDir, defaultDataDir } from './paths.ts';
import { resolve, delimiter } from 'node:path';

export interface GlobalOptions {
  dataDir?: string;
  bank?: string[];
  builtin?: boolean;
  lang?: string;
  seed?: string;
  color?: boolean;
  plain?: boolean;
}

export interface Context {
  readonly io: CliIO;
  readonly lang: Lang;
  readonly dataDir: string;
  /** Built-in bank folder first, then the person's own banks. */
  readonly bankPaths: readonly string[];
  readonly seed: number | undefined;
  readonly plain: boolean;
  /** The moment the command runs: CLOUDOPS_QUIZ_NOW when set, else the clock. */
  readonly now: Date;
  /** Reads the clock again (time taken per answer); fixed when CLOUDOPS_QUIZ_NOW is set. */
  readonly clock: () => Date;
  readonly out: Output;
  readonly err: Output;
}

/**
 * The language asked for before commander has parsed anything (for --help and for errors found
 * while parsing): `--lang` on the command line if given, else the locale.
 */
export function requestedLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'ja') return value;
  }
  return langFromEnv(env);
}

function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The clock every command reads: CLOUDOPS_QUIZ_NOW when set (a real date-time from 1970 to 9999),
 * else the system clock, refused when it reads outside those years rather than saving a time that
 * cannot be read back.
 */
function checkedClock(system: () => Date, fixedNow: string | undefined): () => Date {
  if (fixedNow) {
    const parsed = parseInstant(fixedNow);
    if (parsed === undefined) {
      throw new QuizError('USAGE', {
        en: `CLOUDOPS_QUIZ_NOW must be an ISO 8601 date-time of a real day from 1970 to 9999 (e.g. 2026-07-15T09:00:00Z), not "${fixedNow}"`,
        ja: `CLOUDOPS_QUIZ_NOW には 1970 年から 9999 年までの実在する日の ISO 8601 日時を指定してください (例: 2026-07-15T09:00:00Z)。"${fixedNow}" は使えません`,
      });
    }
    return () => new Date(parsed);
  }
  return () => {
    const now = system();
    if (!clockInRange(now.getTime())) {
      throw new QuizError('USAGE', {
        en: `the system clock reads ${Number.isNaN(now.getTime()) ? 'an invalid time' : now.toISOString()}; cloudops-quiz needs a date from 1970 to 9999 — set the clock right`,
        ja: `システム時計が ${Number.isNaN(now.getTime()) ? '不正な時刻' : now.toISOString()} を示しています。cloudops-quiz には 1970 年から 9999 年までの日付が必要です。時計を正しく設定してください`,
      });
    }
    return now;
  };
}

export function createContext(io: CliIO, options: GlobalOptions): Context {
  const { env } = io;
  let lang: Lang;
  if (options.lang === undefined) lang = langFromEnv(env);
  else if (options.lang === 'en' || options.lang === 'ja') lang = options.lang;
  else
    throw new QuizError('USAGE', {
      en: `--lang must be "en" or "ja", not "${options.lang}"`,
      ja: `--lang は "en" または "ja" です ("${options.lang}" は使えません)`,
    });

  let seed: number | undefined;
  if (options.seed !== undefined) {
    if (!/^\d{1,15}$/.test(options.seed))
      throw new QuizError('USAGE', {
        en: `--seed must be a whole number, not "${options.seed}"`,
        ja: `--seed には整数を指定してください ("${options.seed}" は使えません)`,
      });
    seed = Number(options.seed);
  }

  const clock = checkedClock(io.clock, env['CLOUDOPS_QUIZ_NOW']);

  const fromEnv = (env['CLOUDOPS_QUIZ_BANKS'] ?? '').split(delimiter).filter((p) => p.trim() !== '');
  const builtin = options.builtin === false ? [] : [builtinBankDir()];
  const bankPaths = [...builtin, ...fromEnv, ...(options.bank ?? [])].map((p) => resolve(io.cwd, p));
  const dataDir = resolve(io.cwd, options.dataDir ?? (env['CLOUDOPS_QUIZ_HOME'] || defaultDataDir(env)));
  const color = options.color !== false;

  return {
    io,
    lang,
    dataDir,
    bankPaths,
    seed,
    plain: options.plain === true,
    now: clock(),
    clock,
    out: createOutput(io.stdout, colorWanted(io.stdout, color, env), env),
    err: createOutput(io.stderr, colorWanted(io.stderr, color, env), env),
  };
}
