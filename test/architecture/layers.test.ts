/**
 * The layers of src/ and the one direction of their imports (house style, "One shape that fits
 * this project"): cli → ui → engine → srs → bank, cli and ui and store → engine, cli → store. A
 * pure core: bank, srs and engine touch no disk, process or clock. No import cycles, type-only
 * and lazy imports included. Imports are read from the syntax tree, so none is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const SRC = join(ROOT, 'src');

/** What each layer may import; a file directly in src/ (errors.ts) is `shared`. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  text: [],
  bank: ['text', 'shared'],
  srs: ['bank', 'text', 'shared'],
  engine: ['srs', 'bank', 'text', 'shared'],
  store: ['engine', 'srs', 'bank', 'text', 'shared'],
  ui: ['engine', 'srs', 'bank', 'text', 'shared'],
  cli: ['ui', 'store', 'engine', 'srs', 'bank', 'text', 'shared'],
};
const PURE = ['bank', 'srs', 'engine'];

interface Import {
  readonly specifier: string;
  readonly line: number;
}

/** Every module a file imports: static, type-only, re-exports, `import()` calls and `import('x').T` types. */
function importsOf(file: string): { imports: Import[]; source: ts.SourceFile } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: Import[] = [];
  const add = (node: ts.Node, specifier: ts.Node | undefined) => {
    if (specifier && ts.isStringLiteralLike(specifier))
      imports.push({ specifier: specifier.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, source };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const layerOf = (file: string) => {
  const parts = relative(SRC, file).split('/');
  return parts.length === 1 ? 'shared' : (parts[0] as string);
};
const name = (file: string) => relative(ROOT, file);

const files = sourceFiles(SRC);
const graph = new Map(
  files.map((file) => {
    const { imports, source } = importsOf(file);
    return [
      file,
      { imports, source, internal: imports.filter((i) => i.specifier.startsWith('.')).map((i) => ({ ...i, target: resolve(dirname(file), i.specifier) })) },
    ];
  }),
);

describe('layers', () => {
  it('every file of src/ belongs to a known layer', () => {
    expect(files.map(layerOf).filter((layer) => !(layer in MAY_IMPORT))).toEqual([]);
  });

  it('imports point only down the layers', () => {
    const wrong = [...graph].flatMap(([file, { internal }]) =>
      internal
        .filter((i) => layerOf(i.target) !== layerOf(file) && !MAY_IMPORT[layerOf(file)]?.includes(layerOf(i.target)))
        .map((i) => `${name(file)}:${i.line} imports ${name(i.target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('every relative import names a file of src/', () => {
    const missing = [...graph].flatMap(([file, { internal }]) =>
      internal.filter((i) => !graph.has(i.target)).map((i) => `${name(file)}:${i.line} imports ${i.specifier}`),
    );
    expect(missing).toEqual([]);
  });

  it('the pure core (bank, srs, engine) imports no Node module and reads no process or clock', () => {
    const impure = [...graph]
      .filter(([file]) => PURE.includes(layerOf(file)))
      .flatMap(([file, { imports, source }]) => {
        const found = imports.filter((i) => i.specifier.startsWith('node:')).map((i) => `${name(file)}:${i.line} imports ${i.specifier}`);
        const visit = (node: ts.Node): void => {
          const at = () => `${name(file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
          if (ts.isIdentifier(node) && node.text === 'process' && !ts.isPropertyAccessExpression(node.parent)) found.push(`${at()} reads process`);
          else if (ts.isPropertyAccessExpression(node) && node.getText(source) === 'Date.now') found.push(`${at()} reads the clock (Date.now)`);
          else if (ts.isNewExpression(node) && node.expression.getText(source) === 'Date' && (node.arguments?.length ?? 0) === 0)
            found.push(`${at()} reads the clock (new Date())`);
          ts.forEachChild(node, visit);
        };
        visit(source);
        return found;
      });
    expect(impure).toEqual([]);
  });

  it('has no import cycle, type-only and lazy imports included', () => {
    // Tarjan's strongly connected components: a component of more than one file is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    const connect = (file: string): void => {
      index.set(file, index.size);
      low.set(file, index.get(file) as number);
      stack.push(file);
      for (const { target } of graph.get(file)?.internal ?? []) {
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          connect(target);
          low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
        } else if (stack.includes(target)) low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
      }
      if (low.get(file) !== index.get(file)) return;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member) component.push(name(member));
      } while (member && member !== file);
      if (component.length > 1 || graph.get(file)?.internal.some((i) => i.target === file)) cycles.push(component);
    };
    for (const file of files) if (!index.has(file)) connect(file);
    expect(cycles).toEqual([]);
  });
});
