/** Every question type's front-end module, by name. A type missing here is a compile error. */
import type { QuestionType } from '../../bank/types.ts';
import { assertNever } from '../../errors.ts';
import { multiple } from './multiple.ts';
import { order } from './order.ts';
import { single } from './single.ts';
import type { QuestionTypeUi } from './strategy.ts';

export function questionTypeUi(type: QuestionType): QuestionTypeUi {
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
