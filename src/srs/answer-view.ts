/**
 * Read access to a person's answers, oldest first, field by field. The score file can serve it
 * straight from its columns (see store/answer-columns.ts), so `stats` over 100,000 answers never
 * builds 100,000 objects; an array of records serves it through `viewOf`.
 */
export interface AnswerView {
  readonly length: number;
  /**
   * The distinct question ids answered; `key(i)` is answer i's index into this list. Tallies over
   * 100,000 answers index arrays by key instead of looking strings up in maps.
   */
  readonly questionIds: readonly string[];
  key(i: number): number;
  /** Question id of answer i. */
  q(i: number): string;
  at(i: number): number;
  correct(i: number): boolean;
  /** Whether answer i fed the scheduler (has a rating; cram answers do not). */
  rated(i: number): boolean;
  /** The choices given in answer i, as indices into the bank's choices (distractor memory). */
  given(i: number): readonly number[];
}

export function viewOf(
  records: readonly {
    readonly q: string;
    readonly at: number;
    readonly correct?: boolean;
    readonly rating?: string | undefined;
    readonly given?: readonly number[];
  }[],
): AnswerView {
  const questionIds: string[] = [];
  const keyOf = new Map<string, number>();
  const keys = records.map((r) => {
    let key = keyOf.get(r.q);
    if (key === undefined) {
      key = questionIds.length;
      keyOf.set(r.q, key);
      questionIds.push(r.q);
    }
    return key;
  });
  return {
    length: records.length,
    questionIds,
    key: (i) => keys[i] ?? -1,
    q: (i) => records[i]?.q ?? '',
    at: (i) => records[i]?.at ?? 0,
    correct: (i) => records[i]?.correct === true,
    rated: (i) => records[i]?.rating !== undefined,
    given: (i) => records[i]?.given ?? [],
  };
}

type RecordLike = Parameters<typeof viewOf>[0][number];

/** Either form of a person's answers, as a view. */
export function answerView(answers: AnswerView | readonly RecordLike[]): AnswerView {
  return 'rated' in answers ? (answers as AnswerView) : viewOf(answers as readonly RecordLike[]);
}
