/**
 * How well a set of FSRS parameters predicts a history: the two measures of the FSRS benchmark,
 * computed with ts-fsrs — the very model that schedules here — rather than inside the optimizer,
 * so that what is judged is what will be used, on every held-out review (the optimizer's own
 * evaluation drops "outliers" first, which on a small held-out slice can be most of it).
 *
 * For each review predicted, the question's memory state is rebuilt from its earlier reviews with
 * the parameters, and its recall predicted for the days elapsed (review-history.ts).
 *   - log loss: the mean of −ln p for a right answer and −ln(1 − p) for a wrong one;
 *   - RMSE (bins): reviews grouped as fsrs-rs groups them (interval, number of reviews, lapses, each
 *     on a log scale); per group the predicted and the actual share remembered; the root of the
 *     mean squared gap, groups weighted by their size.
 */
import { fsrs, generatorParameters, type FSRS, type FSRSState } from 'ts-fsrs';
import type { FitMetrics } from './fit-decision.ts';
import type { ReviewItem } from './review-history.ts';

function model(parameters: readonly number[] | undefined): FSRS {
  return fsrs(generatorParameters({ enable_fuzz: false, learning_steps: [], relearning_steps: [], ...(parameters ? { w: [...parameters] } : {}) }));
}

/** fsrs-rs's r_matrix_index: the bin of a review by interval, history length and lapses. */
function binOf(item: ReviewItem): string {
  const history = item.reviews.slice(0, -1);
  const current = item.reviews.at(-1) as ReviewItem['reviews'][number];
  const logBin = (x: number, base: number, scale: number) => Math.round(scale * base ** Math.floor(Math.log(x) / Math.log(base)));
  const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(current.deltaT) / Math.log(3.62)) * 100);
  const longTerm = item.reviews.filter((r) => r.deltaT > 0).length;
  const lengthBin = logBin(longTerm + 1, 1.89, 1.99);
  const lapses = history.filter((r) => r.rating === 1 && r.deltaT > 0).length;
  const lapseBin = lapses === 0 ? 0 : logBin(lapses, 1.73, 1.65);
  return `${deltaBin}:${lengthBin}:${lapseBin}`;
}

/** The predicted recall of each item's last review. */
function predictions(items: readonly ReviewItem[], f: FSRS): number[] {
  return items.map((item) => {
    let state: FSRSState | null = null;
    for (const review of item.reviews.slice(0, -1)) state = f.next_state(state, review.deltaT, review.rating);
    const current = item.reviews.at(-1) as ReviewItem['reviews'][number];
    return state ? f.forgetting_curve(current.deltaT, state.stability) : 0;
  });
}

/** Log loss and RMSE (bins) of `parameters` (undefined: FSRS-6's defaults) on `items`. */
export function measureFit(items: readonly ReviewItem[], parameters?: readonly number[]): FitMetrics {
  const predicted = predictions(items, model(parameters));
  let loss = 0;
  const bins = new Map<string, { predicted: number; actual: number; count: number }>();
  items.forEach((item, i) => {
    const p = Math.min(1 - 1e-7, Math.max(1e-7, predicted[i] ?? 0));
    const remembered = (item.reviews.at(-1)?.rating ?? 1) > 1 ? 1 : 0;
    loss -= remembered ? Math.log(p) : Math.log(1 - p);
    const key = binOf(item);
    const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0 };
    bin.predicted += p;
    bin.actual += remembered;
    bin.count++;
    bins.set(key, bin);
  });
  let squared = 0;
  for (const bin of bins.values()) squared += ((bin.predicted - bin.actual) / bin.count) ** 2 * bin.count;
  return { logLoss: loss / items.length, rmseBins: Math.sqrt(squared / items.length) };
}
