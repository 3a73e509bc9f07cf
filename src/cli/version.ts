import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.ts';

// Replaced by the build with the version from package.json, so `--version` reads no file.
declare const __CLOUDOPS_QUIZ_VERSION__: string | undefined;

export function version(): string {
  if (typeof __CLOUDOPS_QUIZ_VERSION__ === 'string') return __CLOUDOPS_QUIZ_VERSION__;
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
