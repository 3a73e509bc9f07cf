/**
 * The history's summary as of now: the cached one (history/summary.json) with what came after it
 * folded in. A cache that cannot be used (missing, damaged, of another version, counted with
 * another day start, or beyond the history there is) is counted again from the history files.
 */
import { join } from 'node:path';
import type { HistorySummary } from '../engine/history-summary.ts';
import { applyToExams, mergeSummary, reachBackOf, type ReachBack } from './fold.ts';
import { historyDir, readEntries, segmentPath } from './history-files.ts';
import { readRegularFile } from './read-regular.ts';
import { rebuildFromHistory } from './rebuild.ts';
import type { Folder, StretchEntry } from './score-read.ts';
import { SUMMARY_NAME } from './score-paths.ts';
import type { HistoryPosition } from './score-schema.ts';
import type { ExamAttempt } from './score-types.ts';
import { studyDayOf } from './study-days.ts';
import { readSummaryCache } from './summary-file.ts';

/** The history entries of `questions` up to history file `upTo` (a scan, cached by the caller). */
export type Scan = (upTo: number, questions: ReadonlySet<string>) => ReachBack;

interface Base {
  readonly summary: HistorySummary;
  readonly exams: readonly ExamAttempt[];
  readonly position: HistoryPosition;
}

function cachedBase(dir: string, folder: Folder, dayStart: number): Base | undefined {
  const { rebuilt } = folder;
  if (rebuilt && rebuilt.dayStart === dayStart) return rebuilt;
  let raw: unknown;
  try {
    raw = JSON.parse(readRegularFile(join(historyDir(dir), SUMMARY_NAME)).toString('utf8'));
  } catch {
    return undefined;
  }
  const cache = readSummaryCache(raw);
  if (!cache || cache.dayStart !== dayStart || cache.position.segments > folder.lastSegment) return undefined;
  return cache;
}

export function summaryOf(dir: string, folder: Folder, dayStart: number, scan: Scan, now: Date): { summary: HistorySummary; exams: ExamAttempt[] } {
  const base = cachedBase(dir, folder, dayStart) ?? rebuildFromHistory(dir, folder.lastSegment, now, dayStart);
  const from = base.position.segments;
  // History files between the summary's point and the state's, then the state's stretch after it.
  const stretch: StretchEntry[] = [];
  let ordinal = base.position.answers;
  for (let n = from + 1; n <= folder.base.position.segments; n++) {
    readEntries(segmentPath(dir, n), dir, (entry) => {
      stretch.push({ entry, ordinal: entry.k === 'answer' ? ordinal++ : -1, file: n });
    });
  }
  for (const e of folder.stretch) if (e.file === 0 || e.file > from) stretch.push(e);
  const summary = mergeSummary(base.summary, stretch, scan(from, reachBackOf(stretch)), studyDayOf(dayStart));
  const exams = [...base.exams];
  for (const { entry } of stretch) applyToExams(exams, entry);
  return { summary, exams };
}
