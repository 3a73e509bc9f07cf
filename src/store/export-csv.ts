/**
 * The answers as CSV (RFC 4180), one row per answer, for a spreadsheet: time (ISO 8601, UTC),
 * question id, module, domain, skills (space-separated), given (the letters of the choices given,
 * A being the bank's first choice; for an ordering question, in the order given), correct (true
 * or false), rating (empty for cram), mode, seconds (empty when not measured). Module, domain
 * and skills come from the banks loaded now; a question no longer in them leaves those empty.
 */
import type { AnswerRecord } from './score-types.ts';

export interface QuestionFacts {
  readonly module: number;
  readonly domain: number;
  readonly skills: readonly string[];
}

const HEADER = ['time', 'question', 'module', 'domain', 'skills', 'given', 'correct', 'rating', 'mode', 'seconds'];

export function answersCsv(answers: readonly AnswerRecord[], factsOf: (q: string) => QuestionFacts | undefined): string {
  const rows = [HEADER.join(',')];
  for (const a of answers) {
    const facts = factsOf(a.q);
    rows.push(
      [
        new Date(a.at).toISOString(),
        a.q,
        facts ? String(facts.module) : '',
        facts ? String(facts.domain) : '',
        facts ? facts.skills.join(' ') : '',
        a.given.map((i) => String.fromCharCode(65 + i)).join(''),
        String(a.correct),
        a.rating ?? '',
        a.mode,
        a.ms > 0 ? String(Math.round(a.ms) / 1000) : '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * One field: quoted when it holds a comma, quote or line break; a field a spreadsheet would run
 * as a formula (= + - @ at the start: an imported question id could be anything) gets a leading
 * apostrophe, as OWASP advises.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
