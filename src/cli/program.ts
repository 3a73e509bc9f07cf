/**
 * The commander program: global options and one sub-command per file in commands/. Command
 * modules are imported only when their command runs, so a quick command loads little.
 */
import { Command, Option } from 'commander';
import { QuizError } from '../errors.ts';
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
    .option('--no-builtin', 'leave out the built-in banks (use only your own)')
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
    .command('drill', { isDefault: true })
    .description('the daily drill: questions due today, then new ones (what plain "cloudops-quiz" runs)')
    .option('--limit <n>', 'at most this many questions', '30')
    .option('--new <n>', 'new questions this time (default: what is left of the daily limit)')
    .option('--module <m>', 'only this module (number or name; repeatable)', collect)
    // Plain `cloudops-quiz` runs the drill, so a mistyped command arrives here as a word.
    .argument('[command]')
    .action(async (word: string | undefined, options: import('./commands/drill.ts').DrillOptions) => {
      if (word !== undefined) throw new QuizError('USAGE', `unknown command "${word}"; see "cloudops-quiz --help"`);
      const { drillCommand } = await import('./commands/drill.ts');
      setExit(await drillCommand(context(), options));
    });

  program
    .command('quiz')
    .description('quiz one course module, right after studying it')
    .argument('<module>', 'module number (2 or 02) or name (access-management)')
    .option('--count <n>', 'how many questions', '10')
    .action(async (module: string, options: { count?: string }) => {
      const { quizCommand } = await import('./commands/quiz.ts');
      setExit(await quizCommand(context(), module, options));
    });

  program
    .command('review')
    .description('find your weakest topics from your history and drill them')
    .option('--topics <k>', 'how many of the weakest topics', '3')
    .option('--count <n>', 'how many questions', '10')
    .action(async (options: { topics?: string; count?: string }) => {
      const { reviewCommand } = await import('./commands/review.ts');
      setExit(await reviewCommand(context(), options));
    });

  program
    .command('exam')
    .description('a mock SOA-C03 exam: 65 questions by the domain weights in 130 minutes, no feedback until you submit')
    .option('--count <n>', 'how many questions (default 65); the time scales with it, 2 minutes a question')
    .option('--minutes <m>', 'the time allowed, in minutes')
    .option('--resume', 'continue the unfinished exam with the time it had left')
    .option('--new', 'start a new exam, discarding an unfinished one')
    .option('--history', 'list your past exams: scores and domain results')
    .option('--json', 'with --history: print as JSON')
    .action(async (options: import('./commands/exam.ts').ExamOptions) => {
      const { examCommand } = await import('./commands/exam.ts');
      setExit(await examCommand(context(), options));
    });

  program
    .command('readiness')
    .description('would you pass on exam day? predicted recall by module and domain, an estimated score, what is at risk, reviews a day')
    .option('--exam-date <date>', 'your exam date, YYYY-MM-DD (saved, so once is enough)')
    .option('--json', 'print as JSON')
    .action(async (options: { examDate?: string; json?: boolean }) => {
      const { readinessCommand } = await import('./commands/readiness.ts');
      await readinessCommand(context(), options);
    });

  program
    .command('cram')
    .description('practice anything, due or not, without changing your schedule (the week before the exam)')
    .option('--module <m>', 'only this module (number or name; repeatable)', collect)
    .option('--topic <t>', 'only questions on this topic (repeatable)', collect)
    .option('--count <n>', 'how many questions', '10')
    .action(async (options: import('./commands/cram.ts').CramOptions) => {
      const { cramCommand } = await import('./commands/cram.ts');
      setExit(await cramCommand(context(), options));
    });

  program
    .command('stats')
    .description('your progress per module and domain, streak, weakest topics, due forecast')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { statsCommand } = await import('./commands/stats.ts');
      await statsCommand(context(), options);
    });

  program
    .command('due')
    .description('how many questions are due now and today (fast, for shell prompts)')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { dueCommand } = await import('./commands/due.ts');
      await dueCommand(context(), options);
    });

  program
    .command('config')
    .description('show or change a setting: retention (0.70-0.99, default 0.9), new-per-day (default 20), exam-date')
    .argument('[key]', 'retention | new-per-day | exam-date')
    .argument('[value]', 'the new value')
    .action(async (key: string | undefined, value: string | undefined) => {
      const { configCommand } = await import('./commands/config.ts');
      configCommand(context(), key, value);
    });

  program
    .command('validate')
    .description('check question banks (the built-in ones, or the files and folders given)')
    .argument('[paths...]', 'bank files or folders')
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.ts');
      setExit(await validateCommand(context(), paths, options));
    });

  program
    .command('modules')
    .description('list the 14 course modules with question counts')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { modulesCommand } = await import('./commands/modules.ts');
      await modulesCommand(context(), options);
    });

  return program;
}
