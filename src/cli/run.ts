/**
 * The entry point for tests and the binary alike: parse argv, run the command, and turn every
 * failure into a message and an exit code. This is the one place errors are handled.
 */
import { CommanderError } from 'commander';
import { isQuizError } from '../errors.ts';
import { sanitize, sanitizeLine } from '../ui/sanitize.ts';
import { requestedLang } from './context.ts';
import type { CliIO } from './io.ts';
import { createProgram } from './program.ts';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  // Chosen before commander parses anything: help and parse errors speak it too.
  const lang = requestedLang(argv, io.env);
  try {
    return await createProgram(io, lang).run(argv);
  } catch (error) {
    return handleError(error, io, lang);
  }
}

function handleError(error: unknown, io: CliIO, lang: 'en' | 'ja' = 'en'): number {
  if (error instanceof CommanderError) {
    // Commander has printed its own message (through the sanitizing writer in program.ts).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return error.exitCode === 0 ? 0 : 2;
  }
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
