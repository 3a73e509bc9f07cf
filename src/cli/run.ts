/**
 * The entry point for tests and the binary alike: parse argv, run the command, and turn every
 * failure into a message and an exit code (error-exit.ts, the one place errors are handled).
 */
import { requestedLang } from './context.ts';
import { handleError } from './error-exit.ts';
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
