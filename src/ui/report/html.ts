/**
 * Text into HTML. Untrusted text (bank titles, topics, question ids from an imported file) is
 * neutralised as the terminal sanitizer does, then escaped, so nothing in it can open a tag,
 * close an attribute or start a script.
 */
import { sanitize } from '../sanitize.ts';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A number as an attribute or text value: finite, at most 4 decimals, no exponent. */
export function num(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}
