/**
 * A bank file whose identity (size, modification and change times, inode, device) is as it was
 * when its bytes were hashed is taken from the cache without being read, as git's index treats a
 * work-tree file; any difference, or times too close to when it was hashed ("racy clean"), and
 * it is read and hashed again.
 */
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { BankSummary } from '../../src/bank/types.ts';
import { type BankCache, emptyCache, type FileIdentity, hashBytes, identityOf, trustedHash } from '../../src/store/bank-cache.ts';
import { loadBankFiles } from '../../src/store/bank-files.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';

const HOUR = 3_600_000;

describe('trustedHash', () => {
  const file = join(SAMPLE_BANKS, '01-sample.yaml');
  const stats = statSync(file, { bigint: true });
  const changed = Math.max(Number(stats.mtimeNs / 1_000_000n), Number(stats.ctimeNs / 1_000_000n));
  const known = identityOf(stats, 'h', changed + HOUR);

  it('gives the recorded hash for a file described as it was, examined well after its last change', () => {
    expect(trustedHash(known, stats)).toBe('h');
  });

  it.each<[string, Partial<FileIdentity>]>([
    ['size', { size: String(stats.size + 1n) }],
    ['modification time', { mtimeNs: String(stats.mtimeNs - 1n) }],
    ['change time', { ctimeNs: String(stats.ctimeNs + 1n) }],
    ['inode', { ino: String(stats.ino + 1n) }],
    ['device', { dev: String(stats.dev + 1n) }],
  ])('gives nothing when the %s differs', (_, difference) => {
    expect(trustedHash({ ...known, ...difference }, stats)).toBeUndefined();
  });

  it('gives nothing for a file changed within 2 s of being examined (racy), and the hash once 2 s older', () => {
    expect(trustedHash({ ...known, at: changed }, stats)).toBeUndefined();
    expect(trustedHash({ ...known, at: changed + 1_999 }, stats)).toBeUndefined();
    expect(trustedHash({ ...known, at: changed + 2_001 }, stats)).toBe('h');
  });

  it('gives nothing without a record, for a damaged record, or for what is not a regular file', () => {
    expect(trustedHash(undefined, stats)).toBeUndefined();
    expect(trustedHash({ ...known, at: 'soon' as unknown as number }, stats)).toBeUndefined();
    expect(trustedHash(known, statSync(SAMPLE_BANKS, { bigint: true }))).toBeUndefined();
  });
});

describe('loadBankFiles with file identities', () => {
  /** A copy of a sample bank, and a cache whose entry for it holds a summary no bank has (under `hash`). */
  function setUp(hashOf: (bytes: Buffer) => string) {
    const dir = tempDir(onTestFinished);
    const file = join(dir, '02-sample.yaml');
    copyFileSync(join(SAMPLE_BANKS, '02-sample.yaml'), file);
    const marker: BankSummary = {
      module: 2,
      file,
      questions: [{ id: 'from-the-cache', module: 2, domain: 1, topics: [], skills: [], courseOnly: false, type: 'single', at: { line: 1, col: 1 } }],
    };
    const cache: BankCache = emptyCache();
    cache.entries[file] = { hash: hashOf(readFileSync(file)), summary: marker };
    return { dir, file, cache };
  }
  const ids = (loaded: Awaited<ReturnType<typeof loadBankFiles>>) => loaded.summaries.flatMap((s) => s.questions.map((q) => q.id));

  it('takes a file still described as recorded from the cache, without hashing it', async () => {
    const { dir, file, cache } = setUp(() => 'recorded');
    let hashed = 0;
    const hash = (bytes: Uint8Array) => {
      hashed++;
      return hashBytes(bytes);
    };
    const files = { [file]: identityOf(statSync(file, { bigint: true }), 'recorded', Date.now() + HOUR) };
    const loaded = await loadBankFiles([file], dir, 'summary', { cache, keyOf: (f) => f, hash, files });
    expect(ids(loaded)).toEqual(['from-the-cache']);
    expect(hashed).toBe(0);
  });

  it('reads and hashes again a file whose record is racy, and records it anew', async () => {
    const { dir, file, cache } = setUp(() => 'recorded');
    const examined = Date.now();
    // Everything as the file is now, the hash one the cache holds: only the racy rule keeps it from being trusted.
    const files: Record<string, FileIdentity> = { [file]: identityOf(statSync(file, { bigint: true }), 'recorded', examined) };
    const loaded = await loadBankFiles([file], dir, 'summary', { cache, keyOf: (f) => f, hash: hashBytes, files });
    expect(ids(loaded)).toEqual(['t02-single', 't02-single-b']);
    expect(loaded.compiled).toBe(1);
    expect(files[file]?.hash).toBe(hashBytes(readFileSync(file)));
    expect(files[file]?.at).toBeGreaterThanOrEqual(examined);
  });

  it('reads a file whose record does not match its hash entry', async () => {
    const { dir, file, cache } = setUp(() => 'recorded');
    const files = { [file]: identityOf(statSync(file, { bigint: true }), 'another', Date.now() + HOUR) };
    const loaded = await loadBankFiles([file], dir, 'summary', { cache, keyOf: (f) => f, hash: hashBytes, files });
    expect(ids(loaded)).toEqual(['t02-single', 't02-single-b']);
  });
});
