/**
 * Rules a bank must follow beyond its shape. Each returns problems with a data path; the caller
 * maps paths to source positions.
 */
import type { BankInput } from './schema.ts';
import { allTexts } from './types.ts';
import { hasUnsafeChars } from '../text/unsafe-chars.ts';
import type { PathSegment } from './yaml-source.ts';
import { isSkillKey } from './course.ts';
import { typeProblems } from './question-types.ts';

export interface RuleProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export function checkBankRules(bank: BankInput, fileModule: number | undefined): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (fileModule !== undefined && fileModule !== bank.module) {
    problems.push({ path: ['module'], message: `module ${bank.module} does not match the file name (module ${fileModule})` });
  }
  const ids = new Set<string>();
  bank.questions.forEach((question, q) => {
    const at = (...rest: PathSegment[]) => ['questions', q, ...rest];
    if (ids.has(question.id)) problems.push({ path: at('id'), message: `duplicate id "${question.id}"` });
    ids.add(question.id);

    for (const problem of typeProblems(question, allTexts(question.prompt))) problems.push({ path: at(...problem.path), message: problem.message });
    checkSkills(question, at, problems);
    question.references.forEach((url, r) => {
      if (question.references.indexOf(url) !== r)
        problems.push({ path: at('references', r), message: `reference ${r + 1} repeats reference ${question.references.indexOf(url) + 1}` });
    });
    const seenTexts = new Map<string, number>();
    question.choices.forEach((choice, c) => {
      const key = JSON.stringify(choice.text);
      if (seenTexts.has(key)) problems.push({ path: at('choices', c, 'text'), message: `same text as choice ${(seenTexts.get(key) ?? 0) + 1}` });
      seenTexts.set(key, c);
    });
  });
  checkTexts(bank, undefined, problems);
  return problems;
}

/**
 * Skills are exam-guide keys, each once; the first is the question's main skill, so it lies in
 * the question's own domain (coverage per domain and per skill then agree).
 */
function checkSkills(question: BankInput['questions'][number], at: (...rest: PathSegment[]) => PathSegment[], problems: RuleProblem[]): void {
  const seen = new Set<string>();
  question.skills?.forEach((skill, s) => {
    if (!isSkillKey(skill)) problems.push({ path: at('skills', s), message: `"${skill}" is not a skill of the SOA-C03 exam guide` });
    else if (seen.has(skill)) problems.push({ path: at('skills', s), message: `skill "${skill}" is listed twice` });
    seen.add(skill);
  });
  const main = question.skills?.[0];
  if (main !== undefined && isSkillKey(main) && Number(main[0]) !== question.domain) {
    problems.push({ path: at('skills', 0), message: `the first skill (${main}) must be in the question's domain ${question.domain}` });
  }
}

// Kana, CJK ideographs and full-width forms: Japanese writing does not put spaces between them.
// Japanese punctuation carries its own spacing: 「。 AWS」 and 「AWS 、」 read as typos.
const SPACED_PUNCTUATION = /[、。「（] +\S|\S +[、。」）]/;
const SPACED_JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef] +[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/**
 * No control or bidi-override characters anywhere in the bank's strings. The path is kept as a
 * chain of parents and turned into an array only for a problem: banks hold ~40 strings a question.
 */
function checkTexts(value: unknown, at: PathChain | undefined, problems: RuleProblem[]): void {
  if (typeof value === 'string') {
    if (hasUnsafeChars(value)) problems.push({ path: pathOf(at), message: 'text contains control or bidi-override characters' });
    // A line break inside a folded block (>-) becomes a space, which splits a Japanese sentence.
    if (at?.segment === 'ja' && SPACED_JAPANESE.test(value)) {
      problems.push({ path: pathOf(at), message: 'a space between two Japanese characters (a line break in a >- block becomes a space): join the lines' });
    } else if (at?.segment === 'ja' && SPACED_PUNCTUATION.test(value)) {
      problems.push({
        path: pathOf(at),
        message: 'a space next to Japanese punctuation (a line break after 、 or 。 in a >- block becomes a space): join the lines',
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkTexts(item, { parent: at, segment: index }, problems);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkTexts(item, { parent: at, segment: key }, problems);
  }
}

interface PathChain {
  readonly parent: PathChain | undefined;
  readonly segment: PathSegment;
}

function pathOf(at: PathChain | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let link = at; link; link = link.parent) path.unshift(link.segment);
  return path;
}
