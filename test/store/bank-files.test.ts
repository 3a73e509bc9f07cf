/**
 * Loading bank files one after another: what each way of asking keeps once a file is checked.
 * `check` (validate) keeps summaries and problems only, so memory stays flat in the number of files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectBankFiles, loadBankFiles } from '../../src/store/bank-files.ts';
import { ROOT, SAMPLE_BANKS } from '../helpers/cli.ts';

describe('loadBankFiles', () => {
  const files = collectBankFiles([SAMPLE_BANKS]);

  it('check: every file checked, no whole bank kept, ids counted from the summaries', async () => {
    const loaded = await loadBankFiles(files, ROOT, 'check');
    expect(loaded.banks).toEqual([]);
    expect(loaded.summaries.flatMap((s) => s.questions.map((q) => q.id))).toEqual(['t01-single', 't01-multiple', 't01-order', 't02-single', 't02-single-b']);
    expect(loaded.problems).toEqual([]);
    expect(loaded.compiled).toBe(files.length);
  });

  it('full: the whole banks, with the same summaries', async () => {
    const full = await loadBankFiles(files, ROOT, 'full');
    const check = await loadBankFiles(files, ROOT, 'check');
    expect(full.banks.map((b) => b.questions.length)).toEqual([3, 2]);
    expect(full.summaries).toEqual(check.summaries);
  });

  it('check still finds an id used in two files', async () => {
    const loaded = await loadBankFiles([...files, join(SAMPLE_BANKS, '02-sample.yaml')], ROOT, 'check');
    expect(loaded.problems.some((p) => /t02-single/.test(p.message))).toBe(true);
  });
});
