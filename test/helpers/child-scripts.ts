/**
 * Helper scripts that tests run as child processes, bundled by the global setup (see
 * global-setup.ts); outside the suite they run with tsx: `node --import tsx test/helpers/<name>.ts`.
 */
import { join } from 'node:path';

export const CHILD_SCRIPTS = ['lock-counter', 'lock-holder', 'paused-checkpoint', 'score-writer'] as const;

export function childScriptDir(): string {
  return join(import.meta.dirname, '../../.work/test-helpers');
}

/** The path of a bundled helper script, to give `node`. */
export function childScript(name: (typeof CHILD_SCRIPTS)[number]): string {
  return join(childScriptDir(), `${name}.mjs`);
}
