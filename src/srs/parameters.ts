/**
 * FSRS-6 has 21 parameters (w0–w20); a fitted set always has all of them. Apart from the
 * scheduler so that checking a score file's settings does not load the FSRS library.
 */
export const PARAMETER_COUNT = 21;
