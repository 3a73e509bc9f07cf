/**
 * Runs once before the suite:
 * - builds dist/: the end-to-end tests run the built binary, and the tests in process read the
 *   built-in banks compiled there, so `npx vitest` after editing src/ never tests an old build;
 * - bundles the helper scripts that tests start as child processes (lock and score-file
 *   concurrency) into plain JavaScript, so each child starts as fast as `node` does rather than
 *   compiling TypeScript first.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CHILD_SCRIPTS, childScriptDir } from './helpers/child-scripts.ts';

export default async function setup(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the build failed (exit ${built.status}):\n${built.stdout}${built.stderr}`);
  await build({
    entryPoints: CHILD_SCRIPTS.map((name) => join(root, 'test/helpers', `${name}.ts`)),
    outdir: childScriptDir(),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}
