/**
 * The commander program: global options and one sub-command per file in commands/. Command
 * modules are imported only when their command runs, so a quick command loads little.
 */
import { Command, Option } from 'commander';
import { sanitize } from '../ui/sanitize.ts';
import { createContext, type Context, type GlobalOptions } from './context.ts';
import type { CliIO } from './io.ts';
import { version } from './version.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(io: CliIO): Command {
  const program = new Command('cloudops-quiz');
  program
    .description('Exam prep in the terminal for AWS Certified CloudOps Engineer – Associate (SOA-C03)')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--data-dir <dir>', 'where your scores live (env CLOUDOPS_QUIZ_HOME; default: your data folder)')
    .option('--bank <path>', 'add a bank file or folder of your own (repeatable; env CLOUDOPS_QUIZ_BANKS)', collect)
    .addOption(new Option('--lang <lang>', 'language of questions and messages (default from LANG)').choices(['en', 'ja']))
    .option('--seed <n>', 'fix the order and the shuffling of choices')
    .option('--no-color', 'no colours (NO_COLOR is respected too)')
    .option('--plain', 'line mode: numbered lines and typed answers, for scripts and screen readers')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(sanitize(text)),
      writeErr: (text) => void io.stderr.write(sanitize(text)),
    });

  const context = (): Context => createContext(io, program.opts<GlobalOptions>());
  const setExit = (code: number) => program.setOptionValue('__exitCode', code);

  program
    .command('validate')
    .description('check question banks (the built-in ones, or the files and folders given)')
    .argument('[paths...]', 'bank files or folders')
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.ts');
      setExit(validateCommand(context(), paths, options));
    });

  program
    .command('modules')
    .description('list the 14 course modules with question counts')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { modulesCommand } = await import('./commands/modules.ts');
      modulesCommand(context(), options);
    });

  return program;
}
