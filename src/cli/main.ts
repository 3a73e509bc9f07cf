/**
 * The process entry. `--version` is answered before anything is imported, because status lines
 * and shell prompts call it; every other command loads the full program.
 */
import { quickCommandName } from './quick-words.ts';
import { version } from './version.ts';

/**
 * Set by the build to the bundle of the commands answered without commander (quick-main.ts, built
 * apart so that they load a few files, not the whole program's many chunks); unset from source,
 * where run() answers them as it does in tests.
 */
declare const __CLOUDOPS_QUIZ_QUICK_BUNDLES__: Readonly<Record<'due' | 'stats', string>> | undefined;

// Output piped into `head` or a pager that quits (EPIPE), or a terminal that was closed (EIO):
// stop quietly, as Unix tools do. Answers are saved before they are shown, so nothing is lost.
let exitQuietly = () => process.exit(0);
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'EIO') exitQuietly();
    throw error;
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${version()}\n`);
} else {
  const quick = quickCommandName(argv);
  const quickBundle =
    typeof __CLOUDOPS_QUIZ_QUICK_BUNDLES__ === 'object' && quick ? __CLOUDOPS_QUIZ_QUICK_BUNDLES__[quick === 'stats --json' ? 'stats' : 'due'] : undefined;
  const [runArgv, { processIO, signalExitCode }] = await Promise.all([
    quickBundle
      ? (import(new URL(quickBundle, import.meta.url).href) as Promise<typeof import('./quick-due.ts')>).then((m) => m.runQuick)
      : import('./run.ts').then((m) => m.run),
    import('./io.ts'),
  ]);
  exitQuietly = () => process.exit(signalExitCode() ?? 0);
  const code = await runArgv(argv, processIO());
  // A session ended by SIGHUP or SIGTERM reports that signal, as a shell expects, rather than 130.
  process.exitCode = code === 130 ? (signalExitCode() ?? code) : code;
}
