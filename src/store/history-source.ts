/**
 * Reading a history to merge in: an export file, another data folder, or another folder's score
 * file. What is not one of these, or is damaged, or comes from a newer version, is refused with
 * one line naming the file and what is wrong, before anything is changed.
 */
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { QuizError } from '../errors.ts';
import { EXPORT_VERSION, ExportShapeError, fromExport, looksLikeExport } from './export-format.ts';
import type { History } from './history.ts';
import { holdsScores, readHistory } from './history-store.ts';
import { readRegularFile } from './read-regular.ts';
import { SNAPSHOT_NAME } from './score-paths.ts';

/** An export of a year of heavy study is ~15 MB; anything far larger is not one. */
const MAX_BYTES = 512 * 1024 * 1024;

const invalid = (en: string, ja: string) => new QuizError('IMPORT_INVALID', { en, ja });

export function readHistorySource(path: string, now: Date): History {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw invalid(`${path} does not exist`, `${path} がありません`);
    throw invalid(`${path} cannot be read (${code ?? 'error'})`, `${path} を読み込めません (${code ?? 'error'})`);
  }
  if (isFolder) {
    if (!holdsScores(path))
      throw invalid(
        `${path} is a folder without a cloudops-quiz score file (${SNAPSHOT_NAME}); give an export file or a data folder`,
        `${path} は cloudops-quiz の成績ファイル (${SNAPSHOT_NAME}) のないフォルダーです。エクスポートしたファイルかデータフォルダーを指定してください`,
      );
    return readHistory(path, now);
  }
  const raw = parseJson(path);
  if (looksLikeExport(raw)) {
    if (raw.version !== EXPORT_VERSION) {
      const newer = typeof raw.version === 'number' && raw.version > EXPORT_VERSION;
      throw newer
        ? invalid(
            `${path} was exported by a newer cloudops-quiz (export version ${raw.version}; this one reads ${EXPORT_VERSION}); upgrade cloudops-quiz to import it`,
            `${path} は新しい cloudops-quiz でエクスポートされています (エクスポート形式 ${raw.version}。このバージョンが読めるのは ${EXPORT_VERSION})。読み込むには cloudops-quiz を更新してください`,
          )
        : invalid(
            `${path} has an unknown export version (${String(raw.version)})`,
            `${path} のエクスポート形式のバージョン (${String(raw.version)}) が不明です`,
          );
    }
    try {
      return fromExport(raw);
    } catch (error) {
      if (!(error instanceof ExportShapeError)) throw error;
      throw invalid(`${path} is not a valid export: ${error.message}`, `${path} はエクスポートとして正しくありません: ${error.message}`);
    }
  }
  if (typeof raw === 'object' && raw !== null && 'schemaVersion' in raw) {
    // Another data folder's score file: read with the rest of its folder (its journal), as that
    // folder's own sessions would. A copy of one elsewhere may lack what its folder held.
    if (basename(path) === SNAPSHOT_NAME) return readHistory(dirname(path), now);
    throw invalid(
      `${path} is a score file away from its data folder; import the data folder itself, or an export made there ("cloudops-quiz export FILE")`,
      `${path} はデータフォルダーから離れた成績ファイルです。データフォルダーそのものか、そこで作成したエクスポート ("cloudops-quiz export FILE") を読み込んでください`,
    );
  }
  throw invalid(
    `${path} is not a cloudops-quiz export or score file (make one with "cloudops-quiz export FILE")`,
    `${path} は cloudops-quiz のエクスポートでも成績ファイルでもありません ("cloudops-quiz export FILE" で作成できます)`,
  );
}

function parseJson(path: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, MAX_BYTES);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EFBIG' ? `larger than ${MAX_BYTES / 1024 / 1024} MB` : (error as Error).message;
    throw invalid(`${path} cannot be read: ${why}`, `${path} を読み込めません: ${why}`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/^time,question,/.test(text))
    throw invalid(
      `${path} is a CSV export, which leaves out cards and settings; import the JSON export ("cloudops-quiz export FILE.json")`,
      `${path} は CSV のエクスポートです (カードと設定を含みません)。JSON のエクスポート ("cloudops-quiz export FILE.json") を読み込んでください`,
    );
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message.split('\n', 1)[0] ?? '';
    throw invalid(`${path} is not JSON (${why})`, `${path} は JSON ではありません (${why})`);
  }
}
