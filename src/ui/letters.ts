/** Choices are shown and typed as letters: display position 0 is A. A bank has at most 8 choices. */
export const LETTERS = 'ABCDEFGH';

/** `A, C`: display positions as the letters shown. */
export function letters(positions: readonly number[]): string {
  return positions.map((p) => LETTERS[p] ?? '?').join(', ');
}
