/**
 * Commands answered without commander: `due` and `due --json`, which shell prompts and status lines
 * call every time they draw, and `stats --json`, what scripts read. Loading commander and declaring
 * every command with its help took about a fifth of `due`. Only these exact words are taken here;
 * anything else (another option, help, a typo) goes through commander as before, so that help and
 * errors are its own. What is run is what commander would run: the same action, on the options
 * commander gives when none are named (test/cli/quick-commands.test.ts compares the two, byte for
 * byte).
 */
import { loadLegacyCodeFor } from '../store/legacy-code.ts';
import { type Context, createContext, type GlobalOptions } from './context.ts';
import type { CliIO } from './io.ts';

/** What commander's program.opts() holds when no global option is given: --no-* options default to true. */
const NO_GLOBAL_OPTIONS: GlobalOptions = { builtin: true, color: true };

/** The command `argv` names, if it is one answered here; resolves to its exit code. */
export function quickCommand(argv: readonly string[]): ((io: CliIO) => Promise<number>) | undefined {
  const [name, ...rest] = argv;
  const json = rest.length === 1 && rest[0] === '--json';
  if (name === 'due' && (rest.length === 0 || json)) {
    const options = json ? { json: true as const } : {};
    return async (io) => {
      const { dueCommand } = await import('./actions/due.ts');
      return dueCommand(await contextFor(io), options);
    };
  }
  if (name === 'stats' && json) {
    return async (io) => {
      const { statsCommand } = await import('./actions/stats.ts');
      return statsCommand(await contextFor(io), { json: true });
    };
  }
  return undefined;
}

/** The context commander's path would give, with the code for an old score folder loaded if it is one (as program.ts does). */
async function contextFor(io: CliIO): Promise<Context> {
  const ctx = createContext(io, NO_GLOBAL_OPTIONS);
  await loadLegacyCodeFor(ctx.dataDir);
  return ctx;
}
