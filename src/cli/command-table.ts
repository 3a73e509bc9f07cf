/**
 * Every command, in the order `--help` lists them: its declaration (commands/) and how to load its
 * action (actions/). The compiler checks that each action takes what its declaration parses.
 */
import type { Command, CommandUnknownOpts, OptionValues } from '@commander-js/extra-typings';
import type { Action, Declaration } from './command.ts';
import { config } from './commands/config.ts';
import { cram } from './commands/cram.ts';
import { drill } from './commands/drill.ts';
import { due } from './commands/due.ts';
import { exam } from './commands/exam.ts';
import { exportHistory } from './commands/export.ts';
import { importHistory } from './commands/import.ts';
import { modules } from './commands/modules.ts';
import { optimize } from './commands/optimize.ts';
import { quiz } from './commands/quiz.ts';
import { readiness } from './commands/readiness.ts';
import { report } from './commands/report.ts';
import { review } from './commands/review.ts';
import { search } from './commands/search.ts';
import { show } from './commands/show.ts';
import { stats } from './commands/stats.ts';
import { suspend } from './commands/suspend.ts';
import { sync } from './commands/sync.ts';
import { topics } from './commands/topics.ts';
import { unsuspend } from './commands/unsuspend.ts';
import { validate } from './commands/validate.ts';
import type { Context } from './context.ts';
import type { HelpText } from './help-text.ts';

export interface CommandEntry {
  readonly name: string;
  readonly isDefault: boolean;
  /** Declares the command on what commander made for it; `run` runs its action on what was parsed. */
  attach(command: Command, t: HelpText): { readonly command: CommandUnknownOpts; readonly run: (ctx: Context) => Promise<number> };
}

function entry<Args extends unknown[], Opts extends OptionValues>(declaration: Declaration<Args, Opts>, load: () => Promise<Action<Args, Opts>>): CommandEntry {
  return {
    name: declaration.name,
    isDefault: declaration.isDefault === true,
    attach(command, t) {
      const declared = declaration.declare(command, t);
      return { command: declared, run: async (ctx) => (await load())(ctx, declared.opts(), ...declared.processedArgs) };
    },
  };
}

export const COMMANDS: readonly CommandEntry[] = [
  entry(drill, async () => (await import('./actions/drill.ts')).drillCommand),
  entry(quiz, async () => (await import('./actions/quiz.ts')).quizCommand),
  entry(review, async () => (await import('./actions/review.ts')).reviewCommand),
  entry(exam, async () => (await import('./actions/exam.ts')).examCommand),
  entry(readiness, async () => (await import('./actions/readiness.ts')).readinessCommand),
  entry(cram, async () => (await import('./actions/cram.ts')).cramCommand),
  entry(stats, async () => (await import('./actions/stats.ts')).statsCommand),
  entry(report, async () => (await import('./actions/report.ts')).reportCommand),
  entry(due, async () => (await import('./actions/due.ts')).dueCommand),
  entry(exportHistory, async () => (await import('./actions/export.ts')).exportCommand),
  entry(importHistory, async () => (await import('./actions/import.ts')).importCommand),
  entry(sync, async () => (await import('./actions/sync.ts')).syncCommand),
  entry(config, async () => (await import('./actions/config.ts')).configCommand),
  entry(optimize, async () => (await import('./actions/optimize.ts')).optimizeCommand),
  entry(suspend, async () => (await import('./actions/suspend.ts')).suspendCommand),
  entry(unsuspend, async () => (await import('./actions/suspend.ts')).unsuspendCommand),
  entry(validate, async () => (await import('./actions/validate.ts')).validateCommand),
  entry(modules, async () => (await import('./actions/modules.ts')).modulesCommand),
  entry(topics, async () => (await import('./actions/topics.ts')).topicsCommand),
  entry(show, async () => (await import('./actions/show.ts')).showCommand),
  entry(search, async () => (await import('./actions/search.ts')).searchCommand),
];
