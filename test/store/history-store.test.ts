/**
 * A merge saved while a session saves: the plan is made from one read, and a session's answer
 * saved before the merge is written makes the merge plan again, so neither is lost.
 */
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { mergeIntoFolder, readHistory } from '../../src/store/history-store.ts';
import { mergeHistories } from '../../src/store/merge.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { answerId } from '../../src/store/score-types.ts';
import { tempDir } from '../helpers/cli.ts';
import { simulateStudy } from '../helpers/study-history.ts';

const questions = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, domain: 1 + (i % 5) }));

describe('mergeIntoFolder', () => {
  it('plans again when a session saved between its read and its write, keeping the session answer and its card', () => {
    const root = tempDir(onTestFinished);
    const [here, there] = [join(root, 'here'), join(root, 'there')];
    simulateStudy(here, { questions, start: '2026-04-06', days: 3, perDay: 6, seed: 1 });
    simulateStudy(there, { questions, start: '2026-04-06', hour: 20, days: 3, perDay: 6, seed: 2 });
    const now = new Date('2026-04-10T09:00:00Z');
    const incoming = readHistory(there, now);
    // A session in another terminal answers q0 just after the merge first reads the folder.
    const session = ScoreFile.open(here, now);
    const at = now.getTime();
    const card = createScheduler().next(session.data.cards['q0'], 'easy', now);
    let plans = 0;
    const { after } = mergeIntoFolder(here, now, (current) => {
      plans++;
      if (plans === 1)
        session.record([
          { k: 'answer', answer: { id: answerId(at, 'q0'), q: 'q0', at, given: [0], correct: true, rating: 'easy', mode: 'drill', ms: 1000 }, card },
        ]);
      return mergeHistories(current, incoming).history;
    });
    expect(plans).toBe(2);
    const saved = readHistory(here, now);
    expect(saved.answers.some((a) => a.id === answerId(at, 'q0'))).toBe(true);
    for (const a of incoming.answers) expect(saved.answers.some((b) => b.id === a.id)).toBe(true);
    // The session's answer is the newest to q0: the merge replayed it with the others.
    expect(saved.cards['q0']?.lastReview).toBe(at);
    expect(saved.cards).toEqual(after.cards);
  });
});
