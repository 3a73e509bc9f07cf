/**
 * The one place a failure becomes a message and an exit code, for the program (run.ts) and for
 * the commands the binary answers without it (quick-main.ts).
 */
import { isQuizError } from '../errors.ts';
import { sanitize, sanitizeLine } from '../ui/sanitize.ts';
import type { CliIO } from './io.ts';

export function handleError(error: unknown, io: CliIO, lang: 'en' | 'ja' = 'en'): number {
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
