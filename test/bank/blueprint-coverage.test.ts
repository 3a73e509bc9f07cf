/**
 * The blueprint coverage of the built-in banks (issues on domains 1–5): enough exam-eligible
 * questions per domain and per skill for ten distinct mock exams.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBankText } from '../../src/bank/check.ts';
import { SKILLS } from '../../src/bank/course.ts';
import type { Question } from '../../src/bank/types.ts';
import { EXAM_QUESTION_COUNT, examBlueprint, selectExam } from '../../src/engine/blueprint.ts';
import { isExamEligible } from '../../src/engine/eligibility.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { collectBankFiles } from '../../src/store/bank-files.ts';
import { ROOT } from '../helpers/cli.ts';
import { recordsOf } from '../helpers/history.ts';

const questions: Question[] = collectBankFiles([join(ROOT, 'questions')]).flatMap(
  (file) => checkBankText(readFileSync(file, 'utf8'), file).bank?.questions ?? [],
);

/** Ten mock exams without a repeat need 10 × the blueprint's seats per domain (14/14/14/11/12). */
const DOMAIN_MINIMUM: Record<number, number> = { 1: 140, 2: 140, 3: 140, 4: 110, 5: 120 };
const SKILL_MINIMUM = 6;

describe('built-in banks, blueprint coverage', () => {
  const eligible = questions.filter(isExamEligible);

  it('has enough exam-eligible questions in every domain for ten distinct mock exams', () => {
    const counts = Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, eligible.filter((q) => q.domain === d).length]));
    const short = Object.entries(counts).filter(([d, n]) => n < (DOMAIN_MINIMUM[Number(d)] ?? 0));
    expect(short, JSON.stringify(counts)).toEqual([]);
  });

  it(`has at least ${SKILL_MINIMUM} exam-eligible questions for every one of the 53 skills`, () => {
    const thin = SKILLS.map((s) => [s.key, eligible.filter((q) => q.skills.includes(s.key)).length] as const).filter(([, n]) => n < SKILL_MINIMUM);
    expect(thin).toEqual([]);
  });

  it('keeps at least 20% multiple response in every domain, as the exam has', () => {
    const low = [1, 2, 3, 4, 5].filter((d) => {
      const inDomain = eligible.filter((q) => q.domain === d);
      return inDomain.filter((q) => q.type === 'multiple').length < 0.2 * inDomain.length;
    });
    expect(low).toEqual([]);
  });

  it('draws ten seeded mock exams one after another, each recorded, without repeating a question', () => {
    const DAY = 86_400_000;
    const start = Date.UTC(2026, 11, 7, 9);
    const answers: { q: string; at: number }[] = [];
    const seen = new Set<string>();
    for (let exam = 0; exam < 10; exam++) {
      const now = start + exam * DAY;
      const draw = selectExam(questions, examBlueprint(EXAM_QUESTION_COUNT), recordsOf({}, answers), now, seededRandom(100 + exam));
      expect(draw.shortfalls, `exam ${exam + 1}`).toEqual([]);
      const repeated = draw.questions.filter((q) => seen.has(q.id)).map((q) => q.id);
      expect(repeated, `exam ${exam + 1}`).toEqual([]);
      for (const q of draw.questions) {
        seen.add(q.id);
        answers.push({ q: q.id, at: now + 60_000 });
      }
    }
    expect(seen.size).toBe(650);
  });
});
