/**
 * The binary's way into the commands answered without commander (quick-commands.ts): each built
 * as a bundle of its own (quick-due.ts, quick-stats.ts; scripts/build.mjs says why), running what
 * run() runs for the same words and handling a failure the same way (error-exit.ts).
 */
import type { Context } from './context.ts';
import { requestedLang } from './context.ts';
import { handleError } from './error-exit.ts';
import type { CliIO } from './io.ts';
import { contextFor } from './quick-context.ts';
import { type QuickCommandName, quickCommandName } from './quick-words.ts';

export type QuickRun = (argv: readonly string[], io: CliIO) => Promise<number>;

/** `answer` runs the command named (main.ts loads a bundle only for the words it answers). */
export function quickRun(answer: (ctx: Context, name: QuickCommandName) => Promise<number>): QuickRun {
  return async (argv, io) => {
    const lang = requestedLang(argv, io.env);
    try {
      const name = quickCommandName(argv);
      if (!name) throw new Error(`not a command answered without commander: ${argv.join(' ')}`);
      return await answer(await contextFor(io), name);
    } catch (error) {
      return handleError(error, io, lang);
    }
  };
}
