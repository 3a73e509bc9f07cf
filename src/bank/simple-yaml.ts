/**
 * A fast reader for the plain subset of YAML that question banks are written in: block maps and
 * lists, one-line flow lists and maps, plain and quoted strings (multi-line too), `>` and `|`
 * block strings with `-` or default chomping, and comments.
 *
 * Why it exists: the yaml package builds a full syntax tree and costs ~0.4 ms a question, which
 * makes validating a large bank take seconds; this reader takes a few microseconds a question.
 *
 * It is never the judge of what is valid. The moment it meets anything outside its subset, or
 * anything the full parser might warn about (anchors, tags, odd indentation, duplicate or unsafe
 * keys, numbers in unusual notations, tabs, carriage returns, ...), it declines and the caller
 * falls back to the yaml package, which gives the real answer and the real error. For any text it
 * accepts it gives exactly the value, and the node positions, that the yaml package gives; a
 * differential test (test/bank/simple-yaml.test.ts) holds it to that.
 */
import { MAX_DEPTH } from './limits.ts';

export type PathSegment = string | number;

export interface SimpleYaml {
  readonly value: unknown;
  /** Offset of the node at `path` (as the yaml package's node ranges give it), or of its nearest existing parent. */
  offsetOf(path: readonly PathSegment[]): number;
}

/** The source positions of one map's entries, in order. */
interface MapAt {
  readonly kind: 'map';
  readonly start: number;
  readonly keys: string[];
  readonly keyAt: number[];
  readonly valueAt: number[];
  readonly valueIsScalar: boolean[];
}

interface SeqAt {
  readonly kind: 'seq';
  readonly start: number;
  readonly itemAt: number[];
}

/** Thrown (and caught below) the moment the text leaves the subset. */
class Declined {}

interface Parsed {
  readonly value: unknown;
  readonly at: number;
  readonly scalar: boolean;
}

/** A line's indentation and where its content starts; `contentAt === end` for a blank line. */
interface Line {
  readonly start: number;
  readonly indent: number;
  readonly contentAt: number;
  readonly end: number;
}

const MAX_KEY_LENGTH = 1024;
// Characters the subset never has to read; their presence sends the text to the full parser.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const OUTSIDE_SUBSET = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|^(?:---|\.\.\.|%)/m;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,14})$/;
// The yaml package's core-schema number forms; any other form than SMALL_INT is left to it.
const NUMBER_FORMS = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const MAY_NOT_BE_STRING = new Set([...'~nNtTfF+-.0123456789'].map((c) => c.charCodeAt(0)));
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
const DQ_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', ' ': ' ' };

/** The text's value and positions, or undefined when the text is outside the subset. */
export function parseSimpleYaml(text: string): SimpleYaml | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  const reader = new Reader(text);
  try {
    const root = reader.document();
    return { value: root.value, offsetOf: (path) => reader.offsetOf(root.at, root.value, path) };
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

class Reader {
  private readonly positions = new Map<object, MapAt | SeqAt>();
  /** Start of the first line not yet consumed. */
  private next = 0;

  constructor(private readonly text: string) {}

  document(): Parsed {
    const first = this.contentLine(0);
    if (!first) throw new Declined();
    this.next = first.start;
    const root = this.blockCollection(first, 0);
    if (this.contentLine(this.next)) throw new Declined();
    return root;
  }

  offsetOf(rootAt: number, root: unknown, path: readonly PathSegment[]): number {
    let node = root;
    let offset = rootAt;
    for (const segment of path) {
      const at = typeof node === 'object' && node !== null ? this.positions.get(node) : undefined;
      if (at?.kind === 'map') {
        const index = at.keys.indexOf(String(segment));
        if (index === -1) break;
        offset = at.keyAt[index] ?? offset;
        node = (node as Record<string, unknown>)[String(segment)];
        if (at.valueIsScalar[index]) offset = at.valueAt[index] ?? offset;
      } else if (at?.kind === 'seq') {
        if (typeof segment !== 'number' || segment < 0 || segment >= at.itemAt.length) break;
        offset = at.itemAt[segment] ?? offset;
        node = (node as unknown[])[segment];
      } else break;
    }
    return offset;
  }

  // --- lines ---------------------------------------------------------------------------------

  private line(start: number): Line {
    const text = this.text;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let contentAt = start;
    while (contentAt < end && text.charCodeAt(contentAt) === 32) contentAt++;
    return { start, indent: contentAt - start, contentAt, end };
  }

  /** The first line at or after `start` that holds more than spaces or a comment. */
  private contentLine(start: number): Line | undefined {
    for (let at = start; at < this.text.length; ) {
      const line = this.line(at);
      if (line.contentAt < line.end && this.text[line.contentAt] !== '#') return line;
      at = line.end + 1;
    }
    return undefined;
  }

  private isDash(line: Line): boolean {
    return this.text[line.contentAt] === '-' && this.separatorAt(line.contentAt + 1, line.end);
  }

  /** A space, or the end of the line. */
  private separatorAt(at: number, end: number): boolean {
    return at >= end || this.text.charCodeAt(at) === 32;
  }

  // --- block collections -----------------------------------------------------------------------

  private blockCollection(line: Line, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw new Declined();
    if (this.isDash(line)) return this.sequence(line, depth);
    return this.map(line.indent, line.contentAt, line.end, depth);
  }

  /** A block map whose keys stand at column `column`; its first key starts at `keyAt`. */
  private map(column: number, keyAt: number, lineEnd: number, depth: number): Parsed {
    const value: Record<string, unknown> = {};
    const at: MapAt = { kind: 'map', start: keyAt, keys: [], keyAt: [], valueAt: [], valueIsScalar: [] };
    const seen = new Set<string>();
    for (;;) {
      const colon = this.keyEnd(keyAt, lineEnd);
      const key = trimSpacesEnd(this.text.slice(keyAt, colon));
      this.checkKey(key, keyAt, colon, seen);
      const entry = this.value(this.skipSpaces(colon + 1, lineEnd), lineEnd, column, true, depth + 1);
      value[key] = entry.value;
      at.keys.push(key);
      at.keyAt.push(keyAt);
      at.valueAt.push(entry.at);
      at.valueIsScalar.push(entry.scalar);

      const line = this.contentLine(this.next);
      if (!line || line.indent < column) break;
      if (line.indent > column || this.isDash(line)) throw new Declined();
      this.next = line.start;
      keyAt = line.contentAt;
      lineEnd = line.end;
    }
    this.positions.set(value, at);
    return { value, at: at.start, scalar: false };
  }

  /** A block list whose dashes stand at the column of `first`. */
  private sequence(first: Line, depth: number): Parsed {
    const value: unknown[] = [];
    const at: SeqAt = { kind: 'seq', start: first.contentAt, itemAt: [] };
    const column = first.indent;
    let line = first;
    for (;;) {
      const itemStart = this.skipSpaces(line.contentAt + 1, line.end);
      // `- key: value` opens a map whose keys stand at the column of that first key.
      const item =
        itemStart < line.end && this.text[itemStart] !== '#' && this.looksLikeKey(itemStart, line.end)
          ? this.map(itemStart - line.start, itemStart, line.end, depth + 1)
          : this.value(itemStart, line.end, column, false, depth + 1);
      value.push(item.value);
      at.itemAt.push(item.at);

      const following = this.contentLine(this.next);
      if (!following || following.indent < column) break;
      if (following.indent > column) throw new Declined();
      if (!this.isDash(following)) break;
      line = following;
    }
    this.positions.set(value, at);
    return { value, at: at.start, scalar: false };
  }

  /** Where the `:` of a plain key on this line stands; declines when there is none. */
  private keyEnd(start: number, lineEnd: number): number {
    const colon = this.plainKeyColon(start, lineEnd);
    if (colon === -1) throw new Declined();
    return colon;
  }

  private looksLikeKey(start: number, lineEnd: number): boolean {
    return this.plainKeyColon(start, lineEnd) !== -1;
  }

  /** The `:` ending a plain key that starts at `start`, or -1 (a comment or the line's end comes first). */
  private plainKeyColon(start: number, lineEnd: number): number {
    const text = this.text;
    if (startsOutsidePlain(text, start, lineEnd)) return -1;
    for (let i = start; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 /* : */ && this.separatorAt(i + 1, lineEnd)) return i;
      if (c === 35 /* # */ && text.charCodeAt(i - 1) === 32) return -1;
    }
    return -1;
  }

  /** `colonAt`: the yaml package limits the distance from a key's start to its `:`, spaces included. */
  private checkKey(key: string, keyAt: number, colonAt: number, seen: Set<string>): void {
    if (key === '' || colonAt - keyAt > MAX_KEY_LENGTH || FORBIDDEN_KEYS.has(key) || seen.has(key)) throw new Declined();
    if (typeof resolvePlain(key) !== 'string') throw new Declined();
    if (startsOutsidePlain(this.text, keyAt, keyAt + key.length)) throw new Declined();
    seen.add(key);
  }

  // --- values ----------------------------------------------------------------------------------

  /**
   * The value that starts at `start` on a line ending at `lineEnd` (or on the lines after, when
   * this line has nothing more), belonging to a collection at column `parent`.
   */
  private value(start: number, lineEnd: number, parent: number, inMap: boolean, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw new Declined();
    const text = this.text;
    const c = text[start];
    if (start >= lineEnd || c === '#') {
      this.next = lineEnd + 1;
      const line = this.contentLine(this.next);
      if (line && (line.indent > parent || (inMap && line.indent === parent && this.isDash(line)))) {
        this.next = line.start;
        return this.blockCollection(line, depth);
      }
      return { value: null, at: start, scalar: true };
    }
    if (c === '|' || c === '>') return this.blockScalar(start, lineEnd, parent);
    if (c === '"' || c === "'") return this.quoted(start, parent);
    if (c === '[' || c === '{') return this.flow(start, lineEnd, depth);
    return this.plain(start, lineEnd, parent);
  }

  private plain(start: number, lineEnd: number, parent: number): Parsed {
    const text = this.text;
    // `-`, `?` and `:` may open a plain scalar when a non-space follows (`--overwrite`).
    const c = text[start];
    const indicatorLike = (c === '-' || c === '?' || c === ':') && start + 1 < lineEnd && text[start + 1] !== ' ';
    if (!indicatorLike && startsOutsidePlain(text, start, lineEnd)) throw new Declined();
    let end = this.plainLineEnd(start, lineEnd);
    let value = trimSpacesEnd(text.slice(start, end));
    this.next = lineEnd + 1;
    // A comment ends a plain scalar, so after one there are no continuation lines.
    if (end < lineEnd) return { value: resolvePlain(value), at: start, scalar: true };
    // Continuation lines, folded as YAML folds them: one line break is a space, n+1 are n breaks.
    let breaks = 0;
    for (let at = lineEnd + 1; at < text.length; ) {
      const line = this.line(at);
      if (line.contentAt === line.end) {
        breaks++;
        at = line.end + 1;
        continue;
      }
      if (line.indent <= parent || text[line.contentAt] === '#') break;
      if (startsOutsidePlain(text, line.contentAt, line.end)) throw new Declined();
      end = this.plainLineEnd(line.contentAt, line.end);
      value += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + trimSpacesEnd(text.slice(line.contentAt, end));
      breaks = 0;
      this.next = line.end + 1;
      if (end < line.end) break; // a comment ends the scalar
      at = line.end + 1;
    }
    return { value: resolvePlain(value), at: start, scalar: true };
  }

  /** Where a plain scalar's text on one line stops: the line's end or ` #`; declines at `: `. */
  private plainLineEnd(start: number, lineEnd: number): number {
    const text = this.text;
    for (let i = start; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 /* : */ && this.separatorAt(i + 1, lineEnd)) throw new Declined();
      if (c === 35 /* # */ && text.charCodeAt(i - 1) === 32) return i;
    }
    return lineEnd;
  }

  private quoted(start: number, parent: number): Parsed {
    const text = this.text;
    const quote = text[start];
    let i = start + 1;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1) lineEnd = text.length;
    for (;;) {
      if (i >= text.length) throw new Declined();
      const c = text[i];
      if (c === '\n') {
        // A continuation line must stand to the right of the collection holding the string.
        const line = this.line(i + 1);
        if (line.contentAt < line.end && line.indent <= parent) throw new Declined();
        lineEnd = line.end;
        i = line.start;
        continue;
      }
      if (quote === '"' && c === '\\') {
        // An escaped line break is still a line break for the indentation check above.
        i += text[i + 1] === '\n' ? 1 : 2;
        continue;
      }
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") {
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    const source = text.slice(start + 1, i);
    const value = quote === '"' ? doubleQuoted(source) : foldLines(source).replaceAll("''", "'");
    this.endOfLine(i + 1, lineEnd);
    return { value, at: start, scalar: true };
  }

  /** After a complete value only spaces and a comment may follow on its line. */
  private endOfLine(from: number, lineEnd: number): void {
    const rest = this.skipSpaces(from, lineEnd);
    if (rest < lineEnd && !(this.text[rest] === '#' && rest > from)) throw new Declined();
    this.next = lineEnd + 1;
  }

  private blockScalar(start: number, lineEnd: number, parent: number): Parsed {
    const text = this.text;
    const folded = text[start] === '>';
    let headerEnd = start + 1;
    const chomp = text[headerEnd] === '-' ? '-' : '';
    if (chomp) headerEnd++;
    this.endOfLine(headerEnd, lineEnd);

    // The content's indentation is that of its first non-blank line.
    let indent = -1;
    let longestLeadingBlank = 0;
    const lines: Line[] = [];
    for (let at = lineEnd + 1; at < text.length; ) {
      const line = this.line(at);
      const blank = line.contentAt === line.end;
      if (indent === -1) {
        if (blank) longestLeadingBlank = Math.max(longestLeadingBlank, line.indent);
        else indent = line.indent;
      }
      if (!blank && line.indent < indent) break;
      if (blank && indent !== -1 && line.indent > indent) throw new Declined();
      lines.push(line);
      at = line.end + 1;
    }
    if (indent <= parent || longestLeadingBlank > indent) throw new Declined();
    while (lines.length > 0 && (lines[lines.length - 1] as Line).contentAt === (lines[lines.length - 1] as Line).end) lines.pop();
    const last = lines[lines.length - 1];
    this.next = last ? last.end + 1 : lineEnd + 1;

    let value = '';
    let separator = '';
    for (const line of lines) {
      const content = line.contentAt === line.end ? '' : text.slice(line.start + indent, line.end);
      if (!folded) {
        value += separator + content;
        separator = '\n';
      } else if (line.indent > indent && content !== '') {
        throw new Declined(); // more-indented lines fold differently; rare enough to leave to the full parser
      } else if (content === '') {
        if (separator === '\n') value += '\n';
        else separator = '\n';
      } else {
        value += separator + content;
        separator = ' ';
      }
    }
    if (chomp !== '-') value += '\n';
    return { value, at: start, scalar: true };
  }

  /** A one-line flow list or map of scalars: `[a, b]`, `{en: x, ja: y}`. */
  private flow(start: number, lineEnd: number, depth: number): Parsed {
    if (depth + 1 > MAX_DEPTH) throw new Declined();
    const text = this.text;
    const isMap = text[start] === '{';
    const close = isMap ? '}' : ']';
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const seqAt: SeqAt = { kind: 'seq', start, itemAt: [] };
    const mapAt: MapAt = { kind: 'map', start, keys: [], keyAt: [], valueAt: [], valueIsScalar: [] };
    const seen = new Set<string>();
    let i = this.skipSpaces(start + 1, lineEnd);
    if (text[i] === close) i++;
    else {
      for (;;) {
        if (isMap) {
          const keyStart = i;
          const keyEnd = this.flowPlainEnd(i, lineEnd);
          if (text[keyEnd] !== ':' || !this.separatorAt(keyEnd + 1, lineEnd)) throw new Declined();
          const key = trimSpacesEnd(text.slice(keyStart, keyEnd));
          this.checkKey(key, keyStart, keyEnd, seen);
          const item = this.flowScalar(this.skipSpaces(keyEnd + 1, lineEnd), lineEnd);
          map[key] = item.value;
          mapAt.keys.push(key);
          mapAt.keyAt.push(keyStart);
          mapAt.valueAt.push(item.at);
          mapAt.valueIsScalar.push(true);
          i = item.end;
        } else {
          const item = this.flowScalar(i, lineEnd);
          list.push(item.value);
          seqAt.itemAt.push(item.at);
          i = item.end;
        }
        i = this.skipSpaces(i, lineEnd);
        if (text[i] === close) {
          i++;
          break;
        }
        if (text[i] !== ',') throw new Declined();
        i = this.skipSpaces(i + 1, lineEnd);
      }
    }
    this.endOfLine(i, lineEnd);
    const value = isMap ? map : list;
    this.positions.set(value, isMap ? mapAt : seqAt);
    return { value, at: start, scalar: false };
  }

  private flowScalar(start: number, lineEnd: number): Parsed & { end: number } {
    const text = this.text;
    const c = text[start];
    if (c === '"' || c === "'") {
      let i = start + 1;
      for (; i < lineEnd; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
      if (i >= lineEnd) throw new Declined();
      const source = text.slice(start + 1, i);
      return { value: c === '"' ? doubleQuoted(source) : source.replaceAll("''", "'"), at: start, scalar: true, end: i + 1 };
    }
    if (startsOutsidePlain(text, start, lineEnd) || c === ',' || c === ']' || c === '}') throw new Declined();
    const end = this.flowPlainEnd(start, lineEnd);
    if (text[end] === ':') throw new Declined();
    return { value: resolvePlain(trimSpacesEnd(text.slice(start, end))), at: start, scalar: true, end };
  }

  /** Where a plain scalar inside a flow collection stops: `,` `]` `}` or a `:` that ends a key. */
  private flowPlainEnd(start: number, lineEnd: number): number {
    const text = this.text;
    for (let i = start; i < lineEnd; i++) {
      const c = text[i];
      if (c === ',' || c === ']' || c === '}') return i;
      if (c === '[' || c === '{') throw new Declined();
      if (c === ':') {
        const after = text[i + 1];
        if (i + 1 >= lineEnd || after === ' ' || after === ',' || after === ']' || after === '}' || after === '[' || after === '{') return i;
      }
      if (c === '#' && text[i - 1] === ' ') throw new Declined();
    }
    throw new Declined();
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    return at;
  }
}

/**
 * Whether a scalar starting here is one the subset leaves to the full parser: YAML indicators
 * (anchors, aliases, tags, directives, reserved characters, explicit keys, nested dashes) and
 * quoted or flow starts where only a plain scalar may stand.
 */
function startsOutsidePlain(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  switch (text[at]) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case "'":
    case '"':
    case '%':
    case '@':
    case '`':
      return true;
    default:
      return false;
  }
}

// YAML's white space is the space and the tab (tabs never reach this reader). String.prototype.trim
// would also strip U+3000, U+00A0 and other Unicode spaces, which YAML keeps.
const trimSpacesEnd = (text: string): string => text.replace(/ +$/, '');
const trimSpacesStart = (text: string): string => text.replace(/^ +/, '');

/** A plain scalar's value under the YAML 1.2 core schema; unusual number forms are declined. */
function resolvePlain(text: string): unknown {
  if (text === '') throw new Declined(); // the yaml package reads an empty scalar as null
  // Most scalars are words: only these first characters can start a null, a boolean or a number.
  if (!MAY_NOT_BE_STRING.has(text.charCodeAt(0))) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (SMALL_INT.test(text)) return Number(text);
  if (NUMBER_FORMS.some((form) => form.test(text))) throw new Declined();
  return text;
}

/** Line folding inside quotes: one break becomes a space, n+1 breaks become n; edge spaces go. */
function foldLines(source: string): string {
  if (!source.includes('\n')) return source;
  const lines = source.split('\n');
  let value = trimSpacesEnd(lines[0] as string);
  let separator = ' ';
  for (let i = 1; i < lines.length; i++) {
    const last = i === lines.length - 1;
    const line = last ? trimSpacesStart(lines[i] as string) : trimSpacesStart(trimSpacesEnd(lines[i] as string));
    if (line === '' && !last) {
      if (separator === '\n') value += separator;
      else separator = '\n';
    } else {
      value += separator + line;
      separator = ' ';
    }
  }
  return value;
}

/** A double-quoted string's value: escapes, `\` line continuations and folding. */
function doubleQuoted(source: string): string {
  if (!source.includes('\\')) return foldLines(source);
  let value = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\n') {
      let breaks = 0;
      let j = i;
      while (source[j] === '\n' || source[j] === ' ') {
        if (source[j] === '\n') breaks++;
        j++;
      }
      value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      i = j - 1;
    } else if (c === '\\') {
      const next = source[++i];
      if (next === '\n') {
        while (source[i + 1] === ' ') i++;
      } else if (next === 'u') {
        const hex = source.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Declined();
        value += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else {
        const escaped = next === undefined ? undefined : DQ_ESCAPES[next];
        if (escaped === undefined) throw new Declined();
        value += escaped;
      }
    } else if (c === ' ') {
      let j = i;
      while (source[j] === ' ') j++;
      if (source[j] !== '\n') value += source.slice(i, j);
      i = j - 1;
    } else value += c;
  }
  return value;
}
