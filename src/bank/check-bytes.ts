/** A bank file's bytes → a checked bank or its problems: strict UTF-8 first, then checkBankText. */
import { checkBankText, type CheckedBank } from './check.ts';

export function checkBankBytes(bytes: Uint8Array, displayName: string): CheckedBank {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [{ file: displayName, line: firstBadLine(bytes), col: 1, path: '', message: 'the file is not valid UTF-8' }] };
  }
  return checkBankText(text, displayName);
}

/** The line holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return 1;
}
