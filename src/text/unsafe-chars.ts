/**
 * The characters untrusted text must not carry to a terminal: shared by the bank rules (which
 * refuse them in a bank) and the sanitizer (which neutralises them anywhere else).
 */

// C0 controls except TAB, LF and CR, DEL, C1 controls, and the bidi embedding/override/isolate
// marks. One list for both tests below; the sanitizer's adds CR.
const UNSAFE_BUT_CR = '\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069';
export const UNSAFE_CHAR = new RegExp(`[${UNSAFE_BUT_CR}\\r]`, 'g');

// The same set as one test, except that a CR is fine when it ends a CRLF line break. Built once:
// the bank rules run it on every string of every bank.
const UNSAFE_OUTSIDE_CRLF = new RegExp(`[${UNSAFE_BUT_CR}]|\\r(?!\\n)`);

/** True when the text holds such a character (a CRLF line break is fine). */
export function hasUnsafeChars(text: string): boolean {
  return UNSAFE_OUTSIDE_CRLF.test(text);
}
