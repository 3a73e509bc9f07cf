/**
 * The built-in banks behave like the real exam (SOA-C03, `../shared/exam-guide.md`): every
 * question names the exam skills it tests, nothing the exam never has can reach a mock exam, no
 * surface cue gives the key away, and every question cites canonical English AWS documentation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBankText } from '../../src/bank/check.ts';
import { SKILLS } from '../../src/bank/course.ts';
import { cueViolations, measureCues } from '../../src/bank/cues.ts';
import { localize, type Question } from '../../src/bank/types.ts';
import { EXAM_QUESTION_COUNT, examBlueprint, selectExam } from '../../src/engine/blueprint.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { collectBankFiles } from '../../src/store/bank-files.ts';
import { ROOT } from '../helpers/cli.ts';

const questions: Question[] = collectBankFiles([join(ROOT, 'questions')]).flatMap((file) => checkBankText(readFileSync(file, 'utf8'), file).bank?.questions ?? []);

/** Out of scope in the exam guide: a question on one of these is for the course only. */
const OUT_OF_SCOPE = [/\bAppConfig\b/, /\bEMR\b/, /\bMSK\b|Managed Streaming for Apache Kafka/, /\bLightsail\b/, /\bNeptune\b/, /\bTimestream\b/, /\bCloud WAN\b/, /\bApp Mesh\b/, /\bCloudHSM\b/, /\bSecurity Lake\b/, /\bTransfer Family\b/, /FSx for OpenZFS/];
const OUT_OF_SCOPE_TOPICS = new Set(['appconfig']);

/** What the question is about: its prompt and its right answers (a distractor may name anything). */
const subjectOf = (q: Question) => [localize(q.prompt, 'en'), ...q.choices.filter((c) => c.correct).map((c) => localize(c.text, 'en'))].join('\n');

describe('built-in banks, exam faithfulness', () => {
  it('has questions to check', () => {
    expect(questions.length).toBeGreaterThan(400);
  });

  it('names valid exam skills on every question, the first in its own domain', () => {
    const known = new Set(SKILLS.map((s) => s.key));
    const wrong = questions.filter((q) => q.skills.length === 0 || !q.skills.every((s) => known.has(s)) || Number(q.skills[0]?.[0]) !== q.domain);
    expect(wrong.map((q) => q.id)).toEqual([]);
  });

  it('marks every ordering item and every question on an out-of-scope service as course-only', () => {
    const order = questions.filter((q) => q.type === 'order' && !q.courseOnly);
    const outOfScope = questions.filter((q) => !q.courseOnly && (q.topics.some((t) => OUT_OF_SCOPE_TOPICS.has(t)) || OUT_OF_SCOPE.some((re) => re.test(subjectOf(q)))));
    expect({ order: order.map((q) => q.id), outOfScope: outOfScope.map((q) => q.id) }).toEqual({ order: [], outOfScope: [] });
  });

  it('keeps course-only questions out of seeded mock exams: only single and multiple, nothing out of scope', () => {
    for (const seed of [1, 2, 3, 4]) {
      const draw = selectExam(questions, examBlueprint(EXAM_QUESTION_COUNT), { cards: {}, seen: {} }, Date.UTC(2026, 11, 7), seededRandom(seed));
      expect(draw.questions).toHaveLength(EXAM_QUESTION_COUNT);
      const notExam = draw.questions.filter((q) => q.type === 'order' || q.courseOnly || OUT_OF_SCOPE.some((re) => re.test(subjectOf(q))));
      expect(notExam.map((q) => q.id), `seed ${seed}`).toEqual([]);
    }
  });

  it('gives no surface cue away: no guesser that reads only the choices beats the limits', () => {
    expect(cueViolations(measureCues(questions))).toEqual([]);
  });
});

/**
 * A reference is a canonical English page on the global AWS documentation site: not the China
 * partition's mirror, not a localized copy, not a language SDK's page, not a `goto` redirect or a
 * markdown copy; a page (`.html`) or a guide's folder.
 */
function referenceProblem(url: string): string | undefined {
  const match = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)(\/[^?#]*)(?:#.*)?$/.exec(url);
  if (!match) return 'not on docs.aws.amazon.com or aws.amazon.com';
  const path = match[2] ?? '';
  if (path.includes('//')) return 'doubled slash';
  if (/^\/[a-z]{2}_[a-z]{2}\//.test(path)) return 'localized page';
  if (/^\/goto\//.test(path)) return 'goto redirect';
  if (/^\/(sdk-for-[a-z-]+|sdkfor[a-z]+|code-library)\//.test(path)) return 'SDK or code-example page for one language';
  if (!/(\.html|\/)$/.test(path)) return 'not an .html page or a folder';
  return undefined;
}

describe('built-in banks, references', () => {
  it.each([
    ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html', undefined],
    ['https://aws.amazon.com/cloudfront/pricing/', undefined],
    ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#RouteTables', undefined],
    ['https://docs.amazonaws.cn/en_us/vpc/latest/userguide/VPC_Route_Tables.html', 'not on docs.aws.amazon.com or aws.amazon.com'],
    ['https://docs.aws.amazon.com/ja_jp/vpc/latest/userguide/VPC_Route_Tables.html', 'localized page'],
    ['https://docs.aws.amazon.com/goto/WebAPI/ec2-2016-11-15/CreateNatGateway', 'goto redirect'],
    ['https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/x.html', 'SDK or code-example page for one language'],
    ['https://docs.aws.amazon.com/code-library/latest/ug/x.html', 'SDK or code-example page for one language'],
    ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.md', 'not an .html page or a folder'],
    ['https://docs.aws.amazon.com/IAM//latest/UserGuide/x.html', 'doubled slash'],
  ])('%s → %s', (url, expected) => {
    expect(referenceProblem(url)).toBe(expected);
  });

  it('every reference of every question is a canonical English AWS page', () => {
    const bad = questions.flatMap((q) => q.references.flatMap((url) => {
      const problem = referenceProblem(url);
      return problem ? [`${q.id}: ${url} (${problem})`] : [];
    }));
    expect(bad).toEqual([]);
  });
});
