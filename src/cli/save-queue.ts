/**
 * Saving during a session, so that nothing shown is ever lost: an answer is saved (journal
 * appended and fsynced) before its verdict is printed. A save that fails (full disk, read-only
 * folder, a lock held too long) does not end the session: the entries stay here, in memory, and
 * go out with the next save, in order; whatever is still unsaved when the session ends is retried
 * once more, then reported with the lines themselves so they can be appended by hand.
 */
import { QuizError } from '../errors.ts';
import { withUniqueIds } from '../store/answer-ids.ts';
import type { RecordOptions, ScoreFile } from '../store/score-file.ts';
import type { AnswerEntry, JournalEntry } from '../store/score-types.ts';
import { plural } from '../ui/plural.ts';

/** Failures a session survives; anything else (a bug, a damaged file) still ends it. */
function survivable(error: unknown): error is QuizError {
  return error instanceof QuizError && (error.code === 'STORE_WRITE' || error.code === 'STORE_LOCKED');
}

export class SaveQueue {
  private unsaved: JournalEntry[] = [];
  /** The id each answer was saved under (the store gives equal-time answers a sequence suffix). */
  private readonly savedIds = new WeakMap<JournalEntry, string>();
  constructor(private readonly store: ScoreFile) {}

  /** The id `entry` (an answer given to save) was saved under; its own id until saved. */
  savedId(entry: AnswerEntry): string {
    return this.savedIds.get(entry) ?? entry.answer.id;
  }

  /** Answers (not other entries) still waiting to be saved. */
  get unsavedAnswers(): number {
    return this.unsaved.filter((e) => e.k === 'answer').length;
  }

  /** Entries of any kind still waiting. */
  get unsavedEntries(): number {
    return this.unsaved.length;
  }

  /** Saves `entries` after any still unsaved; null when all are durable, else why not. */
  save(entries: readonly JournalEntry[], options?: RecordOptions): QuizError | null {
    this.unsaved.push(...entries);
    return this.flush(options);
  }

  /**
   * Saves the waiting entries, then `entries`, which are not kept on failure: for a result that
   * has another way back (a submitted exam stays unfinished and can be submitted again).
   */
  saveOrDrop(entries: readonly JournalEntry[], options?: RecordOptions): QuizError | null {
    const failure = this.flush(options);
    if (failure) return failure;
    try {
      this.store.record(entries, options);
    } catch (error) {
      if (survivable(error)) return error;
      throw error;
    }
    return null;
  }

  /** Tries the unsaved entries again. */
  flush(options?: RecordOptions): QuizError | null {
    if (this.unsaved.length === 0) return null;
    try {
      const saved = this.store.record(this.unsaved, options);
      this.unsaved.forEach((entry, i) => {
        const written = saved[i];
        if (entry.k === 'answer' && written?.k === 'answer') this.savedIds.set(entry, written.answer.id);
      });
    } catch (error) {
      if (survivable(error)) return error;
      throw error;
    }
    this.unsaved = [];
    return null;
  }

  /** The error that ends a session with entries unsaved: the cause, and the lines to append by hand. */
  lostError(cause: QuizError): QuizError {
    const n = this.unsavedAnswers;
    const file = this.store.journalPath;
    return new QuizError(
      cause.code,
      {
        en: `${plural(n, 'answer')} of this session could not be saved (${cause.message}). Once the cause is fixed, append the ${plural(this.unsaved.length, 'line')} below to ${file} to keep them.`,
        ja: `このセッションの解答 ${n} 件を保存できませんでした (${cause.messageIn('ja')})。原因を解決したら、以下の ${this.unsaved.length} 行を ${file} の末尾に追加すると解答が残ります。`,
      },
      // Ids made unique as a save would make them: two answers in one millisecond must stay two.
      withUniqueIds((at, q) => this.store.idsAt(at, q), this.unsaved).map((e) => JSON.stringify(e)),
    );
  }
}
