/**
 * The person's bank cache: an index of hashes and question summaries (what `due` reads) and the
 * whole banks (read only when a session needs the question text), named by the hash of the bank
 * file's bytes: `<hash>.json` with every language, `<hash>.<lang>.json` with the one a session reads.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hashBytes } from '../../src/store/bank-cache.ts';
import { SAMPLE_BANKS, tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

function setUp() {
  const home = tempDir(onTestFinished);
  const banks = join(home, 'my-banks');
  mkdirSync(banks);
  copyFileSync(join(SAMPLE_BANKS, '02-sample.yaml'), join(banks, '02-sample.yaml'));
  const env = { CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_BANKS: banks, CLOUDOPS_QUIZ_NOW: '2026-06-01T09:00:00Z' };
  const bankFile = join(banks, '02-sample.yaml');
  const cached = (file: string, lang?: 'en' | 'ja') => join(home, 'cache', 'banks', `${hashBytes(readFileSync(file))}${lang ? `.${lang}` : ''}.json`);
  return { home, env, bankFile, cached, index: join(home, 'cache', 'banks.json') };
}

describe("the person's bank cache", () => {
  it('keeps summaries in the index and each whole bank in a file of its own', async () => {
    const { env, bankFile, cached, index } = setUp();
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    const text = readFileSync(index, 'utf8');
    const entry = JSON.parse(text).entries[bankFile];
    expect(entry.hash).toBe(hashBytes(readFileSync(bankFile)));
    expect(entry.summary.questions.map((q: { id: string }) => q.id)).toEqual(['t02-single', 't02-single-b']);
    expect(entry.bank).toBeUndefined();
    expect(text).not.toContain('Pick the secure one.');
    expect(JSON.parse(readFileSync(cached(bankFile), 'utf8')).questions[0].prompt).toBe('Pick the secure one.');
  });

  it('a session reads the question text from the bank file of its language; one removed is compiled and written again', async () => {
    const { env, bankFile, cached } = setUp();
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    // The text comes from the cache: a changed cached copy shows (the YAML is not read again).
    const copy = JSON.parse(readFileSync(cached(bankFile, 'en'), 'utf8'));
    copy.questions[0].prompt = 'Pick the secure one (from the cache).';
    copy.questions[1].prompt = 'Pick the network one (from the cache).';
    writeFileSync(cached(bankFile, 'en'), JSON.stringify(copy));
    const fromCache = await runCli(['drill', '--no-builtin', '--limit', '1'], { env });
    expect(fromCache.stdout).toContain('(from the cache)');
    // Not the other language's file, nor the whole bank.
    const inJapanese = await runCli(['drill', '--no-builtin', '--limit', '1', '--lang', 'ja'], { env });
    expect(inJapanese.stdout).not.toContain('(from the cache)');

    rmSync(cached(bankFile, 'en'));
    const again = await runCli(['drill', '--no-builtin', '--limit', '1'], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Pick the (secure|network) one\./);
    expect(existsSync(cached(bankFile, 'en'))).toBe(true);
  });

  it('a damaged bank file is compiled and written again', async () => {
    const { env, bankFile, cached } = setUp();
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    writeFileSync(cached(bankFile, 'en'), '{"questions": [');
    const run = await runCli(['drill', '--no-builtin', '--limit', '1'], { env });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(cached(bankFile, 'en'), 'utf8')).questions[0].prompt).toBe('Pick the secure one.');
  });

  it('an edited bank gets a new file; the old one is removed', async () => {
    const { home, env, bankFile, cached } = setUp();
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    const old = cached(bankFile);
    writeFileSync(bankFile, readFileSync(bankFile, 'utf8').replace('Pick the secure one.', 'Pick the safe one.'));
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    expect(existsSync(old)).toBe(false);
    const hash = hashBytes(readFileSync(bankFile));
    expect(readdirSync(join(home, 'cache', 'banks')).sort()).toEqual([`${hash}.en.json`, `${hash}.ja.json`, `${hash}.json`]);
    expect(readFileSync(cached(bankFile), 'utf8')).toContain('Pick the safe one.');
  });

  it('an edit that keeps the size and puts the modification time back is noticed by the change time', async () => {
    const { env, bankFile, index } = setUp();
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(bankFile, longAgo, longAgo);
    // The change time just moved: until it is 2 s old the file is racy and read every time.
    await new Promise((done) => setTimeout(done, 2_100));
    const identity = () => JSON.parse(readFileSync(index, 'utf8')).files[bankFile];
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    const recorded = identity();
    expect(recorded.hash).toBe(hashBytes(readFileSync(bankFile)));
    // Trusted now: not examined again.
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    expect(identity()).toEqual(recorded);

    const edited = readFileSync(bankFile, 'utf8').replace('Pick the secure one.', 'Pick the SECURE one.');
    writeFileSync(bankFile, edited);
    utimesSync(bankFile, longAgo, longAgo);
    expect(statSync(bankFile).size).toBe(Number(recorded.size));
    expect(statSync(bankFile, { bigint: true }).mtimeNs).toBe(BigInt(recorded.mtimeNs));
    const drill = await runCli(['drill', '--no-builtin', '--limit', '2'], { env, input: 'a\na\n' });
    expect(drill.stdout).toContain('Pick the SECURE one.');
    expect(identity().hash).toBe(hashBytes(Buffer.from(edited)));
  }, 20_000);
});

/** The lean index `due` reads: hashes, ids and file identities only (bank-cache.ts IdsIndex). */
describe("the person's lean index of ids", () => {
  const leanOf = (home: string) => join(home, 'cache', 'bank-ids.json');

  it('holds each bank’s hash and ids, no summaries, and is written with the index', async () => {
    const { home, env, bankFile } = setUp();
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    const lean = JSON.parse(readFileSync(leanOf(home), 'utf8'));
    expect(lean.entries[bankFile]).toEqual({ hash: hashBytes(readFileSync(bankFile)), ids: ['t02-single', 't02-single-b'] });
    expect(lean.files[bankFile].hash).toBe(hashBytes(readFileSync(bankFile)));
    expect(readFileSync(leanOf(home), 'utf8')).not.toContain('topics');
  });

  it('is what `due` counts from once the files are trusted: the index is not read', async () => {
    const { home, env, bankFile, index } = setUp();
    // Old enough that the identities are trusted at once (not racy).
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(bankFile, longAgo, longAgo);
    await new Promise((done) => setTimeout(done, 2_100));
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    expect((await runCli(['due', '--json', '--no-builtin'], { env })).code).toBe(0);
    // A third id in the lean index shows as one more new question; the index itself is unreadable.
    const lean = JSON.parse(readFileSync(leanOf(home), 'utf8'));
    lean.entries[bankFile].ids = [...lean.entries[bankFile].ids, 't02-from-the-lean-index'];
    writeFileSync(leanOf(home), JSON.stringify(lean));
    writeFileSync(index, '{ damaged');
    const counted = await runCli(['due', '--json', '--no-builtin'], { env });
    expect(JSON.parse(counted.stdout)).toMatchObject({ now: 0, today: 0, newToday: 3 });
  }, 20_000);

  it('a damaged, stale or missing lean index falls back to the whole index and is written again', async () => {
    const { home, env, bankFile } = setUp();
    expect(JSON.parse((await runCli(['due', '--json', '--no-builtin'], { env })).stdout)).toMatchObject({ newToday: 2 });
    const good = readFileSync(leanOf(home), 'utf8');
    const cases: Array<[string, () => void]> = [
      ['damaged', () => writeFileSync(leanOf(home), '{ damaged')],
      ['missing', () => rmSync(leanOf(home))],
      [
        'of another bank',
        () => {
          const lean = JSON.parse(good);
          lean.entries[bankFile] = { hash: 'f'.repeat(64), ids: ['t02-single'] };
          writeFileSync(leanOf(home), JSON.stringify(lean));
        },
      ],
      [
        'with ids that are not strings',
        () => {
          const lean = JSON.parse(good);
          lean.entries[bankFile].ids = [1, 2, 3];
          writeFileSync(leanOf(home), JSON.stringify(lean));
        },
      ],
    ];
    for (const [what, spoil] of cases) {
      spoil();
      const counted = await runCli(['due', '--json', '--no-builtin'], { env });
      expect(JSON.parse(counted.stdout), what).toMatchObject({ newToday: 2 });
      // The file identities may be examined again (the file is still racy): the entries are the same.
      expect(JSON.parse(readFileSync(leanOf(home), 'utf8')).entries, what).toEqual(JSON.parse(good).entries);
    }
  });

  it('an edited bank is counted anew, not from the lean index', async () => {
    const { env, bankFile } = setUp();
    expect(JSON.parse((await runCli(['due', '--json', '--no-builtin'], { env })).stdout)).toMatchObject({ newToday: 2 });
    const text = readFileSync(bankFile, 'utf8');
    writeFileSync(bankFile, text.replace(/\n {2}- id: t02-single-b[\s\S]*$/, '\n'));
    const counted = await runCli(['due', '--json', '--no-builtin'], { env });
    expect(JSON.parse(counted.stdout)).toMatchObject({ newToday: 1 });
  });
});
