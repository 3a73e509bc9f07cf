import { describe, expect, it } from 'vitest';
import { decideFit } from '../../src/srs/fit-decision.ts';

const m = (logLoss: number, rmseBins: number) => ({ logLoss, rmseBins });

describe('decideFit', () => {
  it.each([
    ['better on both', m(0.5, 0.1), m(0.45, 0.08), 'adopt'],
    ['better log loss, worse RMSE', m(0.5, 0.1), m(0.45, 0.12), 'keep-defaults'],
    ['worse log loss, better RMSE', m(0.5, 0.1), m(0.52, 0.05), 'keep-defaults'],
    ['equal', m(0.5, 0.1), m(0.5, 0.1), 'keep-defaults'],
    ['worse on both', m(0.5, 0.1), m(0.6, 0.2), 'keep-defaults'],
  ])('%s → %s', (_name, defaults, fitted, decision) => {
    expect(decideFit(defaults, fitted)).toBe(decision);
  });
});
