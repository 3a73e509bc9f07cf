/**
 * A command is a declaration and an action. The declaration (one file per command in commands/)
 * names the command and declares its arguments and options, each with its default and help; the
 * types of what commander parses are inferred from it. The action (actions/) is what the command
 * does; it takes those parsed values and returns the exit code, and is loaded only when its
 * command runs, so that a quick command loads little. command-table.ts pairs the two.
 */
import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { Context } from './context.ts';
import type { HelpText } from './help-text.ts';

export interface Declaration<Args extends unknown[], Opts extends OptionValues> {
  readonly name: string;
  /** The command plain `cloudops-quiz` runs. */
  readonly isDefault?: boolean;
  /** Adds the description, arguments and options, in the language of `t`, to the command commander made. */
  readonly declare: (command: Command, t: HelpText) => Command<Args, Opts>;
}

/** What a command does with what was parsed; resolves to the exit code. */
export type Action<Args extends unknown[], Opts extends OptionValues> = (ctx: Context, options: Opts, ...args: Args) => Promise<number>;

// biome-ignore lint/suspicious/noExplicitAny: matches any declaration, whatever its arguments
export type OptionsOf<D> = D extends Declaration<any, infer Opts> ? Opts : never;

export function declareCommand<Args extends unknown[], Opts extends OptionValues>(declaration: Declaration<Args, Opts>): Declaration<Args, Opts> {
  return declaration;
}

/** The parser of a repeatable option: each use adds a value. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
