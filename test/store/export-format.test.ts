/** The export file's shape: the shipped JSON Schema, and what the reader refuses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportText, fromExport, historyJsonSchema } from '../../src/store/export-format.ts';
import type { History } from '../../src/store/history.ts';
import { ROOT } from '../helpers/cli.ts';

const history: History = {
  createdAt: Date.parse('2026-04-01T09:00:00Z'),
  settings: { requestRetention: 0.85, newPerDay: 10, examDate: '2026-07-01', changedAt: { requestRetention: Date.parse('2026-04-02T10:00:00Z') } },
  cards: Object.assign(Object.create(null), {
    q1: {
      due: Date.parse('2026-04-04T09:00:00Z'),
      stability: 2.3,
      difficulty: 5.1,
      scheduledDays: 2,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 'review',
      lastReview: Date.parse('2026-04-02T09:00:00Z'),
    },
  }),
  answers: [
    { id: 'a1', q: 'q1', at: Date.parse('2026-04-02T09:00:00Z'), given: [0, 2], correct: true, rating: 'good', mode: 'drill', ms: 8500 },
    { id: 'a2', q: 'q2', at: Date.parse('2026-04-02T09:01:00Z'), given: [1], correct: false, mode: 'cram', ms: 0 },
  ],
  exams: [],
  suspended: ['q9'],
  suspendedAt: Object.assign(Object.create(null), { q9: Date.parse('2026-04-03T09:00:00Z') }),
};

/** The parsed document, loosely typed: the tests spoil it on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: a document spoiled field by field
type Doc = Record<string, any>;

describe('the export file', () => {
  it('ships as schema/history.schema.json exactly as the zod schema generates it (run npm run build after changing it)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schema/history.schema.json'), 'utf8'))).toEqual(historyJsonSchema());
  });

  it('reads the example in docs/history-format.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/history-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const read = fromExport(JSON.parse(example));
    expect(read.answers).toHaveLength(2);
    expect(read.settings.changedAt?.examDate).toBe(Date.parse('2026-06-01T08:10:00Z'));
    expect(read.cards['m01-oe-four-areas']?.state).toBe('review');
  });

  it('reads back what it writes: times as ISO 8601 in UTC, one answer per line', () => {
    const text = exportText(history, new Date('2026-05-01T00:00:00Z'));
    expect(text).toContain(
      '\n{"id":"a1","question":"q1","at":"2026-04-02T09:00:00.000Z","given":[0,2],"correct":true,"rating":"good","mode":"drill","ms":8500},\n',
    );
    expect(text).toContain('"exportedAt": "2026-05-01T00:00:00.000Z",');
    expect(fromExport(JSON.parse(text))).toEqual(history);
  });

  it.each([
    [(d: Doc) => (d['answers'][0].at = '2026-02-30T09:00:00.000Z'), 'answers[0].at: expected a real UTC time'],
    [(d: Doc) => (d['answers'][1].given = [12]), 'answers[1].given[0]:'],
    [(d: Doc) => (d['cards'].q1.state = 'forgotten'), 'cards.q1.state:'],
    [(d: Doc) => (d['settings'].requestRetention = 1.5), 'settings.requestRetention:'],
    [(d: Doc) => (d['extra'] = 1), 'top level:'],
  ])('refuses a document with a bad field, naming where (%#)', (spoil, where) => {
    const doc = JSON.parse(exportText(history, new Date('2026-05-01T00:00:00Z'))) as Doc;
    spoil(doc);
    expect(() => fromExport(doc)).toThrow(where);
  });
});
