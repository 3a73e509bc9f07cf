import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Presented } from '../../src/engine/grading.ts';
import { MockExam } from '../../src/engine/exam.ts';
import { formatDuration, reviewedQuestionLines, scoreLines, statusLine } from '../../src/ui/exam-view.ts';
import { messages } from '../../src/ui/messages.ts';
import type { RenderEnv } from '../../src/ui/render-env.ts';
import { question } from '../helpers/questions.ts';

const en = messages('en');
const ja = messages('ja');

describe('exam clock display', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'], // rounded down: 0:00 only when the time is up or under a second
    [59_999, '0:59'],
    [60_000, '1:00'],
    [130 * 60_000, '2:10:00'],
    [3_600_000 + 65_000, '1:01:05'],
    [-5, '0:00'],
  ])('%i ms → %s', (ms, shown) => {
    expect(formatDuration(ms)).toBe(shown);
  });
});

const item = (answer: number[] | null, flagged: boolean) => ({ presented: { question: question('q'), order: [0, 1, 2, 3] }, answer, flagged });

describe('status line', () => {
  it('shows time, questions left, the pace for them, flags, and this question’s state', () => {
    const screen = { index: 2, total: 65, remainingMs: 90 * 60_000, toAnswer: 45, flagged: 3 };
    expect(statusLine({ ...screen, item: item(null, false) }, en)).toBe('Time left 1:30:00 | To answer 45 of 65 | 2:00 per question | Flagged 3');
    expect(statusLine({ ...screen, item: item([0, 2], true) }, en)).toBe(
      'Time left 1:30:00 | To answer 45 of 65 | 2:00 per question | Flagged 3 | This one: answered A, C, flagged',
    );
    expect(statusLine({ ...screen, toAnswer: 0, item: item([1], false) }, en)).toBe('Time left 1:30:00 | To answer 0 of 65 | Flagged 3 | This one: answered B');
    expect(statusLine({ ...screen, item: item(null, true) }, ja)).toBe(
      '残り時間 1:30:00 | 未解答 45/65 問 | 1 問あたり 2:00 | フラグ 3 問 | この問題: 未解答、フラグ付き',
    );
  });
});

describe('result', () => {
  it('is in the person’s language with the protocol lines from the protocol messages', () => {
    const items: Presented[] = [
      { question: question('a', { domain: 1 }), order: [0, 1, 2, 3] },
      { question: question('b', { domain: 2 }), order: [0, 1, 2, 3] },
    ];
    const exam = MockExam.start({ id: 'x', items, durationMs: 60_000, startedAt: 0 });
    exam.answer(0, [0]);
    const result = exam.submit(1000);
    const env: RenderEnv = { lang: 'ja', width: 80, style: new Chalk({ level: 0 }), say: ja };
    const resultLines = (protocol: typeof en) =>
      [
        ...scoreLines(result.score, ja.examSubmitted, env, protocol),
        ...result.score.results.flatMap((r, i) => reviewedQuestionLines(r, i, result.score.total, env, protocol)),
      ].join('\n');
    const lines = resultLines(en);
    expect(lines).toMatch(/^試験を提出しました。$/m);
    expect(lines).toMatch(/^Raw score: 1\/2 \(50%\)$/m);
    expect(lines).toMatch(/^Scaled score: 530 \(estimate\)$/m);
    expect(lines).toMatch(/^Result: FAIL \(pass mark 720\)$/m);
    expect(lines).toContain('スケールスコアは推定値です');
    expect(lines).toMatch(/^1 {2}モニタリング.* {2}1\/1 {2}100% {2}█{10}$/m);
    expect(lines).toMatch(/^Right 1\/2 \[a\]\nPrompt of a\nCorrect — 正解: A$/m);
    expect(lines).toMatch(/^Missed 2\/2 \[b\]\nPrompt of b\nUnanswered — 正解: A$/m);
    const local = resultLines(ja);
    expect(local).toMatch(/^素点: 1\/2 \(50%\)$/m);
  });
});
