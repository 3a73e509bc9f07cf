/**
 * The FSRS optimizer: fsrs-rs (the reference implementation, in Rust) as the native module of
 * @open-spaced-repetition/binding 0.5.0 (FSRS-6). It is loaded here only, when `optimize` runs;
 * no other command loads it.
 *
 * Why the platform package and not the `binding` package itself: `binding` 0.5.0 names eleven
 * platform packages as optional dependencies at ^0.5.0, and only linux-x64-gnu is published at
 * 0.5.0 (the others stop at 0.1.2, the wasm fallback too), so a lock file with it cannot be
 * installed by `npm ci` anywhere. Its JavaScript only picks the platform's `.node` file and
 * re-exports it; this file does the same for the one platform there is, an optional dependency
 * that npm skips elsewhere. There, `optimize` says the optimizer is not available and changes
 * nothing; everything else works as before.
 *
 * The fit is deterministic (fsrs-rs shuffles with a fixed seed), so the same history always gives
 * the same parameters, and a second `optimize` on an unchanged history changes nothing.
 */
import { createRequire } from 'node:module';
import { QuizError } from '../errors.ts';
import { PARAMETER_COUNT } from '../srs/parameters.ts';
import type { ReviewItem } from '../srs/review-history.ts';

/** The part of the native module's API used here (its own types ship with the `binding` package). */
interface NativeOptimizer {
  FSRSBindingReview: new (rating: number, deltaT: number) => object;
  FSRSBindingItem: new (reviews: object[]) => object;
  computeParameters(items: object[], options: { enableShortTerm: boolean; numRelearningSteps?: number; timeout?: number }): Promise<number[]>;
}

/** The native package of each platform that has one at 0.5.0. */
const NATIVE_PACKAGES: Readonly<Record<string, string>> = {
  'linux-x64': '@open-spaced-repetition/binding-linux-x64-gnu',
};

/**
 * The session re-asks a miss minutes later, until it is answered right: one same-day relearning
 * step, as far as the optimizer's limit on the short-term parameters (w17, w18) is concerned.
 */
const RELEARNING_STEPS = 1;
/** How often (ms) the binding checks whether the fit has finished: its default of 500 ms is idle time. */
const POLL_MS = 20;

function unavailable(why: string): QuizError {
  return new QuizError('OPTIMIZER_UNAVAILABLE', {
    en: `the FSRS optimizer is not available on this system (${why}); scheduling goes on with the parameters in use`,
    ja: `このシステムでは FSRS オプティマイザーを使えません (${why})。現在のパラメーターでスケジュールを続けます`,
  });
}

function loadOptimizer(): NativeOptimizer {
  const platform = `${process.platform}-${process.arch}`;
  const name = NATIVE_PACKAGES[platform];
  if (!name) throw unavailable(`no prebuilt optimizer for ${platform}`);
  try {
    return createRequire(import.meta.url)(name) as NativeOptimizer;
  } catch (error) {
    throw unavailable((error as Error).message);
  }
}

/** Fits FSRS-6's 21 parameters to `items` (the older part of the history). */
export async function fitParameters(items: readonly ReviewItem[]): Promise<number[]> {
  const native = loadOptimizer();
  let parameters: number[];
  try {
    const training = items.map((item) => new native.FSRSBindingItem(item.reviews.map((r) => new native.FSRSBindingReview(r.rating, r.deltaT))));
    parameters = await native.computeParameters(training, { enableShortTerm: true, numRelearningSteps: RELEARNING_STEPS, timeout: POLL_MS });
  } catch (error) {
    throw new QuizError('OPTIMIZER_UNAVAILABLE', {
      en: `the FSRS optimizer failed (${(error as Error).message}); nothing was changed`,
      ja: `FSRS オプティマイザーが失敗しました (${(error as Error).message})。何も変更していません`,
    });
  }
  if (parameters.length !== PARAMETER_COUNT || !parameters.every(Number.isFinite))
    throw unavailable(`it returned ${parameters.length} parameters, not FSRS-6's ${PARAMETER_COUNT}`);
  return parameters;
}
