/** The context of a command answered without commander (quick-commands.ts, quick-main.ts). */
import { loadLegacyCodeFor } from '../store/legacy-code.ts';
import { type Context, createContext, type GlobalOptions } from './context.ts';
import type { CliIO } from './io.ts';

/** What commander's program.opts() holds when no global option is given: --no-* options default to true. */
const NO_GLOBAL_OPTIONS: GlobalOptions = { builtin: true, color: true };

/** The context commander's path would give, with the code for an old score folder loaded if it is one (as program.ts does). */
export async function contextFor(io: CliIO): Promise<Context> {
  const ctx = createContext(io, NO_GLOBAL_OPTIONS);
  await loadLegacyCodeFor(ctx.dataDir);
  return ctx;
}
