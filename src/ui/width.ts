/**
 * Display width and wrapping that are right for Japanese: CJK characters take two columns, and a
 * line may break between any two of them, but not before closing punctuation (kinsoku).
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are what it removes
const SGR = /\x1b\[[0-9;]*m/g;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f || code === 0x3099 || code === 0x309a;
}

export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isZeroWidth(code)) return 0;
  return isWide(code) ? 2 : 1;
}

/** Columns the text takes on a terminal, colour codes ignored. */
export function stringWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(SGR, '')) width += charWidth(char);
  return width;
}

/** Pad (or not) to a display width. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

/** Characters a line must not start with (Japanese line-breaking rules). */
const NO_LINE_START = new Set([...'、。，．・：；？！ー）」』】〕〉》”’ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;?!)]}%']);

/**
 * Wrap plain text (no colour codes) to `width` columns. Latin text breaks at spaces; CJK text may
 * break between characters. Existing line breaks are kept; `indent` starts every line.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const room = Math.max(10, width - stringWidth(indent));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    out.push(...wrapLine(paragraph, room).map((line) => indent + line));
  }
  return out.join('\n');
}

function wrapLine(text: string, width: number): string[] {
  if (stringWidth(text) <= width) return [text];
  const lines: string[] = [];
  // Tokens: runs of non-space latin characters, single spaces, or single wide characters.
  const tokens = text.match(/[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]+|\s|./gu) ?? [];
  let line = '';
  let lineWidth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const tokenWidth = stringWidth(token);
    if (lineWidth + tokenWidth > width && line.trim() !== '') {
      if (/^\s$/.test(token)) {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
        continue;
      }
      // Kinsoku: pull the previous character down rather than start a line with closing punctuation.
      if (NO_LINE_START.has(token[0] ?? '') && line.length > 1 && stringWidth(line.slice(-1)) === 2) {
        const last = line.slice(-1);
        lines.push(line.slice(0, -1).trimEnd());
        line = last;
        lineWidth = stringWidth(last);
      } else {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
    }
    if (line === '' && /^\s$/.test(token)) continue;
    // A single token longer than the line (a URL) is cut hard.
    if (tokenWidth > width) {
      let rest = token;
      while (stringWidth(rest) > width - lineWidth) {
        let cut = 0;
        let used = 0;
        for (const char of rest) {
          if (used + charWidth(char) > width - lineWidth) break;
          used += charWidth(char);
          cut += char.length;
        }
        lines.push(line + rest.slice(0, cut));
        rest = rest.slice(cut);
        line = '';
        lineWidth = 0;
      }
      line = rest;
      lineWidth = stringWidth(rest);
      continue;
    }
    line += token;
    lineWidth += tokenWidth;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** `head` then the text, wrapped so that continuation lines line up under the text. */
export function hanging(head: string, text: string, width: number, indent = stringWidth(head)): string {
  const body = wrap(text, width, ' '.repeat(indent));
  return head + body.slice(indent);
}
