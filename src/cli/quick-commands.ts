/**
 * Commands answered without commander: `due` and `due --json`, which shell prompts and status lines
 * call every time they draw, and `stats --json`, what scripts read. Loading commander and declaring
 * every command with its help took about a fifth of `due`. Only these exact words are taken here;
 * anything else (another option, help, a typo) goes through commander as before, so that help and
 * errors are its own. What is run is what commander would run: the same action, on the options
 * commander gives when none are named (test/cli/quick-commands.test.ts compares the two, byte for
 * byte).
 */
import type { CliIO } from './io.ts';
import { contextFor } from './quick-context.ts';
import { quickCommandName } from './quick-words.ts';

/** The command `argv` names, if it is one answered here; resolves to its exit code. */
export function quickCommand(argv: readonly string[]): ((io: CliIO) => Promise<number>) | undefined {
  const name = quickCommandName(argv);
  if (name === 'due' || name === 'due --json') {
    const options = name === 'due --json' ? { json: true as const } : {};
    return async (io) => {
      const { dueCommand } = await import('./actions/due.ts');
      return dueCommand(await contextFor(io), options);
    };
  }
  if (name === 'stats --json') {
    return async (io) => {
      const { statsCommand } = await import('./actions/stats.ts');
      return statsCommand(await contextFor(io), { json: true });
    };
  }
  return undefined;
}
