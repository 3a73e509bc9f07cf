/**
 * A large bank over several files: every file's problems, in file order, with positions, and the
 * checks across files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { runCli } from '../helpers/in-process.ts';

function bankFile(first: number, count: number): string {
  const lines = ['module: 9', 'title: Generated', 'questions:'];
  for (let i = first; i < first + count; i++) {
    lines.push(
      `  - id: gen-${i}`,
      '    type: single',
      '    domain: 1',
      '    topics: [cw-metrics]',
      `    prompt: Generated question ${i}, which of these is right for the scenario described here?`,
      '    choices:',
      `      - {text: Right option of question ${i}, why: It is right because the scenario says so., correct: true}`,
      `      - {text: Wrong option of question ${i}, why: It is wrong because the scenario says so.}`,
      `    explanation: The explanation of generated question ${i}, long enough to be a realistic size.`,
      '    references: [https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/working_with_metrics.html]',
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('validating a large bank', () => {
  it('reports the same problems with positions, file by file, and ids repeated across files', async () => {
    const dir = tempDir(onTestFinished);
    let bytes = 0;
    for (let f = 0; f < 6; f++) {
      let text = bankFile(f * 1000, 1000);
      if (f === 2) text = text.replace('    domain: 1\n', '    domain: 9\n');
      if (f === 4) text = text.replace('  - id: gen-4000\n', '  - id: gen-10\n');
      writeFileSync(join(dir, `09-part-${f}.yaml`), text);
      bytes += text.length;
    }
    expect(bytes).toBeGreaterThan(1_500_000);
    const result = await runCli(['validate', '--no-builtin', dir]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${join(dir, '09-part-2.yaml')}:6:13  questions[0].domain: Too big: expected number to be <=5`);
    expect(lines[1]).toBe(`${join(dir, '09-part-4.yaml')}:4:9  questions[0].id: id "gen-10" is also used in ${join(dir, '09-part-0.yaml')}:104`);
    expect(lines.at(-1)).toMatch(/2 problems in 6 files/);
  });
});
