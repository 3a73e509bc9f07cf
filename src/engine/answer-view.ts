/**
 * Read access to a person's answers, oldest first, field by field. The score file can serve it
 * straight from its columns (see store/answer-columns.ts), so `stats` over 100,000 answers never
 * builds 100,000 objects; an array of records serves it through `viewOf`.
 */
export interface AnswerView {
  readonly length: number;
  /** Question id of answer i. */
  q(i: number): string;
  at(i: number): number;
  correct(i: number): boolean;
  /** Whether answer i fed the scheduler (has a rating; cram answers do not). */
  rated(i: number): boolean;
}

export function viewOf(records: readonly { readonly q: string; readonly at: number; readonly correct?: boolean; readonly rating?: string | undefined }[]): AnswerView {
  return {
    length: records.length,
    q: (i) => records[i]?.q ?? '',
    at: (i) => records[i]?.at ?? 0,
    correct: (i) => records[i]?.correct === true,
    rated: (i) => records[i]?.rating !== undefined,
  };
}

type RecordLike = Parameters<typeof viewOf>[0][number];

/** Either form of a person's answers, as a view. */
export function answerView(answers: AnswerView | readonly RecordLike[]): AnswerView {
  return 'rated' in answers ? (answers as AnswerView) : viewOf(answers as readonly RecordLike[]);
}
