/**
 * The commander program: global options and one sub-command per file in commands/. Command
 * modules are imported only when their command runs, so a quick command loads little.
 */
import { Command, Option } from 'commander';
import { QuizError, type Bilingual } from '../errors.ts';
import { sanitize } from '../ui/sanitize.ts';
import { stringWidth, wrap } from '../ui/width.ts';
import type { Lang } from '../bank/types.ts';
import { createContext, type Context, type GlobalOptions } from './context.ts';
import { localizeCommanderError } from './commander-errors.ts';
import { helpText } from './help-text.ts';
import type { CliIO } from './io.ts';
import { version } from './version.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `unknown command "stast" (did you mean "stats"?)`: the nearest command within two edits. */
export function unknownCommand(word: string, commands: readonly string[]): Bilingual {
  // `cloudops-quiz --limit 5 due`: drill's options before a command make commander read it as
  // the drill with an extra word.
  if (commands.includes(word)) {
    return {
      en: `"${word}" came after options that belong to the drill; put a command's options after it: cloudops-quiz ${word} [options]`,
      ja: `"${word}" がドリル用のオプションの後にあります。コマンドのオプションはコマンドの後に置いてください: cloudops-quiz ${word} [options]`,
    };
  }
  const near = commands
    .map((name) => ({ name, distance: editDistance(word.toLowerCase(), name) }))
    .filter((c) => c.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return {
    en: `unknown command "${word}"${near ? ` (did you mean "${near.name}"?)` : ''}; see "cloudops-quiz --help"`,
    ja: `コマンド "${word}" はありません${near ? ` ("${near.name}" のことですか?)` : ''}。"cloudops-quiz --help" を参照してください`,
  };
}

/** Levenshtein distance, transpositions counted as one edit ("drlil" is one from "drill"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** `lang` is the language of help and of commander's parse errors (see context.ts requestedLang). */
export function buildProgram(io: CliIO, lang: Lang = 'en'): Command {
  const t = helpText(lang);
  const program = new Command('cloudops-quiz');
  program
    .description(t.program)
    .version(version(), '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.help)
    // Help wraps by display columns and between Japanese characters (commander counts UTF-16
    // units and breaks only at spaces). Set before the commands: they inherit it.
    .configureHelp({ displayWidth: (text: string) => stringWidth(text), boxWrap: (text: string, width: number) => wrap(text, width), minWidthToWrap: 10 })
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
      writeOut: (text) => void io.stdout.write(sanitize(text)),
      writeErr: (text) => void io.stderr.write(sanitize(text)),
      outputError: (text, write) => write(localizeCommanderError(text, lang)),
    });

  const context = (): Context => createContext(io, program.opts<GlobalOptions>());
  const setExit = (code: number) => program.setOptionValue('__exitCode', code);

  program
    .command('drill', { isDefault: true })
    .description(t.drill)
    .option('--limit <n>', t.drillLimit)
    .option('--new <n>', t.drillNew)
    .option('--module <m>', t.moduleFilter, collect)
    // Plain `cloudops-quiz` runs the drill, so a mistyped command arrives here as an extra word
    // (taken as excess arguments rather than a declared one, which help would show as "[command]").
    .allowExcessArguments()
    .action(async (options: import('./commands/drill.ts').DrillOptions, command: Command) => {
      const word = command.args[0];
      if (word !== undefined) throw new QuizError('USAGE', unknownCommand(word, program.commands.map((c) => c.name())));
      const { drillCommand } = await import('./commands/drill.ts');
      setExit(await drillCommand(context(), options));
    });

  program
    .command('quiz')
    .description(t.quiz)
    .argument('<module>', t.quizModule)
    .option('--count <n>', t.count, '10')
    .action(async (module: string, options: { count?: string }) => {
      const { quizCommand } = await import('./commands/quiz.ts');
      setExit(await quizCommand(context(), module, options));
    });

  program
    .command('review')
    .description(t.review)
    .option('--topics <k>', t.reviewTopics, '3')
    .option('--count <n>', t.count, '10')
    .action(async (options: { topics?: string; count?: string }) => {
      const { reviewCommand } = await import('./commands/review.ts');
      setExit(await reviewCommand(context(), options));
    });

  program
    .command('exam')
    .description(t.exam)
    .option('--count <n>', t.examCount)
    .option('--minutes <m>', t.examMinutes)
    .option('--resume [which]', t.examResume)
    .option('--new', t.examNew)
    .option('--history', t.examHistory)
    .option('--json', t.examJson)
    .action(async (options: import('./commands/exam.ts').ExamOptions) => {
      const { examCommand } = await import('./commands/exam.ts');
      setExit(await examCommand(context(), options));
    });

  program
    .command('readiness')
    .description(t.readiness)
    .option('--exam-date <date>', t.readinessDate)
    .option('--json', t.json)
    .action(async (options: { examDate?: string; json?: boolean }) => {
      const { readinessCommand } = await import('./commands/readiness.ts');
      await readinessCommand(context(), options);
    });

  program
    .command('cram')
    .description(t.cram)
    .option('--module <m>', t.moduleFilter, collect)
    .option('--topic <t>', t.cramTopic, collect)
    .option('--skill <key>', t.cramSkill, collect)
    .option('--count <n>', t.count, '10')
    .action(async (options: import('./commands/cram.ts').CramOptions) => {
      const { cramCommand } = await import('./commands/cram.ts');
      setExit(await cramCommand(context(), options));
    });

  program
    .command('stats')
    .description(t.stats)
    .option('--json', t.json)
    .action(async (options: { json?: boolean }) => {
      const { statsCommand } = await import('./commands/stats.ts');
      await statsCommand(context(), options);
    });

  program
    .command('due')
    .description(t.due)
    .option('--json', t.json)
    .action(async (options: { json?: boolean }) => {
      const { dueCommand } = await import('./commands/due.ts');
      await dueCommand(context(), options);
    });

  program
    .command('config')
    .description(t.config)
    .argument('[key]', t.configKey)
    .argument('[value]', t.configValue)
    .action(async (key: string | undefined, value: string | undefined) => {
      const { configCommand } = await import('./commands/config.ts');
      configCommand(context(), key, value);
    });

  program
    .command('suspend')
    .description(t.suspend)
    .argument('<ids...>', t.suspendIds)
    .action(async (ids: string[]) => {
      const { suspendCommand } = await import('./commands/suspend.ts');
      await suspendCommand(context(), ids, true);
    });

  program
    .command('unsuspend')
    .description(t.unsuspend)
    .argument('<ids...>', t.suspendIds)
    .action(async (ids: string[]) => {
      const { suspendCommand } = await import('./commands/suspend.ts');
      await suspendCommand(context(), ids, false);
    });

  program
    .command('validate')
    .description(t.validate)
    .argument('[paths...]', t.validatePaths)
    .option('--json', t.validateJson)
    .option('--cues', t.validateCues)
    .action(async (paths: string[], options: { json?: boolean; cues?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.ts');
      setExit(await validateCommand(context(), paths, options));
    });

  program
    .command('modules')
    .description(t.modules)
    .option('--json', t.json)
    .action(async (options: { json?: boolean }) => {
      const { modulesCommand } = await import('./commands/modules.ts');
      await modulesCommand(context(), options);
    });

  return program;
}
