/**
 * Which command, if any, `argv` names among those answered without commander (quick-commands.ts):
 * only these exact words. Apart, and importing nothing, so that the binary's entry (main.ts) can
 * tell before loading anything which of its two bundles to load.
 */
export type QuickCommandName = 'due' | 'due --json' | 'stats --json';

export function quickCommandName(argv: readonly string[]): QuickCommandName | undefined {
  const [name, ...rest] = argv;
  const json = rest.length === 1 && rest[0] === '--json';
  if (name === 'due' && rest.length === 0) return 'due';
  if (name === 'due' && json) return 'due --json';
  if (name === 'stats' && json) return 'stats --json';
  return undefined;
}
