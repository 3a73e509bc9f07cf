/**
 * The FSRS optimizer: fsrs-rs (the reference implementation, in Rust) through
 * @open-spaced-repetition/binding. The binding is a native module of a few megabytes, so it is
 * imported here only, when `optimize` runs; no other command loads it.
 *
 * The fit is deterministic (fsrs-rs shuffles with a fixed seed), so the same history always gives
 * the same parameters, and a second `optimize` on an unchanged history changes nothing.
 */
import { QuizError } from '../errors.ts';
import type { ReviewItem } from '../srs/review-history.ts';

type Binding = typeof import('@open-spaced-repetition/binding');

/**
 * The session re-asks a miss minutes later, until it is answered right: one same-day relearning
 * step, as far as the optimizer's limit on the short-term parameters (w17, w18) is concerned.
 */
const RELEARNING_STEPS = 1;

async function loadBinding(): Promise<Binding> {
  try {
    return await import('@open-spaced-repetition/binding');
  } catch (error) {
    throw new QuizError('OPTIMIZER_UNAVAILABLE', {
      en: `the FSRS optimizer could not be loaded on this system (${(error as Error).message}); scheduling goes on with the current parameters`,
      ja: `このシステムでは FSRS オプティマイザーを読み込めませんでした (${(error as Error).message})。現在のパラメーターでスケジュールを続けます`,
    });
  }
}

function toItems(binding: Binding, items: readonly ReviewItem[]) {
  return items.map((item) => new binding.FSRSBindingItem(item.reviews.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
}

/** Fits FSRS-6's 21 parameters to `items` (the older part of the history). */
export async function fitParameters(items: readonly ReviewItem[]): Promise<number[]> {
  const binding = await loadBinding();
  try {
    return await binding.computeParameters(toItems(binding, items), { enableShortTerm: true, numRelearningSteps: RELEARNING_STEPS, timeout: 20 });
  } catch (error) {
    throw new QuizError('OPTIMIZER_UNAVAILABLE', {
      en: `the FSRS optimizer failed (${(error as Error).message}); nothing was changed`,
      ja: `FSRS オプティマイザーが失敗しました (${(error as Error).message})。何も変更していません`,
    });
  }
}
