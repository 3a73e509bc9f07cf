import { fsrs, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { measureFit } from '../../src/srs/fit-metrics.ts';
import type { ReviewItem } from '../../src/srs/review-history.ts';

const defaults = fsrs(generatorParameters({ enable_fuzz: false, learning_steps: [], relearning_steps: [] }));
/** Recall FSRS-6's defaults predict after a first `rating`, `days` later. */
const recallAfter = (rating: 1 | 2 | 3 | 4, days: number) => defaults.forgetting_curve(days, defaults.next_state(null, 0, rating).stability);
const item = (first: 1 | 2 | 3 | 4, days: number, outcome: 1 | 3): ReviewItem => ({
  reviews: [
    { rating: first, deltaT: 0 },
    { rating: outcome, deltaT: days },
  ],
  at: 0,
});

describe('measureFit', () => {
  it('log loss: −ln p for a right answer, −ln(1 − p) for a wrong one, averaged', () => {
    const items = [item(3, 2, 3), item(3, 2, 1), item(1, 5, 3)];
    const p1 = recallAfter(3, 2);
    const p2 = recallAfter(1, 5);
    const expected = (-Math.log(p1) - Math.log(1 - p1) - Math.log(p2)) / 3;
    expect(measureFit(items).logLoss).toBeCloseTo(expected, 10);
  });

  it('RMSE (bins): in one bin, the gap between the mean prediction and the share remembered', () => {
    // Same interval, same history length, no lapse: one bin. Two right of three.
    const items = [item(3, 2, 3), item(3, 2, 3), item(3, 2, 1)];
    expect(measureFit(items).rmseBins).toBeCloseTo(Math.abs(recallAfter(3, 2) - 2 / 3), 10);
  });

  it('RMSE (bins): bins by interval are kept apart, weighted by size', () => {
    // Two bins (2 days, 20 days), each all right: gaps 1 − p, weighted 2:1.
    const items = [item(3, 2, 3), item(3, 2, 3), item(3, 20, 3)];
    const expected = Math.sqrt((2 * (1 - recallAfter(3, 2)) ** 2 + (1 - recallAfter(3, 20)) ** 2) / 3);
    expect(measureFit(items).rmseBins).toBeCloseTo(expected, 10);
  });

  it('other parameters predict otherwise: a model that forgets faster loses less on forgotten answers', () => {
    const forgetful = [0.05, 0.1, 0.2, 0.5, ...generatorParameters().w.slice(4)];
    const forgotten = [item(3, 10, 1), item(3, 12, 1), item(4, 15, 1)];
    expect(measureFit(forgotten, forgetful).logLoss).toBeLessThan(measureFit(forgotten).logLoss);
  });
});
