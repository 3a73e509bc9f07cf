/**
 * A real headless Chromium for the tests, from the npm registry alone: @sparticuz/chromium ships
 * the browser compressed inside its package (no download, no install script) and playwright-core
 * drives it. The browser is unpacked once into node_modules/.cache, in a folder of its own (the
 * package would otherwise unpack into the shared /tmp, where another version may sit), through a
 * staging folder renamed into place, so an interrupted unpack never leaves half a browser behind.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Chromium from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';
import { ROOT } from './cli.ts';

const PACKAGE = join(ROOT, 'node_modules/@sparticuz/chromium');

async function unpackedBrowser(): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const cacheRoot = join(ROOT, 'node_modules/.cache');
  const folder = join(cacheRoot, `sparticuz-chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(`${folder}.staging-`);
  const tmpdir = process.env['TMPDIR'];
  // The package unpacks into os.tmpdir(), read at the call: point it at the staging folder.
  process.env['TMPDIR'] = staging;
  try {
    await Chromium.executablePath(join(PACKAGE, 'bin'));
  } finally {
    if (tmpdir === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = tmpdir;
  }
  try {
    renameSync(staging, folder);
  } catch (error) {
    // Another test run unpacked it first: theirs is as good.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** Launches the browser with the flags the package recommends (no sandbox: CI runs as root). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await unpackedBrowser();
  const args = Chromium.args.includes('--no-sandbox') ? Chromium.args : [...Chromium.args, '--no-sandbox'];
  return chromium.launch({ executablePath, args, headless: true });
}
