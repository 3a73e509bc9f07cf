/**
 * What a damaged score file's message advises, per file: followed to the letter, each keeps every
 * answer it can (test/store/recovery.test.ts follows them). A backup is a copy of scores.json: it
 * replaces scores.json, never the journal or a history file, whose lines are kept or dropped one
 * by one. scores.json itself is what the history adds up to: copied from a backup or moved aside,
 * it is brought up to date from the history and the journal, so no answer is lost either way.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QuizError } from '../errors.ts';
import { NotRegularFileError } from './read-regular.ts';
import { HISTORY_DIR, JOURNAL_NAME, SNAPSHOT_NAME } from './score-paths.ts';

export function listBackups(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => /^scores-\d{4}-\d{2}-\d{2}\.json$/.test(n))
      .sort();
  } catch {
    return [];
  }
}

/** How to recover from a damaged file: the advice differs for the snapshot and the journal. */
export function damaged(file: string, reason: string, dir: string, line?: number): QuizError {
  const backupDir = join(dir, 'backups');
  const backups = listBackups(backupDir);
  const newest = backups[backups.length - 1];
  const snapshot = join(dir, SNAPSHOT_NAME);
  const journal = join(dir, JOURNAL_NAME);
  const history = join(dir, HISTORY_DIR);
  const inHistory = dirname(file) === history;
  let en: string;
  let ja: string;
  if (file === journal && line !== undefined) {
    en = `To recover, delete line ${line} from ${journal} (every other line is kept); a backup does not replace the journal.`;
    ja = `復旧するには、${journal} の ${line} 行目を削除してください (ほかの行はそのまま残ります)。バックアップは journal の代わりになりません。`;
  } else if (inHistory && line !== undefined) {
    en = `To recover, delete line ${line} from ${file} (every other line is kept, and the history files are never rewritten); a backup does not replace a history file.`;
    ja = `復旧するには、${file} の ${line} 行目を削除してください (ほかの行はそのまま残ります。履歴ファイルは書き換えられません)。バックアップは履歴ファイルの代わりになりません。`;
  } else if (inHistory) {
    en = `To recover, move ${file} out of ${history} (its answers are lost; every other file is kept).`;
    ja = `復旧するには、${file} を ${history} の外に移動してください (このファイルの解答は失われ、ほかのファイルはそのまま残ります)。`;
  } else if (file === journal) {
    en = `To recover, move ${journal} aside (rename it): the answers saved since the last checkpoint are in it, the rest in ${snapshot}.`;
    ja = `復旧するには、${journal} を別の名前に変更してください。最後のチェックポイント以降の解答はこのファイルに、それ以前の解答は ${snapshot} にあります。`;
  } else if (newest) {
    en = `To recover, copy ${join(backupDir, newest)} over ${snapshot}; the answers in ${journal} are kept and added on top of it, as are those in ${history} since that backup.`;
    ja = `復旧するには、${join(backupDir, newest)} を ${snapshot} に上書きコピーしてください。${journal} の解答はそのまま残り、その上に追加されます (そのバックアップ以降の ${history} の解答も同じです)。`;
  } else {
    en = `No backup exists yet. To rebuild it from the answers in ${history} and ${journal}, move ${snapshot} aside (rename it).`;
    ja = `バックアップはまだありません。${history} と ${journal} の解答から作り直すには、${snapshot} を別の名前に変更してください。`;
  }
  // The reason stays in English in both: it quotes the parser and the file's own field names.
  return new QuizError('STORE_CORRUPT', {
    en: `${file} ${reason}; it was left untouched. ${en}`,
    ja: `${file} を読み込めません (${reason})。ファイルは変更していません。${ja}`,
  });
}

export function unreadable(file: string, error: unknown, dir: string): QuizError {
  if (error instanceof NotRegularFileError) return damaged(file, `is ${error.kind}, not a regular file`, dir);
  return damaged(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, dir);
}
