import { UNSAFE_CHAR } from '../text/unsafe-chars.ts';

/**
 * The only way untrusted text (bank content, file names, messages from libraries) reaches the
 * terminal. Escape sequences are removed whole, so a bank cannot move the cursor, retitle the
 * window or hide text; other control and bidi-override characters become '?', so that something
 * odd stays visible instead of silently vanishing.
 */

// CSI / OSC / other ESC sequences (ECMA-48), including the 8-bit CSI introducer.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what it removes
const ESCAPE_SEQUENCE = /(?:\x1b\[[0-?]*[ -/]*[@-~])|(?:\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?)|(?:\x1b[@-Z\\-_])|(?:\x9b[0-?]*[ -/]*[@-~])/g;

/** Text that may span lines (question prompts, explanations). */
export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE_CHAR, '?').replace(/\t/g, '  ');
}

/** Text that must stay on one line (error messages, file names in summaries). */
export function sanitizeLine(text: string): string {
  return sanitize(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
