// npm run bench: start-up and scale budgets, measured as medians and ratios against a baseline
// run in the same session, interleaved so that machine noise hits both sides alike. It makes its
// own inputs (deterministic), removes them afterwards, and prints one line per case.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/cloudops-quiz.js');
const work = mkdtempSync(join(tmpdir(), 'cq-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_ONLY=c runs just the cases whose letters are listed (inputs are still all generated).
const ONLY = process.env.BENCH_ONLY;
const want = (letter) => !ONLY || ONLY.includes(letter);

const { ScoreFile, serializeSnapshot } = await tsImport('../src/store/score-file.ts', import.meta.url);
const { createScheduler } = await tsImport('../src/srs/scheduler.ts', import.meta.url);
const { seededRandom } = await tsImport('../src/engine/random.ts', import.meta.url);
const { answerId, emptyScoreData } = await tsImport('../src/store/score-types.ts', import.meta.url);
const learner = await tsImport('../test/helpers/simulated-learner.ts', import.meta.url);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall time (ms) and peak RSS (KiB) of one process run. */
function runOnce(args, env = {}) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', join(work, 'rss.mjs'), ...args], {
    env: { ...process.env, NO_COLOR: '1', CQ_BENCH_RSS: rssFile, ...env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !args.includes('validate')) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  let rss = 0;
  try {
    rss = Number(readFileSync(rssFile, 'utf8'));
  } catch {}
  return { ms, rss };
}

/** Interleave the two commands RUNS times; medians of time and peak memory. */
function pair(a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < RUNS; i++) {
    as.push(runOnce(...a));
    bs.push(runOnce(...b));
  }
  return {
    a: median(as.map((r) => r.ms)),
    b: median(bs.map((r) => r.ms)),
    aRss: median(as.map((r) => r.rss)),
    bRss: median(bs.map((r) => r.rss)),
  };
}

// --- inputs ----------------------------------------------------------------------------------
// The measuring hook: records the peak RSS of whatever process loads it.
writeFileSync(
  join(work, 'rss.mjs'),
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.CQ_BENCH_RSS) writeFileSync(process.env.CQ_BENCH_RSS, String(process.resourceUsage().maxRSS)); });\n",
);

const builtinIndex = JSON.parse(readFileSync(join(root, 'dist/banks/index.json'), 'utf8'));
const questionIds = Object.values(builtinIndex.entries).flatMap((e) => e.summary.questions.map((q) => q.id));

/** A score folder with `count` answers spread over the year before `now`, folded into a snapshot. */
function makeScores(name, count) {
  const dir = join(work, name);
  mkdirSync(dir);
  const random = seededRandom(count);
  const scheduler = createScheduler();
  const now = Date.parse('2026-06-01T09:00:00Z');
  const start = now - 365 * 86_400_000;
  const cards = Object.create(null);
  const answers = [];
  for (let i = 0; i < count; i++) {
    const at = Math.round(start + ((now - start) * i) / count);
    const q = questionIds[Math.floor(random() * questionIds.length)];
    const correct = random() < 0.75;
    const rating = correct ? 'good' : 'again';
    cards[q] = scheduler.next(cards[q], rating, new Date(at));
    answers.push({ id: answerId(at, q), q, at, given: [Math.floor(random() * 4)], correct, rating, mode: 'drill', ms: Math.round(5000 + random() * 20000) });
  }
  // The current shape, whatever its version: an empty score file filled in.
  const data = { ...emptyScoreData(new Date(start)), cards, answers };
  writeFileSync(join(dir, 'scores.json'), serializeSnapshot(data));
  return dir;
}

/** A bank folder of `count` generated questions, 500 to a file (files stay under the size cap). */
function makeBank(name, count) {
  const dir = join(work, name);
  mkdirSync(dir);
  for (let file = 0; file * 500 < count; file++) {
    const lines = ['module: 9', 'title: {en: Generated, ja: 生成}', 'questions:'];
    for (let i = file * 500; i < Math.min(count, (file + 1) * 500); i++) {
      lines.push(
        `  - id: gen-${i}`,
        '    type: single',
        `    domain: ${(i % 5) + 1}`,
        '    difficulty: medium',
        '    topics: [cw-metrics, cw-alarms]',
        '    prompt:',
        `      en: Generated question number ${i} asks which of these options is the right one for the scenario?`,
        `      ja: 生成された問題 ${i} です。このシナリオに正しい選択肢はどれですか。`,
        '    choices:',
        ...[0, 1, 2, 3].flatMap((c) => [
          `      - text: {en: Option ${c} for question ${i}, ja: 問題 ${i} の選択肢 ${c}}`,
          ...(c === i % 4 ? ['        correct: true'] : []),
          `        why: {en: Reason ${c} why this is ${c === i % 4 ? 'right' : 'wrong'}., ja: 理由 ${c}。}`,
        ]),
        '    explanation:',
        `      en: The explanation of generated question ${i}.`,
        `      ja: 生成された問題 ${i} の解説です。`,
        '    references: [https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/working_with_metrics.html]',
      );
    }
    writeFileSync(join(dir, `09-generated-${String(file).padStart(2, '0')}.yaml`), `${lines.join('\n')}\n`);
  }
  return dir;
}

const now = '2026-06-01T09:00:00Z';
const scores10k = makeScores('scores-10k', 10_000);
const scores100k = makeScores('scores-100k', 100_000);
const bank1k = makeBank('bank-1k', 1_000);

/**
 * A history as a person leaves it, for the optimizer: a simulated learner (memory following FSRS-6
 * with parameters unlike the defaults, test/helpers/simulated-learner.ts) drilling day after day
 * until 10,000 answers.
 */
function makeLearnerScores(name, answers) {
  const dir = join(work, name);
  const state = learner.newLearner(learner.simulatedQuestions(1500));
  for (let day = 0; state.answers.length < answers; day++)
    learner.studyDays(state, {
      days: 1,
      start: new Date(Date.parse('2026-01-01T09:00:00Z') + day * 86_400_000),
      limit: 50,
      newPerDay: 12,
      random: learner.seededRandom(1000 + day),
    });
  learner.writeScores(dir, state);
  return dir;
}
const learner10k = want('h') ? makeLearnerScores('learner-10k', 10_000) : undefined;
const bank10k = makeBank('bank-10k', 10_000);

// --- cases -----------------------------------------------------------------------------------
const lines = [];
const report = (name, value, budget, ok) => {
  const line = `${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(58)} ${value.padEnd(44)} budget ${budget}`;
  lines.push(line);
  console.log(line);
};
const ms = (x) => `${x.toFixed(1)} ms`;
const floor = ['-e', '0'];

try {
  if (want('a')) {
    const a = pair([[bin, '--version']], [floor]);
    report('a. --version vs node -e 0', `${ms(a.a)} vs ${ms(a.b)} = ${(a.a / a.b).toFixed(2)}x`, '<= 1.3x', a.a / a.b <= 1.3);
  }

  const b = want('b') || want('f') ? pair([[bin, 'due', '--json'], { CLOUDOPS_QUIZ_HOME: scores10k, CLOUDOPS_QUIZ_NOW: now }], [floor]) : undefined;
  if (b && want('b'))
    report('b. due --json, 10,000 answers, vs node -e 0', `${ms(b.a)} vs ${ms(b.b)} = ${(b.a / b.b).toFixed(2)}x`, '<= 2.0x', b.a / b.b <= 2.0);

  if (want('c')) {
    const c = pair([[bin, 'stats', '--json'], { CLOUDOPS_QUIZ_HOME: scores100k, CLOUDOPS_QUIZ_NOW: now }], [floor]);
    report('c. stats --json, 100,000 answers, vs node -e 0', `${ms(c.a)} vs ${ms(c.b)} = ${(c.a / c.b).toFixed(2)}x`, '<= 3.0x', c.a / c.b <= 3.0);
  }

  // d. In process: open the 100,000-answer file once, then time single saves (lock, append, fsync).
  if (want('d')) {
    const store = ScoreFile.open(scores100k, new Date(now));
    const saves = [];
    for (let i = 0; i < 200; i++) {
      const at = Date.parse(now) + i * 1000;
      const entry = {
        k: 'answer',
        answer: { id: `bench-${i}`, q: questionIds[i % questionIds.length], at, given: [0], correct: true, rating: 'good', mode: 'drill', ms: 1000 },
        card: null,
      };
      const t = process.hrtime.bigint();
      store.record([entry]);
      saves.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const d = median(saves);
    report('d. save one answer, 100,000-answer file (median of 200)', ms(d), '<= 10 ms', d <= 10);
    const t = process.hrtime.bigint();
    store.checkpoint(new Date(now));
    report('   (end-of-session checkpoint of that file, for reference)', ms(Number(process.hrtime.bigint() - t) / 1e6), 'none', true);
  }

  if (want('e')) {
    const e = pair([[bin, 'validate', '--no-builtin', bank10k]], [[bin, 'validate', '--no-builtin', bank1k]]);
    const growth = e.a / e.b;
    report(
      'e. validate 10,000 vs 1,000 generated questions, cold',
      `${ms(e.a)} vs ${ms(e.b)} = ${growth.toFixed(2)}x`,
      '<= 12x and < 3 s',
      growth <= 12 && e.a < 3000,
    );
  }

  // g. Banks built to cost (issue 13): each refused with exit 1, fast and small.
  if (want('g')) {
    const dir = join(work, 'hostile');
    mkdirSync(dir);
    const size = 4 * 1024 * 1024 - 64;
    const shapes = { pairs: ['', '[]'], dashes: ['', '- []\n'], flow: ['[', '[],'], anchors: ['', '- &a x\n'] };
    for (const [name, [head, unit]] of Object.entries(shapes)) {
      writeFileSync(join(dir, `${name}.yaml`), head + unit.repeat(Math.floor((size - head.length) / unit.length)));
      const runs = Array.from({ length: Math.min(RUNS, 5) }, () => runOnce([bin, 'validate', '--no-builtin', join(dir, `${name}.yaml`)]));
      const t = median(runs.map((r) => r.ms));
      const rss = Math.max(...runs.map((r) => r.rss)) / 1024;
      report(`g. validate a 4 MB bank of ${name}`, `${ms(t)}, peak ${rss.toFixed(1)} MiB`, '< 3 s and < 300 MiB', t < 3000 && rss < 300);
    }
  }

  // h. optimize on a 10,000-answer history: fit (fsrs-rs through the binding), judge on the newest
  // fifth, decide. The first run adopts; the others fit again and change nothing.
  if (learner10k) {
    const h = pair([[bin, 'optimize', '--json', '--no-builtin'], { CLOUDOPS_QUIZ_HOME: learner10k, CLOUDOPS_QUIZ_NOW: '2026-07-01T09:00:00Z' }], [floor]);
    const out = spawnSync(process.execPath, [bin, 'optimize', '--json', '--no-builtin'], {
      env: { ...process.env, CLOUDOPS_QUIZ_HOME: learner10k, CLOUDOPS_QUIZ_NOW: '2026-07-01T09:00:00Z' },
      encoding: 'utf8',
    });
    const r = JSON.parse(out.stdout);
    const m = (x) => `log loss ${x.logLoss.toFixed(4)}, RMSE ${x.rmseBins.toFixed(4)}`;
    report('h. optimize, 10,000 answers, vs node -e 0', `${ms(h.a)} vs ${ms(h.b)} = ${(h.a / h.b).toFixed(2)}x`, '<= 10x', h.a / h.b <= 10);
    report(`   (${r.reviews} reviews: ${r.train} fitted, ${r.test} held out; ${r.decision})`, `defaults ${m(r.metrics.defaults)}`, 'none', true);
    report('   (the fit, on the same held-out reviews)', `fitted   ${m(r.metrics.fitted)}`, 'none', true);
    report('   (peak memory of h)', `${(h.aRss / 1024).toFixed(1)} MiB`, 'none', true);
  }

  if (b && want('f'))
    report(
      'f. peak memory of b vs node -e 0',
      `${(b.aRss / 1024).toFixed(1)} MiB vs ${(b.bRss / 1024).toFixed(1)} MiB = ${(b.aRss / b.bRss).toFixed(2)}x`,
      '<= 1.5x',
      b.aRss / b.bRss <= 1.5,
    );
} finally {
  // BENCH_KEEP=1 keeps the generated inputs for profiling a case by hand.
  if (process.env.BENCH_KEEP) console.log(`(inputs kept in ${work})`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`(${RUNS} interleaved runs per side; node ${process.version}; ${lines.filter((l) => l.startsWith('PASS')).length}/${lines.length} within budget)`);
