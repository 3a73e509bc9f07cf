/**
 * A second process writing answers into a score folder, for the concurrency and crash tests:
 *   node --import tsx test/helpers/score-writer.ts <dir> <prefix> <count> [checkpointEvery]
 * Prints "saved <n>" after each answer is durably recorded.
 */
import { loadLegacyCodeFor } from '../../src/store/legacy-code.ts';
import { ScoreFile } from '../../src/store/score-file.ts';

const [dir, prefix, countText, everyText] = process.argv.slice(2);
const count = Number(countText);
const every = Number(everyText ?? '0');
await loadLegacyCodeFor(dir!);
const store = ScoreFile.open(dir!, new Date());
for (let i = 0; i < count; i++) {
  const at = Date.now();
  store.record([
    {
      k: 'answer',
      answer: { id: `${prefix}-${i}`, q: `q-${prefix}-${i % 7}`, at, given: [0], correct: i % 3 !== 0, rating: 'good', mode: 'drill', ms: 0 },
      card: null,
    },
  ]);
  process.stdout.write(`saved ${i + 1}\n`);
  if (every > 0 && (i + 1) % every === 0) store.checkpoint(new Date());
}
store.checkpoint(new Date());
