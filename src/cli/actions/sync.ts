import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QuizError } from '../../errors.ts';
import type { History } from '../../store/history.ts';
import { loadLegacyCode } from '../../store/legacy-code.ts';
import { mergeIntoFolder, readHistory } from '../../store/history-store.ts';
import { changesBetween, mergeHistories } from '../../store/merge.ts';
import { ownCopyName, readCopies, type SyncCopy, withSyncLock, writeOwnCopy } from '../../store/sync-folder.ts';
import { messages } from '../../ui/messages.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import type { SyncOptions } from '../commands/sync.ts';
import type { Context } from '../context.ts';
import { changeSummary } from '../merge-summary.ts';

/**
 * `sync DIR`: merges every copy in the sync folder into this history, then writes this machine's
 * own copy there (store/sync-folder.ts says why each machine has its own). Every copy is read and
 * checked before anything changes; a backup is taken before the merge is saved. One sync at a
 * time per data folder, so a copy is never overwritten by an older one from the same folder.
 */
export async function syncCommand(ctx: Context, options: SyncOptions, dir: string): Promise<number> {
  const say = messages(ctx.lang);
  // The copies merged in may be of any version, whatever this folder's.
  await loadLegacyCode();
  const folder = resolve(ctx.io.cwd, dir);
  if (!isFolder(folder))
    throw new QuizError('USAGE', {
      en: `the sync folder ${folder} does not exist; create it inside the folder your sync tool carries (Syncthing, Dropbox, a git repository), then sync again`,
      ja: `同期フォルダー ${folder} がありません。同期ツール (Syncthing、Dropbox、git リポジトリなど) が同期するフォルダーの中に作成してから、もう一度同期してください`,
    });
  const ownCopy = join(folder, ownCopyName(ctx.dataDir));
  const shown = sanitizeLine(folder);
  if (options.dryRun) {
    const copies = readCopies(folder, ctx.now);
    const current = readHistory(ctx.dataDir, ctx.now);
    const changes = changesBetween(current, mergedWith(current, copies));
    ctx.out.print(say.syncDryRun(shown, copies.length));
    for (const line of changes.any ? say.changeLines(changeSummary(changes)) : [say.syncNothing]) ctx.out.print(line);
    ctx.out.print(say.copyWouldWrite(sanitizeLine(ownCopy)));
    return 0;
  }
  return withSyncLock(ctx.dataDir, () => {
    const copies = readCopies(folder, ctx.now);
    const { before, after, backup } = mergeIntoFolder(ctx.dataDir, ctx.now, (current) => mergedWith(current, copies));
    // Read again: sessions may have saved answers since, and the copy should carry them too.
    const wrote = writeOwnCopy(ownCopy, readHistory(ctx.dataDir, ctx.now), ctx.now);
    const changes = changesBetween(before, after);
    ctx.out.print(say.syncDone(shown, copies.length));
    for (const line of changes.any ? say.changeLines(changeSummary(changes)) : [say.syncNothing]) ctx.out.print(line);
    ctx.out.print(wrote ? say.copyWritten(sanitizeLine(ownCopy)) : say.copyCurrent(sanitizeLine(ownCopy)));
    if (backup) ctx.out.print(say.backupSaved(sanitizeLine(backup)));
    return 0;
  });
}

function mergedWith(current: History, copies: readonly SyncCopy[]): History {
  return copies.reduce((history, copy) => mergeHistories(history, copy.history).history, current);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
