/**
 * The process entry. `--version` is answered before anything is imported, because status lines
 * and shell prompts call it; every other command loads the full program.
 */
import { version } from './version.ts';

// Output piped into `head` or a pager that quits: stop quietly, as Unix tools do. Answers are
// saved as they are given, so nothing is lost.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(version() + '\n');
} else {
  const [{ run }, { processIO }] = await Promise.all([import('./run.ts'), import('./io.ts')]);
  process.exitCode = await run(argv, processIO());
}
