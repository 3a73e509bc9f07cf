/**
 * The only way untrusted text (bank content, file names, messages from libraries) reaches the
 * terminal. Escape sequences are removed whole, so a bank cannot move the cursor, retitle the
 * window or hide text; other control and bidi-override characters become '?', so that something
 * odd stays visible instead of silently vanishing.
 */

// CSI / OSC / other ESC sequences (ECMA-48), including the 8-bit CSI introducer.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /(?:\x1b\[[0-?]*[ -/]*[@-~])|(?:\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?)|(?:\x1b[@-Z\\-_])|(?:\x9b[0-?]*[ -/]*[@-~])/g;
// C0 controls except TAB and LF, DEL, C1 controls, and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text that may span lines (question prompts, explanations). */
export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE_CHAR, '?').replace(/\t/g, '  ');
}

/** Text that must stay on one line (error messages, file names in summaries). */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\s*\n\s*/g, ' ').trim();
}

/** True when the text holds a character `sanitize` would change (used by the bank rules). */
export function hasUnsafeChars(text: string): boolean {
  UNSAFE_CHAR.lastIndex = 0;
  const found = UNSAFE_CHAR.test(text.replace(/\r\n/g, '\n'));
  UNSAFE_CHAR.lastIndex = 0;
  return found;
}
