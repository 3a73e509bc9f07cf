/**
 * The commander program: the global options, then every command of the table (command-table.ts).
 * Help and commander's own errors speak the session's language and reach the terminal sanitized.
 */
import { Argument, Command, CommanderError, type CommandUnknownOpts, Help, Option } from '@commander-js/extra-typings';
import type { Lang } from '../bank/types.ts';
import { QuizError } from '../errors.ts';
import { loadLegacyCodeFor } from '../store/legacy-code.ts';
import { terminalColumns } from '../ui/output.ts';
import { sanitize } from '../ui/sanitize.ts';
import { collect } from './command.ts';
import { COMMANDS } from './command-table.ts';
import { localizeCommanderError } from './commander-errors.ts';
import { createContext } from './context.ts';
import { type HelpText, helpText } from './help-text.ts';
import type { CliIO } from './io.ts';
import { unknownCommand } from './unknown-command.ts';
import { version } from './version.ts';

/**
 * Display widths for help, loaded only when the words asked for may print it: the Unicode tables
 * behind them cost more to load than a quick command may take. Without them (help printed on an
 * error, say) commander's own counting is used.
 */
let widths: typeof import('../ui/width.ts') | undefined;
const HELP_WORDS = new Set(['-h', '--help', 'help']);

export interface Program {
  /** Parses `argv` and runs the command it names; resolves to the command's exit code. */
  run(argv: readonly string[]): Promise<number>;
}

/** `lang` is the language of help and of commander's parse errors (see context.ts requestedLang). */
export function createProgram(io: CliIO, lang: Lang = 'en'): Program {
  const t = helpText(lang);
  const program = declareGlobals(new Command('cloudops-quiz'), t, io, lang);
  let exitCode = 0;
  for (const entry of COMMANDS) {
    // Made by the program (not added ready-made), so each command inherits its help and output settings.
    const { command, run } = entry.attach(program.command(entry.name, { isDefault: entry.isDefault }), t);
    command.action(async () => {
      if (entry.isDefault) refuseStrayWord(command, program);
      const ctx = createContext(io, program.opts());
      await loadLegacyCodeFor(ctx.dataDir);
      exitCode = await run(ctx);
    });
  }
  declareCompletion(program, t, io, (code) => {
    exitCode = code;
  });
  return {
    async run(argv) {
      if (argv.some((word) => HELP_WORDS.has(word))) widths ??= await import('../ui/width.ts');
      try {
        await program.parseAsync([...argv], { from: 'user' });
      } catch (error) {
        if (error instanceof CommanderError) return commanderExitCode(error);
        throw error;
      }
      return exitCode;
    },
  };
}

/** Commander has printed its own message (through the sanitizing writer below): help and --version are not failures. */
function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
  return error.exitCode === 0 ? 0 : 2;
}

function declareGlobals(program: Command, t: HelpText, io: CliIO, lang: Lang) {
  return (
    program
      .description(t.program)
      .version(version(), '-V, --version', t.version)
      .helpOption('-h, --help', t.help)
      .helpCommand('help [command]', t.help)
      // Help wraps by display columns and between Japanese characters (commander counts UTF-16
      // units and breaks only at spaces). Set before the commands: they inherit it.
      .configureHelp({
        displayWidth(this: Help, text: string) {
          return widths ? widths.stringWidth(text) : Help.prototype.displayWidth.call(this, text);
        },
        boxWrap(this: Help, text: string, width: number) {
          return widths ? widths.wrap(text, width) : Help.prototype.boxWrap.call(this, text, width);
        },
        minWidthToWrap: 10,
      })
      .option('--data-dir <dir>', t.dataDir)
      .option('--bank <path>', t.bank, collect)
      .option('--no-builtin', t.noBuiltin)
      .addOption(new Option('--lang <lang>', t.lang).choices(['en', 'ja']))
      .option('--seed <n>', t.seed)
      .option('--no-color', t.noColor)
      .option('--plain', t.plain)
      .showSuggestionAfterError(true)
      .exitOverride()
      .configureOutput({
        writeOut: (text) => void io.stdout.write(fitLines(sanitize(text), terminalColumns(io.stdout, io.env))),
        writeErr: (text) => void io.stderr.write(sanitize(text)),
        outputError: (text, write) => write(localizeCommanderError(text, lang)),
        // The terminal's width, or COLUMNS when not a terminal (commander reads only process.stdout's).
        getOutHelpWidth: () => terminalColumns(io.stdout, io.env),
        getErrHelpWidth: () => terminalColumns(io.stderr, io.env),
      })
  );
}

/**
 * Plain `cloudops-quiz` runs the default command, so a mistyped command reaches it as an extra
 * word: answered as an unknown command, with the nearest name.
 */
function refuseStrayWord(command: CommandUnknownOpts, program: CommandUnknownOpts): void {
  const word = command.args[command.registeredArguments.length];
  if (word !== undefined)
    throw new QuizError(
      'USAGE',
      unknownCommand(
        word,
        program.commands.map((c) => c.name()),
      ),
    );
}

/**
 * `completion <shell>` prints the script a shell sources; the hidden `complete -- <words>` is what
 * that script calls at each Tab. Declared here rather than in the command table because answering
 * needs the program itself: the commands and options it offers are read from it.
 */
function declareCompletion(program: CommandUnknownOpts, t: HelpText, io: CliIO, done: (code: number) => void): void {
  program
    .command('completion')
    .description(t.completion)
    .addArgument(new Argument('<shell>', t.completionShell).choices(['bash', 'zsh', 'fish']))
    .action(async (shell: string) => {
      const { printCompletionScript } = await import('./completion.ts');
      done(printCompletionScript(createContext(io, program.opts()), shell));
    });
  program
    .command('complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const { printCompletions } = await import('./completion.ts');
      done(await printCompletions(createContext(io, program.opts()), program, words));
    });
}

/**
 * Help as commander lays it out wraps its descriptions (configureHelp above) but not the usage
 * line: any line still wider than the terminal is wrapped here, continuing under its own indent.
 */
function fitLines(text: string, width: number): string {
  if (!widths) return text;
  const { hanging, stringWidth } = widths;
  return text
    .split('\n')
    .map((line) => (stringWidth(line) <= width ? line : hanging('', line, width, (/^ */.exec(line)?.[0].length ?? 0) + 2)))
    .join('\n');
}
