/** Limits that keep a hostile bank from costing more than a clear error. */
export const MAX_BANK_BYTES = 4 * 1024 * 1024;
export const MAX_DEPTH = 32;
