/**
 * Saving during a session, so that nothing shown is ever lost: an answer is saved (journal
 * appended and fsynced) before its verdict is printed. A save that fails (full disk, read-only
 * folder, a lock held too long) does not end the session: the entries stay here, in memory, and
 * go out with the next save, in order; whatever is still unsaved when the session ends is retried
 * once more, then reported with the lines themselves so they can be appended by hand.
 */
import { QuizError } from '../errors.ts';
import type { ScoreFile } from '../store/score-file.ts';
import type { JournalEntry } from '../store/score-types.ts';

/** Failures a session survives; anything else (a bug, a damaged file) still ends it. */
function survivable(error: unknown): error is QuizError {
  return error instanceof QuizError && (error.code === 'STORE_WRITE' || error.code === 'STORE_LOCKED');
}

export class SaveQueue {
  private unsaved: JournalEntry[] = [];
  constructor(private readonly store: ScoreFile) {}

  /** Answers (not other entries) still waiting to be saved. */
  get unsavedAnswers(): number {
    return this.unsaved.filter((e) => e.k === 'answer').length;
  }

  /** Saves `entries` after any still unsaved; null when all are durable, else why not. */
  save(entries: readonly JournalEntry[]): QuizError | null {
    this.unsaved.push(...entries);
    return this.flush();
  }

  /** Tries the unsaved entries again. */
  flush(): QuizError | null {
    if (this.unsaved.length === 0) return null;
    try {
      this.store.record(this.unsaved);
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
        en: `${n} answer(s) of this session could not be saved (${cause.message}). Once the cause is fixed, append the ${this.unsaved.length} line(s) below to ${file} to keep them.`,
        ja: `このセッションの解答 ${n} 件を保存できませんでした (${cause.messageIn('ja')})。原因を解決したら、以下の ${this.unsaved.length} 行を ${file} の末尾に追加すると解答が残ります。`,
      },
      this.unsaved.map((e) => JSON.stringify(e)),
    );
  }
}
