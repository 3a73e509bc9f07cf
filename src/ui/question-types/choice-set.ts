/** The walk-through of a question answered by picking choices: what was picked, then what is right. */
import type { Presented } from '../../engine/grading.ts';
import type { WalkStep } from './strategy.ts';

export function choiceSetWalk(presented: Presented, positions: readonly number[], rightPositions: readonly number[]): WalkStep[] {
  const mark = (position: number): WalkStep['mark'] => (presented.question.choices[presented.order[position] ?? -1]?.correct ? 'right' : 'wrong');
  return [
    ...positions.map((position) => ({ position, mark: mark(position), picked: true })),
    ...rightPositions.map((position) => ({ position, mark: mark(position), picked: false })),
  ];
}
