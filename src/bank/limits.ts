/** Limits that keep a hostile bank from costing more than a clear error. */
export const MAX_BANK_BYTES = 4 * 1024 * 1024;
export const MAX_DEPTH = 32;
/**
 * Problems reported per file. A 4 MB file of `[]` pairs gave 2 million (122 s, then out of
 * memory); past this many the reader stops and the rest is summed up as "… and N more".
 */
export const MAX_PROBLEMS_PER_FILE = 200;
/**
 * Values (sequence items and flow-collection items) in one file. The built-in banks hold about
 * 20 a question; a 4 MB file of `- []` lines or `[[],[],…]` holds a million, which the YAML
 * parser turns into gigabytes before any check could object.
 */
export const MAX_VALUES = 150_000;
/** Questions in one file: checked before the schema, which would report on each of a million. */
export const MAX_QUESTIONS_PER_FILE = 10_000;
