/**
 * Whether fitted FSRS parameters replace the defaults. Both sets predict the held-out, newest part
 * of the person's history (srs/review-history.ts), which the fit never saw; the fitted set is
 * adopted only when it predicts those answers better on both measures the FSRS benchmark uses:
 *   - log loss: how surprised the model is by each right or wrong answer (lower is better);
 *   - RMSE (bins): answers grouped by interval, history length and lapses, the root mean square
 *     gap between the predicted and the actual share remembered (lower is better).
 * A fit that wins on one and loses on the other is not clearly better, so the defaults stay: they
 * were fitted on millions of reviews and are a safe prior for anybody.
 */
export interface FitMetrics {
  readonly logLoss: number;
  readonly rmseBins: number;
}

export type FitDecision = 'adopt' | 'keep-defaults';

export function decideFit(defaults: FitMetrics, fitted: FitMetrics): FitDecision {
  return fitted.logLoss < defaults.logLoss && fitted.rmseBins < defaults.rmseBins ? 'adopt' : 'keep-defaults';
}

/**
 * Reviews on a later day than the question's previous one (training examples, see
 * review-history.ts) that `optimize` needs before it fits. Measured on simulated learners (README,
 * "Your own FSRS parameters"): below this the held-out slice is too small for its verdict to be
 * trusted, and the fit beat the defaults on fresh reviews too rarely to be worth offering.
 */
export const MIN_REVIEWS = 1000;

export type OptimizeDecision = FitDecision | 'too-little-history' | 'reset';

/** What `optimize` did, as `--json` prints it and the screen shows it. */
export interface OptimizeReport {
  readonly decision: OptimizeDecision;
  /** Whether the parameters in use changed. */
  readonly changed: boolean;
  /** Training examples in the history, and how they were split. */
  readonly reviews: number;
  readonly minimumReviews: number;
  readonly train: number;
  readonly test: number;
  /** On the held-out answers; null when nothing was fitted. */
  readonly metrics: { readonly defaults: FitMetrics; readonly fitted: FitMetrics } | null;
  /** The fitted parameters (null when nothing was fitted). */
  readonly fitted: readonly number[] | null;
  /** The parameters in use after this run; null: FSRS-6's defaults. */
  readonly parameters: readonly number[] | null;
  /** Questions rescheduled (null without --reschedule). */
  readonly rescheduled: number | null;
}
