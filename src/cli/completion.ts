/**
 * Shell completion through @bomb.sh/tab: `cloudops-quiz completion bash|zsh|fish` prints the
 * script a shell sources; the script calls `cloudops-quiz complete -- <words>` at each Tab, which
 * answers with the candidates: commands and options from the program itself (so they never drift
 * from it), module numbers and names, topic keys, exam-guide skills and question ids from the banks.
 *
 * tab prints with console.log; both entry points here catch that output for the program's own
 * stdout, so they also run in process (tests) with their own streams.
 */
import { format } from 'node:util';
import { RootCommand, script } from '@bomb.sh/tab';
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { MODULES, SKILLS } from '../bank/course.ts';
import { topicName } from '../bank/topic-names.ts';
import { QuizError } from '../errors.ts';
import { loadQuestionSummaries } from './banks.ts';
import type { Context } from './context.ts';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** Candidate values per kind of argument. */
interface Sources {
  readonly modules: readonly [value: string, description: string][];
  readonly topics: readonly [value: string, description: string][];
  readonly skills: readonly [value: string, description: string][];
  readonly ids: readonly string[];
  readonly settings: readonly string[];
}

/** Which arguments and options take which kind of value (by the name commander knows them by). */
const ARGUMENT_SOURCES: Readonly<Record<string, keyof Sources>> = { module: 'modules', id: 'ids', ids: 'ids', key: 'settings' };
const OPTION_SOURCES: Readonly<Record<string, keyof Sources>> = { module: 'modules', topic: 'topics', skill: 'skills' };

function captured(ctx: Context, run: () => void): void {
  const log = console.log;
  console.log = (...args: unknown[]) => void ctx.io.stdout.write(`${format(...args)}\n`);
  try {
    run();
  } finally {
    console.log = log;
  }
}

/**
 * The script for `shell`. The bash one calls `_get_comp_words_by_ref` from the bash-completion
 * package; where that is not installed, a small stand-in is defined first, so the script works
 * in a plain bash too.
 */
export function printCompletionScript(ctx: Context, shell: string): number {
  if (!(SHELLS as readonly string[]).includes(shell))
    throw new QuizError('USAGE', {
      en: `completion is for ${SHELLS.join(', ')}, not "${shell}"`,
      ja: `補完スクリプトは ${SHELLS.join('、')} 用です ("${shell}" は使えません)`,
    });
  if (shell === 'bash') ctx.io.stdout.write(BASH_FALLBACK);
  captured(ctx, () => script(shell, 'cloudops-quiz', 'cloudops-quiz'));
  return 0;
}

const BASH_FALLBACK = `# Without the bash-completion package: the words so far, as bash split them.
if ! declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
  _get_comp_words_by_ref() {
    cur=\${COMP_WORDS[COMP_CWORD]}
    prev=\${COMP_WORDS[COMP_CWORD-1]}
    words=("\${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  }
fi
`;

/** Answers one completion request: `words` as typed after the program's name, the last one being completed. */
export async function printCompletions(ctx: Context, program: CommandUnknownOpts, words: readonly string[]): Promise<number> {
  let sources: Sources;
  try {
    const questions = await loadQuestionSummaries(ctx);
    const topics = [...new Set(questions.flatMap((q) => q.topics))].sort();
    sources = {
      modules: MODULES.flatMap((m) => [[String(m.number), m.title[ctx.lang]] as [string, string], [m.slug, m.title[ctx.lang]] as [string, string]]),
      topics: topics.map((t) => [t, topicName(t, ctx.lang)]),
      skills: SKILLS.map((s) => [s.key, s.title[ctx.lang]]),
      ids: questions.map((q) => q.id),
      settings: ['retention', 'new-per-day', 'drill-limit', 'day-start', 'timing', 'exam-date'],
    };
  } catch {
    // A broken bank must not break the shell: complete what needs no bank.
    sources = { modules: [], topics: [], skills: [], ids: [], settings: [] };
  }
  const root = describe(program, sources);
  captured(ctx, () => root.parse([...words]));
  return 0;
}

function describe(program: CommandUnknownOpts, sources: Sources): RootCommand {
  const root = new RootCommand();
  // Global options (--lang, --bank…) count before and after a command's name.
  root.optionLookupMode = 'parent-first';
  const valuesOf = (kind: keyof Sources | undefined) =>
    kind === undefined
      ? undefined
      : (complete: (value: string, description: string) => void) => {
          for (const entry of sources[kind]) typeof entry === 'string' ? complete(entry, '') : complete(entry[0], entry[1]);
        };
  const addOptions = (target: { option: RootCommand['option'] }, command: CommandUnknownOpts) => {
    for (const option of command.options) {
      const name = option.long?.slice(2);
      if (!name || option.hidden) continue;
      const short = option.short?.slice(1);
      const takesValue = option.required || option.optional;
      const choices = option.argChoices;
      const handler = choices
        ? (complete: (value: string, description: string) => void) => {
            for (const choice of choices) complete(choice, '');
          }
        : (valuesOf(OPTION_SOURCES[name]) ?? (() => {}));
      if (takesValue) target.option(name, option.description, handler, short);
      else if (short) target.option(name, option.description, short);
      else target.option(name, option.description);
    }
  };
  addOptions(root, program);
  for (const command of program.commands) {
    if ((command as { _hidden?: boolean })._hidden) continue;
    const node = root.command(command.name(), command.description());
    addOptions(node, command);
    for (const argument of command.registeredArguments) {
      const choices = argument.argChoices;
      const handler = choices
        ? (complete: (value: string, description: string) => void) => {
            for (const choice of choices) complete(choice, '');
          }
        : valuesOf(ARGUMENT_SOURCES[argument.name()]);
      node.argument(argument.name(), handler, argument.variadic);
    }
  }
  return root;
}
