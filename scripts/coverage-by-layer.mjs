// Coverage per layer of src/ (cli, ui, engine, …), from the summary vitest writes with
// `--coverage` (coverage/coverage-summary.json). Type-only files have nothing to cover.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
const summary = JSON.parse(readFileSync(join(root, 'coverage/coverage-summary.json'), 'utf8'));
const METRICS = ['lines', 'statements', 'branches', 'functions'];
const layers = new Map();
for (const [file, counts] of Object.entries(summary)) {
  if (file === 'total') continue;
  const parts = relative(join(root, 'src'), file).split('/');
  const layer = parts.length === 1 ? 'src/*.ts' : `src/${parts[0]}`;
  const tally = layers.get(layer) ?? Object.fromEntries(METRICS.map((m) => [m, { covered: 0, total: 0 }]));
  for (const m of METRICS) {
    tally[m].covered += counts[m].covered;
    tally[m].total += counts[m].total;
  }
  layers.set(layer, tally);
}
const percent = ({ covered, total }) => (total === 0 ? '-' : `${((100 * covered) / total).toFixed(1)} %`);
console.log(`${'coverage'.padEnd(12)}${METRICS.map((m) => m.padStart(12)).join('')}`);
for (const [layer, tally] of [...layers].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${layer.padEnd(12)}${METRICS.map((m) => percent(tally[m]).padStart(12)).join('')}`);
}
console.log(`${'all'.padEnd(12)}${METRICS.map((m) => percent({ covered: summary.total[m].covered, total: summary.total[m].total }).padStart(12)).join('')}`);
