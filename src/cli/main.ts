/**
 * The process entry. `--version` is answered before anything is imported, because status lines
 * and shell prompts call it; every other command loads the full program.
 */
import { version } from './version.ts';

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
  const [{ run }, { processIO, signalExitCode }] = await Promise.all([import('./run.ts'), import('./io.ts')]);
  exitQuietly = () => process.exit(signalExitCode() ?? 0);
  const code = await run(argv, processIO());
  // A session ended by SIGHUP or SIGTERM reports that signal, as a shell expects, rather than 130.
  process.exitCode = code === 130 ? (signalExitCode() ?? code) : code;
}
