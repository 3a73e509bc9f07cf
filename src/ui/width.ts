/**
 * Display width and line breaking that are right for Japanese and for terminals.
 *
 * Widths come from string-width (Unicode's East Asian Width, grapheme clusters, emoji
 * sequences such as 👍🏽 as one two-column cluster), not from a table of our own: a table kept by
 * hand counted ✅ ❌ ⭐ as one column and split 👍🏽 in two.
 *
 * Lines break at spaces in Latin text and between characters in Japanese, following the two sets
 * of Japanese line-breaking rules (kinsoku shori, JIS X 4051): a line never starts with closing
 * punctuation, small kana or the long-vowel mark, and never ends with an opening bracket. A URL is
 * never broken: one longer than the line stands alone on its own line, so a terminal can still
 * open it.
 */
import measure from 'string-width';

/** Printable ASCII: one column each. */
const NARROW = /^[\x20-\x7e]*$/;
/**
 * Printable ASCII mixed with the characters Japanese text is made of, all wide (two columns) and
 * none of them combining: the ideographic space and punctuation (combining tone marks 302A–302F
 * left out), hiragana and katakana (combining sound marks 3099–309A left out), the unified CJK
 * ideographs, and full-width forms. string-width counts these the same (test/ui/width.test.ts
 * checks every one of them against it); its grapheme and emoji tables, whose first use costs
 * tens of milliseconds, are needed only for anything else.
 */
const SIMPLE = /^[\x20-\x7e\u3000-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u4e00-\u9fff\uff01-\uff60]*$/;
/** Columns the text takes on a terminal, colour codes ignored. */
export function stringWidth(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
  if (NARROW.test(plain)) return plain.length;
  if (SIMPLE.test(plain)) {
    let width = 0;
    for (let i = 0; i < plain.length; i++) width += plain.charCodeAt(i) < 0x7f ? 1 : 2;
    return width;
  }
  return measure(plain);
}

/** Pad (or not) to a display width. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

/** Made on first use: building a segmenter loads Unicode tables, which ASCII and Japanese text never need. */
let segmenter: Intl.Segmenter | undefined;
const graphemes = () => (segmenter ??= new Intl.Segmenter('ja', { granularity: 'grapheme' }));

/** The text cut to `width` columns, with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes().segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Characters a line must not start with: closing brackets and punctuation, small kana, iteration and prolonged-sound marks. */
const NO_LINE_START = new Set([
  ...'、。，．・：；？！‼⁇⁈⁉ー―‐゠–〜～…‥）」』】〕〉》〙〗〟’”｠»］｝',
  ...'ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ...',.:;?!)]}%',
]);

/** Characters a line must not end with: opening brackets and quotes. */
const NO_LINE_END = new Set([...'（「『【〔〈《〘〖〝‘“｟«［｛', ...'([{']);

const URL_START = /^https?:\/\//i;

interface Token {
  readonly text: string;
  readonly width: number;
  /** A space: a break point that disappears at the end or start of a line. */
  readonly space: boolean;
  /** A line may break before this token (before kinsoku is applied). */
  readonly breakBefore: boolean;
  readonly url: boolean;
}

/**
 * Tokens of one paragraph: spaces, URLs, runs of narrow characters (a Latin word with its
 * punctuation), and single wide graphemes (a Japanese character, an emoji).
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  const endWord = () => {
    if (word === '') return;
    const isUrl = URL_START.test(word);
    tokens.push({ text: word, width: stringWidth(word), space: false, breakBefore: true, url: isUrl });
    word = '';
  };
  // Text of SIMPLE characters is one grapheme per UTF-16 unit: no segmenter needed (its first use loads tables).
  const segments = SIMPLE.test(text) ? text : Array.from(graphemes().segment(text), (s) => s.segment);
  for (const segment of segments) {
    if (/^\s+$/u.test(segment)) {
      endWord();
      tokens.push({ text: ' ', width: 1, space: true, breakBefore: true, url: false });
      continue;
    }
    const w = stringWidth(segment);
    // A URL runs to the next space, whatever characters it holds.
    if (w >= 2 && !URL_START.test(word)) {
      endWord();
      tokens.push({ text: segment, width: w, space: false, breakBefore: true, url: false });
      continue;
    }
    word += segment;
  }
  endWord();
  return tokens;
}

/**
 * Groups of tokens that must stay on one line: a token joins the one before it when kinsoku
 * forbids the break between them (it starts with closing punctuation, or the one before ends
 * with an opening bracket). A wide character directly after a Latin word may break from it, as
 * in Japanese typesetting ("EC2を" may break before "を").
 */
function atoms(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out.at(-1);
    const glued =
      previous !== undefined &&
      !previous.space &&
      !token.space &&
      !token.url &&
      !previous.url &&
      (NO_LINE_START.has(firstChar(token.text)) || NO_LINE_END.has(lastChar(previous.text)));
    if (glued) out[out.length - 1] = { text: previous.text + token.text, width: previous.width + token.width, space: false, breakBefore: true, url: false };
    else out.push(token);
  }
  return out;
}

const firstChar = (text: string) => [...text][0] ?? '';
const lastChar = (text: string) => [...text].at(-1) ?? '';

/**
 * Wrap plain text (no colour codes) to `width` columns. Existing line breaks are kept; `indent`
 * starts every line. Lines are never made narrower than `least` (a table's cell may be narrower).
 */
export function wrap(text: string, width: number, indent = '', least = 10): string {
  const room = Math.max(least, width - stringWidth(indent));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    out.push(...wrapLine(paragraph, room).map((line) => (line === '' ? line : indent + line)));
  }
  return out.join('\n');
}

function wrapLine(text: string, width: number): string[] {
  if (stringWidth(text) <= width) return [text.trimEnd()];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  // Spaces between words, kept as they are (two spaces stay two) unless the line breaks there.
  let pendingSpaces = '';
  const flush = () => {
    if (line !== '') lines.push(line);
    line = '';
    lineWidth = 0;
    pendingSpaces = '';
  };
  for (const atom of atoms(tokenize(text))) {
    if (atom.space) {
      if (line !== '') pendingSpaces += ' ';
      continue;
    }
    const gap = pendingSpaces.length;
    if (line !== '' && lineWidth + gap + atom.width > width) flush();
    else if (gap) {
      line += pendingSpaces;
      lineWidth += gap;
    }
    pendingSpaces = '';
    if (atom.width <= width) {
      line += atom.text;
      lineWidth += atom.width;
      continue;
    }
    // Longer than a whole line: a URL stands alone, unbroken; anything else is cut by graphemes.
    if (atom.url) {
      flush();
      lines.push(atom.text);
      continue;
    }
    for (const { segment } of graphemes().segment(atom.text)) {
      const w = stringWidth(segment);
      if (lineWidth + w > width && line !== '') flush();
      line += segment;
      lineWidth += w;
    }
  }
  flush();
  return lines.length > 0 ? lines : [''];
}

/** `head` then the text, wrapped so that continuation lines line up under the text. */
export function hanging(head: string, text: string, width: number, indent = stringWidth(head)): string {
  const body = wrap(text, width, ' '.repeat(indent));
  return head + body.slice(indent);
}

/** Whether a line is one URL and nothing else (the one kind of line allowed to be wider than the terminal). */
export function isUrlLine(line: string): boolean {
  return /^\s*https?:\/\/\S+\s*$/i.test(line.replace(SGR, ''));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are what it removes
const SGR = /\x1b\[[0-9;]*m/g;
