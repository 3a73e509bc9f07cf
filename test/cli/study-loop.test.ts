/**
 * The study loop end to end in line mode (issue "Study sessions that teach"): relearning in the
 * session, when answers come back, the schedule shown after every answer, undo, suspend, leeches,
 * limits that speak, and the study day's start.
 */
import { cpSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CardState } from '../../src/srs/card.ts';
import { ScoreFile } from '../../src/store/score-file.ts';
import { savedScores } from '../helpers/score-folders.ts';
import type { JournalEntry } from '../../src/store/score-types.ts';
import { converseExam } from '../helpers/exam-conversation.ts';
import { converse, type ShownQuestion } from '../helpers/conversation.ts';
import { right, wrong } from '../helpers/fixture-answers.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

const NOW = '2026-06-01T09:00:00Z';
const NEXT_DAY = '2026-06-02T09:00:00Z';
const banks = ['--no-builtin', '--bank', SAMPLE_BANKS, '--seed', '7'];
const DAY = 86_400_000;

function setup(now = NOW): { home: string; env: Record<string, string> } {
  const home = tempDir(onTestFinished);
  return { home, env: { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: now } };
}
const scores = (home: string) => savedScores(home, new Date(NOW));
const at = (home: string, now: string) => ({ CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_NOW: now });
/** Wrong the first time each question is asked in the session, right afterwards. */
function wrongThenRight(): (q: ShownQuestion) => string {
  const asked = new Set<string>();
  return (q) => {
    const first = !asked.has(q.id);
    asked.add(q.id);
    return first ? wrong(q) : right(q);
  };
}
/** The ids a `drill --new 0` asks at `now`, sorted; run on a copy of the data, which stays as it was. */
async function dueIds(home: string, now: string): Promise<string[]> {
  const copy = tempDir(onTestFinished);
  cpSync(home, copy, { recursive: true });
  const run = await converse(['drill', '--new', '0', ...banks], at(copy, now), right);
  return [...new Set(run.questions.map((q) => q.id))].sort();
}

describe('relearning in the session', () => {
  it('a quiz answered wrong then right shows each missed question twice, and the history holds every answer', async () => {
    const { home, env } = setup();
    const run = await converse(['quiz', '1', ...banks], env, wrongThenRight());
    expect(run.code).toBe(0);
    const shown = run.questions.map((q) => q.id);
    expect([...new Set(shown)].sort()).toEqual(['t01-multiple', 't01-order', 't01-single']);
    for (const id of new Set(shown)) expect(shown.filter((s) => s === id)).toHaveLength(2);
    // The header is the normal one; n grows with each re-ask.
    expect(run.questions.map((q) => `${q.index}/${q.total}`)).toEqual(['1/3', '2/4', '3/5', '4/6', '5/6', '6/6']);
    // Each re-ask comes after the other questions (three, or all that remain).
    const single = run.questions.filter((q) => q.id === 't01-single');
    expect(single[1]!.index - single[0]!.index).toBeGreaterThanOrEqual(3);
    const saved = scores(home).answers;
    expect(saved).toHaveLength(6);
    // Each question's answers in the order given (one fixed time: across questions, id order).
    for (const id of new Set(shown)) {
      expect(saved.filter((a) => a.q === id).map((a) => [a.correct, a.rating, a.mode])).toEqual([
        [false, 'again', 'quiz'],
        [true, 'good', 'quiz'],
      ]);
    }
    expect(run.stdout).toMatch(/Answered 3 of 3\. {2}0\/3 \(0%\)/);
    expect(run.stdout).toContain('Re-asked 3 times; 3 of 3 missed questions answered right on a re-ask.');
    expect(run.stdout).toMatch(/^Missed \(3\):$/m);
    expect(run.stdout).toMatch(/^ {2}t01-single — right on a re-ask; next review tomorrow \(06-02\)$/m);
    expect(run.stdout).toMatch(/^Coming back: tomorrow \(06-02\) 3$/m);
    expect(run.stdout).toMatch(/^Due tomorrow: 3$/m);
  });

  it('a question answered right at 09:00 is not due the next day; one answered wrong is, even after a right re-ask', async () => {
    const good = setup();
    await converse(['quiz', '1', ...banks], good.env, right);
    expect(await dueIds(good.home, NEXT_DAY)).toEqual([]);
    // Its FSRS interval: two days.
    expect(await dueIds(good.home, '2026-06-03T09:00:00Z')).toEqual(['t01-multiple', 't01-order', 't01-single']);

    const missed = setup();
    await converse(['quiz', '1', ...banks], missed.env, wrongThenRight());
    expect(await dueIds(missed.home, NEXT_DAY)).toEqual(['t01-multiple', 't01-order', 't01-single']);
    // The next morning before 09:00 counts too: the study day began at 4 am.
    expect(await dueIds(missed.home, '2026-06-02T05:00:00Z')).toEqual(['t01-multiple', 't01-order', 't01-single']);
    // But not later the same evening.
    expect(await dueIds(missed.home, '2026-06-01T22:00:00Z')).toEqual([]);
  });
});

describe('the schedule after every answer', () => {
  it('prints Rating and Next review after every verdict, in both languages', async () => {
    const { env } = setup();
    const run = await converse(['drill', ...banks], env, wrongThenRight());
    const verdicts = run.stdout.match(/^(Correct|Incorrect) — /gm) ?? [];
    const next = run.stdout.match(/^Next review: /gm) ?? [];
    expect(verdicts.length).toBe(run.questions.length);
    expect(next.length).toBe(verdicts.length);
    expect(run.stdout).toMatch(/^Incorrect — .*\n[\s\S]*?^Rating: Again — wrong answer\nNext review: later in this session, then tomorrow \(06-02\)$/m);
    expect(run.stdout).toMatch(/^Rating: Good — right on a re-ask \(not timed\)\nNext review: tomorrow \(06-02\)$/m);

    const ja = setup();
    const jaRun = await converse(['--lang', 'ja', 'quiz', '2', ...banks], ja.env, right);
    expect(jaRun.stdout).toMatch(/^Rating: Good — 正解（時間は計測なし）\nNext review: 2日後（06-03）$/m);
    expect(jaRun.stdout).toMatch(/^明日の復習: 0 問$/m);
    const jaMiss = await converse(['--lang', 'ja', 'quiz', '2', '--count', '1', ...banks], setup().env, wrongThenRight());
    expect(jaMiss.stdout).toMatch(/^Rating: Again — 不正解\nNext review: このセッションでもう一度、その後は明日（06-02）$/m);
    expect(jaMiss.stdout).toMatch(/^明日の復習: 1 問$/m);
  });

  it('a first right answer says its interval in days and the date', async () => {
    const { env } = setup();
    const run = await converse(['quiz', '2', ...banks], env, right);
    expect(run.stdout).toMatch(/^Rating: Good — right \(not timed\)\nNext review: in 2 days \(06-03\)$/m);
  });
});

describe('undo', () => {
  it('u at a question takes back the previous answer: the history is one answer shorter than the answers typed', async () => {
    const { home, env } = setup();
    let typed = 0;
    let undone = false;
    const run = await converse(['quiz', '1', ...banks], env, (q) => {
      if (q.index === 2 && !undone) {
        undone = true;
        return 'u';
      }
      typed++;
      // The slip: the first answer is wrong; typed again after the undo, it is right.
      return typed === 1 ? wrong(q) : right(q);
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Undone \[t01-\w+\] — the answer left your history and the card is as it was; the question is asked again\.$/m);
    const first = run.questions[0]!;
    // Asked again with the same header and letters; the re-ask the miss had queued is gone.
    expect(run.questions[2]).toMatchObject({ id: first.id, index: 1, total: 3 });
    expect(run.questions.map((q) => q.total)).toEqual([3, 4, 3, 3, 3]);
    const saved = scores(home);
    expect(typed).toBe(4);
    expect(saved.answers).toHaveLength(typed - 1);
    expect(saved.answers.every((a) => a.correct)).toBe(true);
    // The card is what one right answer leaves: no trace of the undone miss.
    expect(saved.cards[first.id]).toMatchObject({ reps: 1, lapses: 0 });
    expect(saved.cards[first.id]!.due).toBe(Date.parse(NOW) + 2 * DAY);
  });

  it('u before any answer says there is nothing to undo and reads the next line', async () => {
    const { home, env } = setup();
    const run = await converse(['quiz', '2', '--count', '1', ...banks], env, (q) => `u\n${right(q)}`);
    expect(run.stdout).toContain('Nothing to undo yet.');
    expect(run.questions).toHaveLength(1);
    expect(scores(home).answers).toHaveLength(1);
  });
});

describe('suspend', () => {
  it('s in a session suspends the question: never asked again by drill, quiz, review, cram or exam, listed by stats, due nowhere', async () => {
    const { home, env } = setup();
    const run = await converse(['drill', ...banks], env, (q) => (q.id === 't01-single' ? 's' : wrong(q)));
    expect(run.stdout).toMatch(/^Suspended \[t01-single\] — it will not be asked again until "cloudops-quiz unsuspend t01-single"\.$/m);
    expect(run.questions.filter((q) => q.id === 't01-single')).toHaveLength(1);
    expect(scores(home).suspended).toEqual(['t01-single']);

    const later = at(home, '2026-06-05T09:00:00Z');
    for (const argv of [['drill'], ['quiz', '1'], ['review', '--topics', '5'], ['cram', '--module', '1']]) {
      const again = await converse([...argv, ...banks], later, right);
      expect(again.questions.map((q) => q.id)).not.toContain('t01-single');
      expect(again.questions.length).toBeGreaterThan(0);
    }
    const exam = await converseExam(['exam', '--count', '5', ...banks], later, () => 'EOF');
    expect(exam.code).toBe(0);
    const paused = scores(home).pausedExams;
    expect(paused).toHaveLength(1);
    expect(paused[0]?.questions).not.toContain('t01-single');
    // The exam draws single and multiple-response questions: t01-multiple, t02-single, t02-single-b.
    expect([...(paused[0]?.questions ?? [])].sort()).toEqual(['t01-multiple', 't02-single', 't02-single-b']);

    const stats = JSON.parse((await runCli(['stats', '--json', ...banks], { env: later })).stdout);
    expect(stats.suspended).toEqual(['t01-single']);
    expect(stats.totals.questions).toBe(4);
    expect((await runCli(['stats', ...banks], { env: later })).stdout).toMatch(
      /^Suspended \(1; "cloudops-quiz unsuspend <id>" brings one back\)\n {2}t01-single$/m,
    );
  });

  it('suspend and unsuspend by id; an unknown id is refused and nothing is written', async () => {
    const { home, env } = setup();
    const suspended = await runCli(['suspend', 't01-single', 't02-single', ...banks], { env });
    expect(suspended.code).toBe(0);
    expect(suspended.stdout).toBe('Suspended: t01-single, t02-single. 2 questions suspended in all.\n');
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env })).stdout).newToday).toBe(3);
    const run = await converse(['drill', ...banks], env, right);
    expect(run.questions.map((q) => q.id)).toEqual(['t01-multiple', 't01-order', 't02-single-b']);

    const bad = await runCli(['suspend', 't01-nope', ...banks], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no question has the id "t01-nope"/);
    expect(scores(home).suspended).toEqual(['t01-single', 't02-single']);

    const back = await runCli(['unsuspend', 't02-single', 't01-order', ...banks], { env });
    expect(back.stdout).toBe('Unsuspended: t02-single. 1 question still suspended.\nNot suspended: t01-order.\n');
    expect(scores(home).suspended).toEqual(['t01-single']);
    const ja = await runCli(['--lang', 'ja', 'unsuspend', 't01-single', ...banks], { env });
    expect(ja.stdout).toBe('保留を解除しました: t01-single。保留中は残り 0 問です。\n');
  });
});

describe('leeches', () => {
  /** t01-single: right once, then missed on 4 different days; due now. */
  function leechHistory(home: string): void {
    const store = ScoreFile.open(home, new Date(NOW));
    const start = Date.parse(NOW) - 10 * DAY;
    const card: CardState = {
      due: Date.parse(NOW) - DAY,
      stability: 0.5,
      difficulty: 8,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 5,
      lapses: 4,
      state: 'review',
      lastReview: start + 5 * DAY,
    };
    const entries: JournalEntry[] = [0, 2, 3, 4, 5].map((day, i) => ({
      k: 'answer',
      // The second choice is "Wrong one" in the fixture bank.
      answer: {
        id: `l${i}`,
        q: 't01-single',
        at: start + day * DAY,
        given: [i === 0 ? 0 : 1],
        correct: i === 0,
        rating: i === 0 ? 'good' : 'again',
        mode: 'drill',
        ms: 0,
      },
      card: i === 4 ? card : null,
    }));
    store.record(entries);
    store.checkpoint(new Date(NOW));
  }

  it('shows a leech’s explanation and the whys of past wrong picks before asking it; stats lists it; review puts it first', async () => {
    const { home, env } = setup();
    leechHistory(home);
    const run = await converse(['drill', '--new', '0', ...banks], env, right);
    expect(run.questions.map((q) => q.id)).toEqual(['t01-single']);
    const before = run.stdout.slice(0, run.stdout.indexOf('Question 1/1'));
    expect(before).toMatch(
      /^Leech: missed 4 times since you first got it right\. Read this before answering\.\nThe right one is right\.\nYour past wrong picks:\n✘ Wrong one\n {5}It is wrong\.$/m,
    );

    const stats = JSON.parse((await runCli(['stats', '--json', ...banks], { env })).stdout);
    expect(stats.leeches).toEqual([{ q: 't01-single', misses: 4 }]);
    expect((await runCli(['stats', ...banks], { env })).stdout).toMatch(/^Leeches \(missed on 4\+ days since first right\)\n {2}t01-single +missed 4 times$/m);

    const review = await converse(['review', '--topics', '1', ...banks], at(home, '2026-06-01T10:00:00Z'), right);
    expect(review.questions[0]?.id).toBe('t01-single');
  });
});

describe('limits that speak', () => {
  it('says how many due questions wait beyond the limit and how to continue', async () => {
    const { env } = setup();
    await converse(['drill', ...banks], env, wrong);
    const run = await converse(['drill', '--limit', '2', ...banks], { ...env, CLOUDOPS_QUIZ_NOW: NEXT_DAY }, () => 'EOF');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      '3 more questions due today wait beyond this drill\'s limit of 2: run "cloudops-quiz" again to continue, or raise the limit ("cloudops-quiz --limit 5", or "cloudops-quiz config drill-limit 5" for every day).',
    );
  });

  it('the drill-limit setting is the default limit; new questions that did not fit are counted', async () => {
    const { env } = setup();
    await runCli(['config', 'drill-limit', '2'], { env });
    const run = await converse(['drill', ...banks], env, () => 'EOF');
    expect(run.questions[0]?.total).toBe(2);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('3 new questions allowed today did not fit in the limit of 2: run "cloudops-quiz" again for them.');
  });

  it('says when today’s new questions are done and which setting brings more', async () => {
    const { env } = setup();
    await runCli(['config', 'new-per-day', '2'], { env });
    await converse(['drill', ...banks], env, right);
    const run = await runCli(['drill', ...banks], { env });
    expect(run.stdout).toMatch(/Nothing to study right now/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'Today\'s 2 new questions are done; 3 more wait for the next days. To meet more a day: "cloudops-quiz config new-per-day N".',
    );
  });
});

describe('the study day starts at 4 am', () => {
  it('a session at 01:00 counts for the day before: its new questions, its answers per day', async () => {
    const { env } = setup('2026-06-02T01:00:00Z');
    await runCli(['config', 'new-per-day', '2'], { env });
    await converse(['drill', ...banks], env, right);
    // At 03:00 the same study day goes on; at 05:00 a new one has begun.
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env: { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T03:00:00Z' } })).stdout).newToday).toBe(0);
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env: { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T05:00:00Z' } })).stdout).newToday).toBe(2);
    const stats = JSON.parse((await runCli(['stats', '--json', ...banks], { env: { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T05:00:00Z' } })).stdout);
    expect(stats.perDay.slice(-2)).toEqual([
      { day: '2026-06-01', count: 2 },
      { day: '2026-06-02', count: 0 },
    ]);

    // With the day starting at midnight, 01:00 is already the 2nd.
    await runCli(['config', 'day-start', '0'], { env });
    expect(JSON.parse((await runCli(['due', '--json', ...banks], { env: { ...env, CLOUDOPS_QUIZ_NOW: '2026-06-02T03:00:00Z' } })).stdout).newToday).toBe(0);
    expect(JSON.parse((await runCli(['stats', '--json', ...banks], { env })).stdout).perDay.at(-1)).toEqual({ day: '2026-06-02', count: 2 });
  });
});
