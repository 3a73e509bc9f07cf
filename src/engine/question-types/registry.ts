/** Every question type's engine module, by name. A type missing here is a compile error. */
import type { QuestionType } from '../../bank/types.ts';
import { assertNever } from '../../errors.ts';
import { multiple } from './multiple.ts';
import { order } from './order.ts';
import { single } from './single.ts';
import type { QuestionTypeEngine } from './strategy.ts';

export function questionType(type: QuestionType): QuestionTypeEngine {
  switch (type) {
    case 'single':
      return single;
    case 'multiple':
      return multiple;
    case 'order':
      return order;
    default:
      return assertNever(type);
  }
}
