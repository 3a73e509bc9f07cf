/**
 * Where a command's file goes (report --html, export --output): `-` is standard output, anything
 * else a file written whole or not at all (a temp file renamed over it), so an interrupted export
 * never leaves half a file that looks complete.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { QuizError } from '../errors.ts';
import { writeFileDurable } from '../store/durable.ts';
import type { Context } from './context.ts';

/** Writes `text` to `target` (`-`: stdout); returns the path written, or undefined for stdout. */
export function writeOutput(ctx: Context, target: string, text: string, mode: number): string | undefined {
  if (target === '-') {
    ctx.io.stdout.write(text);
    return undefined;
  }
  const path = resolve(ctx.io.cwd, target);
  if (isDirectory(path))
    throw new QuizError('USAGE', {
      en: `${path} is a folder; give the name of a file to write`,
      ja: `${path} はフォルダーです。書き出すファイルの名前を指定してください`,
    });
  if (!isDirectory(dirname(path)))
    throw new QuizError('USAGE', {
      en: `cannot write ${path}: the folder ${dirname(path)} does not exist`,
      ja: `${path} に書き出せません: フォルダー ${dirname(path)} がありません`,
    });
  writeFileDurable(path, text, undefined, mode);
  return path;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
