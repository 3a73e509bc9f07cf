/**
 * The entry point for tests and the binary alike: parse argv, run the command, and turn every
 * failure into a message and an exit code. This is the one place errors are handled.
 */
import { isQuizError } from '../errors.ts';
import { sanitize, sanitizeLine } from '../ui/sanitize.ts';
import { requestedLang } from './context.ts';
import type { CliIO } from './io.ts';
import { quickCommand } from './quick-commands.ts';

export interface RunOptions {
  /** false: every command through commander, even those answered without it (quick-commands.ts). */
  readonly quick?: boolean;
}

export async function run(argv: readonly string[], io: CliIO, options: RunOptions = {}): Promise<number> {
  // Chosen before commander parses anything: help and parse errors speak it too.
  const lang = requestedLang(argv, io.env);
  try {
    const quick = options.quick === false ? undefined : quickCommand(argv);
    if (quick) return await quick(io);
    // Commander and every command's declaration, loaded only for what is not answered without them.
    const { createProgram } = await import('./program.ts');
    return await createProgram(io, lang).run(argv);
  } catch (error) {
    return handleError(error, io, lang);
  }
}

function handleError(error: unknown, io: CliIO, lang: 'en' | 'ja' = 'en'): number {
  if (isQuizError(error)) {
    io.stderr.write(`cloudops-quiz: ${sanitizeLine(error.messageIn(lang))}\n`);
    for (const detail of error.details) io.stderr.write(`${sanitizeLine(detail)}\n`);
    return error.exitCode;
  }
  // A bug: say so, with enough to report it, but still only printable text.
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`cloudops-quiz: unexpected error (please report it):\n${sanitize(text)}\n`);
  return 70;
}
