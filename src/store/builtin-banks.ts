/**
 * Build time (scripts/build.mjs): every built-in bank checked once, kept as the index of hashes and
 * summaries plus one JSON file per clean bank (dist/banks/), so that no run parses their YAML.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatProblem, summarize, type Bank } from '../bank/types.ts';
import { emptyCache, hashBytes, type BankCache } from './bank-cache.ts';
import { collectBankFiles, loadBankFiles } from './bank-files.ts';

export async function compileBuiltinBanks(dir: string): Promise<{ index: BankCache; banks: Map<string, Bank>; problems: string[]; files: number }> {
  const files = collectBankFiles([dir]);
  const loaded = await loadBankFiles(files, dir, 'full');
  const index = emptyCache();
  const banks = new Map<string, Bank>();
  for (const file of files) {
    const name = basename(file);
    const bank = loaded.banks.find((b) => b.file === name);
    if (!bank) continue;
    index.entries[name] = { hash: hashBytes(readFileSync(file)), summary: summarize(bank) };
    banks.set(name, bank);
  }
  return { index, banks, problems: loaded.problems.map(formatProblem), files: files.length };
}
