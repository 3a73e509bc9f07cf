/**
 * YAML text → plain data, refusing everything a question bank has no use for and an attacker
 * might: aliases (alias bombs), anchors, explicit tags, duplicate keys, `__proto__` keys, deep
 * nesting, tab indentation and oversized files. Every refusal carries a source position.
 *
 * The yaml package's own duplicate-key check is quadratic in the number of keys of a map, so it is
 * switched off (`uniqueKeys: false`) and done here with a Set per map.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';

import { MAX_BANK_BYTES, MAX_DEPTH, MAX_PROBLEMS_PER_FILE, MAX_VALUES } from './limits.ts';
import { parseSimpleYaml, type PathSegment } from './simple-yaml.ts';

export type { PathSegment };

export interface SourceProblem {
  readonly offset: number;
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export interface ParsedSource {
  /** The data, present only when there were no problems. */
  readonly value?: unknown;
  readonly problems: readonly SourceProblem[];
  /** Reading stopped after MAX_PROBLEMS_PER_FILE problems: there are more, not counted. */
  readonly stopped?: boolean;
  /** Offset in the source of the value at `path`, or of its nearest existing parent. */
  offsetOf(path: readonly PathSegment[]): number;
  lineCol(offset: number): { line: number; col: number };
}

/**
 * Banks are read by the fast subset reader when they stay inside its subset (the built-in ones
 * all do) and by the yaml package otherwise; both give the same value and positions.
 */
export function parseYamlSource(rawText: string): ParsedSource {
  return parse(rawText, true);
}

/** The yaml package alone, never the subset reader: the reference the subset reader is tested against. */
export function parseYamlSourceFully(rawText: string): ParsedSource {
  return parse(rawText, false);
}

function parse(rawText: string, allowSubsetReader: boolean): ParsedSource {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // Offsets are into `text`; a stripped BOM is not a column anyone sees.
  const lineCol = lineColumnOf(text);
  const early = preScan(text);
  if (early) return { problems: [early], offsetOf: () => early.offset, lineCol };
  const simple = allowSubsetReader ? parseSimpleYaml(text) : undefined;
  if (simple) return { value: simple.value, problems: [], offsetOf: simple.offsetOf, lineCol };

  const { doc, stopped } = parseFirstDocument(text);
  const problems: SourceProblem[] = [];
  for (const error of doc.errors) {
    problems.push({ offset: error.pos[0], path: [], message: firstSentence(error.message) });
  }
  for (const warning of doc.warnings) {
    problems.push({ offset: warning.pos[0], path: [], message: firstSentence(warning.message) });
  }
  if (problems.length === 0) checkNode(doc.contents as Node | null, [], 0, problems);

  const offsetOf = (path: readonly PathSegment[]) => nodeAt(doc, path);
  if (stopped || problems.length > MAX_PROBLEMS_PER_FILE) return { problems: problems.slice(0, MAX_PROBLEMS_PER_FILE), stopped: true, offsetOf, lineCol };
  if (problems.length > 0) return { problems, offsetOf, lineCol };
  return { value: doc.toJS({ maxAliasCount: 0 }), problems, offsetOf, lineCol };
}

/**
 * The yaml package's parseDocument, but fed its tokens one by one so that it stops once the
 * lexer has reported more errors than are ever shown (each `[]` after the first is one).
 */
function parseFirstDocument(text: string): { doc: Document; stopped: boolean } {
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true, stringKeys: false });
  let errors = 0;
  let stopped = false;
  function* capped(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      if (token.type === 'error' && ++errors > MAX_PROBLEMS_PER_FILE) {
        stopped = true;
        return;
      }
      yield token;
    }
  }
  // As parseDocument does: the first document, and an error at the start of a second one.
  let doc: Document | undefined;
  for (const next of composer.compose(capped(new Parser().parse(text)), true, text.length)) {
    if (!doc) doc = next as Document;
    else {
      doc.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'),
      );
      break;
    }
  }
  return { doc: doc as Document, stopped };
}

/** The yaml package appends a source excerpt after the first line; the position says as much. */
function firstSentence(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

const LF = 0x0a;
const HASH = 0x23;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const SPACE = 0x20;
const DASH = 0x2d;
const COMMA = 0x2c;
const WHITESPACE = /\s/;

/** Cheap checks that must run before the parser sees the text. */
function preScan(text: string): SourceProblem | undefined {
  if (text.length > MAX_BANK_BYTES) {
    return { offset: 0, path: [], message: `file is larger than ${MAX_BANK_BYTES / 1024 / 1024} MB` };
  }
  // Flow collections nest without indentation, so a few bytes can nest thousands deep.
  // (Character codes rather than characters: this loop reads every byte of every bank.)
  let depth = 0;
  let quote = 0;
  let comment = false;
  // Values: block sequence items ("- " first on a line) and flow items (openers and commas).
  let values = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      comment = false;
      lineStart = true;
      continue;
    }
    if (lineStart && c !== SPACE) {
      lineStart = false;
      if (c === DASH && !quote && !comment) values++;
    }
    if (comment) continue;
    if (quote) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === HASH && (i === 0 || WHITESPACE.test(text[i - 1] ?? ''))) comment = true;
    else if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && depth > 0) quote = c;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      values++;
      if (++depth > MAX_DEPTH) return { offset: i, path: [], message: `nesting deeper than ${MAX_DEPTH} levels` };
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) depth--;
    else if (c === COMMA && depth > 0) values++;
    if (values > MAX_VALUES)
      return { offset: i, path: [], message: `more than ${MAX_VALUES} values (list items) in one file; split the bank into several files` };
  }
  const tab = /^[ ]*\t/m.exec(text);
  if (tab) return { offset: tab.index + tab[0].length - 1, path: [], message: 'tab used for indentation; indent with spaces' };
  return undefined;
}

function checkNode(node: Node | null, path: PathSegment[], depth: number, problems: SourceProblem[]): void {
  // One over the cap is enough to say "more".
  if (node === null || problems.length > MAX_PROBLEMS_PER_FILE) return;
  const offset = node.range?.[0] ?? 0;
  if (depth > MAX_DEPTH) {
    problems.push({ offset, path, message: `nesting deeper than ${MAX_DEPTH} levels` });
    return;
  }
  if (isAlias(node)) {
    problems.push({ offset, path, message: 'YAML aliases (*name) are not allowed in a bank' });
    return;
  }
  if (node.anchor) problems.push({ offset, path, message: `YAML anchors (&${node.anchor}) are not allowed in a bank` });
  if (node.tag) problems.push({ offset, path, message: `YAML tags (${node.tag}) are not allowed in a bank` });
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keyOffset = keyNode?.range?.[0] ?? offset;
      if (!isScalar(keyNode)) {
        problems.push({ offset: keyOffset, path, message: 'map keys must be plain strings' });
        continue;
      }
      if (keyNode.anchor || keyNode.tag) checkNode(keyNode, path, depth + 1, problems);
      const key = String(keyNode.value);
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        problems.push({ offset: keyOffset, path, message: `key "${key}" is not allowed` });
        continue;
      }
      if (seen.has(key)) {
        problems.push({ offset: keyOffset, path: [...path, key], message: `duplicate key "${key}"` });
        continue;
      }
      seen.add(key);
      checkNode(pair.value as Node | null, [...path, key], depth + 1, problems);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      checkNode(item as Node | null, [...path, index], depth + 1, problems);
    });
  }
}

function nodeAt(doc: Document, path: readonly PathSegment[]): number {
  let node = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
      // A scalar is best shown where it stands; a list or map by its key.
      if (isScalar(node) && node.range) offset = node.range[0];
    } else if (isSeq(node)) {
      const item = typeof segment === 'number' ? (node.items[segment] as Node | undefined) : undefined;
      if (!item) break;
      node = item;
      if (node.range) offset = node.range[0];
    } else break;
  }
  return offset;
}

/** 1-based line and column of an offset, by binary search over line starts computed once. */
function lineColumnOf(text: string): (offset: number) => { line: number; col: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (starts[low] ?? 0) + 1 };
  };
}
