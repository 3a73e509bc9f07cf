import { resolve } from 'node:path';
import { loadLegacyCode } from '../../store/legacy-code.ts';
import { readHistorySource } from '../../store/history-source.ts';
import { mergeIntoFolder, readHistory } from '../../store/history-store.ts';
import { changesBetween, mergeHistories } from '../../store/merge.ts';
import { messages } from '../../ui/messages.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import type { ImportOptions } from '../commands/import.ts';
import type { Context } from '../context.ts';
import { changeSummary } from '../merge-summary.ts';

/**
 * `import FILE`: merges an export, another data folder or its score file into this history (see
 * store/merge.ts for the rules). The file is read and checked whole before anything is touched;
 * a backup is taken before the merge is saved; --dry-run says what would change.
 */
export async function importCommand(ctx: Context, options: ImportOptions, file: string): Promise<number> {
  const say = messages(ctx.lang);
  const path = resolve(ctx.io.cwd, file);
  const source = sanitizeLine(path);
  // The file or folders merged in may be of any version, whatever this folder's.
  await loadLegacyCode();
  const incoming = readHistorySource(path, ctx.now);
  if (options.dryRun) {
    const { changes } = mergeHistories(readHistory(ctx.dataDir, ctx.now), incoming);
    if (!changes.any) ctx.out.print(say.importNothing(source));
    else for (const line of [say.importDryRun(source), ...say.changeLines(changeSummary(changes))]) ctx.out.print(line);
    return 0;
  }
  const { before, after, backup } = mergeIntoFolder(ctx.dataDir, ctx.now, (current) => mergeHistories(current, incoming).history);
  const changes = changesBetween(before, after);
  if (backup === undefined || !changes.any) {
    ctx.out.print(say.importNothing(source));
    return 0;
  }
  for (const line of [say.importDone(source), ...say.changeLines(changeSummary(changes))]) ctx.out.print(line);
  ctx.out.print(say.backupSaved(sanitizeLine(backup)));
  return 0;
}
