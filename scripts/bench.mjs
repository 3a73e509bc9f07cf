// npm run bench: start-up and scale budgets, measured as medians and ratios against a baseline
// run in the same session, interleaved so that machine noise hits both sides alike. It makes its
// own inputs (deterministic) in a temp folder, removes them afterwards, and prints one line per case.
//
// The histories are those of issue 20: a heavy learner's year (55,000 answers, one history file a
// study day, three 500-question banks of their own) and eighteen years of it (1,000,000 answers),
// each brought to the state a checkpoint leaves, as a person's folder is between sessions.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/cloudops-quiz.js');
const work = mkdtempSync(join(tmpdir(), 'cq-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_ONLY=bc runs just the cases whose letters are listed (only their inputs are generated).
const ONLY = process.env.BENCH_ONLY;
const want = (...letters) => !ONLY || letters.some((l) => ONLY.includes(l));

const { ScoreFile } = await tsImport('../src/store/score-file.ts', import.meta.url);
const { createScheduler } = await tsImport('../src/srs/scheduler.ts', import.meta.url);
const { seededRandom } = await tsImport('../src/engine/random.ts', import.meta.url);
const { answerId } = await tsImport('../src/store/score-types.ts', import.meta.url);
const learner = await tsImport('../test/helpers/simulated-learner.ts', import.meta.url);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The measuring hook: records the peak RSS (KiB) of whatever process loads it.
writeFileSync(
  join(work, 'rss.mjs'),
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.CQ_BENCH_RSS) writeFileSync(process.env.CQ_BENCH_RSS, String(process.resourceUsage().maxRSS)); });\n",
);
const rssFile = () => join(work, `rss-${process.hrtime.bigint()}`);
const readRss = (file) => {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    return 0;
  }
};

/** Wall time (ms) and peak RSS (KiB) of one process run. */
function runOnce(args, env = {}) {
  const rss = rssFile();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', join(work, 'rss.mjs'), ...args], {
    env: { ...process.env, NO_COLOR: '1', CQ_BENCH_RSS: rss, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !args.includes('validate')) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return { ms, rss: readRss(rss) };
}

/** Letters that answer `question` in the right form (not necessarily right); `block` is all printed since the last answer. */
function replyTo(question, block) {
  const letters = [...question.matchAll(/^([A-J])\) /gm)].map((m) => m[1]);
  const order = /first step first/.test(block);
  const many = /\(Choose (two|three|four|five)\.\)/i.exec(question);
  if (order) return letters.join('');
  if (many) return letters.slice(0, { two: 2, three: 3, four: 4, five: 5 }[many[1].toLowerCase()]).join(',');
  return 'a';
}

/**
 * One drill in line mode: `answers` questions answered (in the right form, not necessarily right),
 * then the input closed once the last verdict is on screen. Returns the time to the first question
 * on screen, the time from the last answer sent to the process gone (its save, its feedback, the
 * next question drawn, the end of the session, exit), the whole run and its peak RSS.
 */
function drillOnce(env, answers) {
  return new Promise((resolveRun, reject) => {
    const rss = rssFile();
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', join(work, 'rss.mjs'), bin, 'drill', '--plain', '--limit', String(answers + 5)], {
      env: { ...process.env, NO_COLOR: '1', CQ_BENCH_RSS: rss, ...env },
    });
    let out = '';
    let first;
    let lastSent;
    let verdicts = 0;
    let ended = false;
    let stderr = '';
    const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;
    const end = () => {
      if (!ended) child.stdin.end();
      ended = true;
    };
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', (d) => {
      out += d;
      for (;;) {
        const verdict = /^(Correct|Incorrect)/m.exec(out);
        const prompt = out.indexOf('Answer:');
        const hint = /^(Choose exactly (\d+)\.|Give all (\d+) letters)/m.exec(out);
        const next = [verdict?.index, prompt === -1 ? undefined : prompt, hint?.index].filter((i) => i !== undefined).sort((a, b) => a - b)[0];
        if (next === undefined) break;
        if (verdict && verdict.index === next) {
          out = out.slice(verdict.index + verdict[0].length);
          verdicts++;
          if (verdicts >= answers) end();
        } else if (hint && hint.index === next) {
          // The form guessed was refused: give as many letters as asked.
          out = out.slice(hint.index + hint[0].length);
          const n = Number(hint[2] ?? hint[3]);
          if (!ended)
            child.stdin.write(
              `${'ABCDEFGHIJ'
                .slice(0, n)
                .split('')
                .join(hint[2] ? ',' : '')}\n`,
            );
          lastSent = process.hrtime.bigint();
        } else {
          const block = out.slice(0, prompt);
          const question = block.slice(block.lastIndexOf('Question '));
          out = out.slice(prompt + 'Answer:'.length);
          first ??= since(start);
          if (verdicts >= answers) end();
          else if (!ended) {
            child.stdin.write(`${replyTo(question, block)}\n`);
            lastSent = process.hrtime.bigint();
          }
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`drill failed (${code}): ${stderr}`));
      if (first === undefined) return reject(new Error(`drill asked nothing: ${stderr}`));
      if (verdicts < answers) return reject(new Error(`drill took ${verdicts} of ${answers} answers: ${stderr}`));
      resolveRun({ first, lastToExit: answers > 0 ? since(lastSent) : 0, ms: since(start), rss: readRss(rss) });
    });
  });
}

/** Interleave a measured run with a baseline RUNS times; medians of each measure. */
async function interleaved(measured, baseline, runs = RUNS) {
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(await measured(i));
    bs.push(await baseline(i));
  }
  const of = (list) => Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((r) => r[k]))]));
  return { a: of(as), b: of(bs) };
}

// --- inputs ----------------------------------------------------------------------------------
const NOW = Date.parse('2026-06-01T09:00:00Z');
const DAY = 86_400_000;
/** Each run its own minute of the day after the history: a clock that moves, as a person's does. */
const nowOf = (run) => new Date(NOW + run * 60_000).toISOString();

const builtinIndex = JSON.parse(readFileSync(join(root, 'dist/banks/index.json'), 'utf8'));
const builtinIds = Object.values(builtinIndex.entries).flatMap((e) => e.summary.questions.map((q) => q.id));

/** A bank folder of `count` generated questions, 500 to a file (files stay under the size cap). */
function makeBank(name, count, prefix = 'gen') {
  const dir = join(work, name);
  mkdirSync(dir);
  const ids = [];
  for (let file = 0; file * 500 < count; file++) {
    const lines = ['module: 9', 'title: {en: Generated, ja: 生成}', 'questions:'];
    for (let i = file * 500; i < Math.min(count, (file + 1) * 500); i++) {
      ids.push(`${prefix}-${i}`);
      lines.push(
        `  - id: ${prefix}-${i}`,
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
    writeFileSync(join(dir, `09-${prefix}-${String(file).padStart(3, '0')}.yaml`), `${lines.join('\n')}\n`);
  }
  return { dir, ids };
}

/**
 * A score folder of version 4 holding `count` answers over the `days` before NOW, one history file
 * per study day (the journal of that day's sessions, as a checkpoint moves it), then the caches
 * written by a checkpoint. Questions drawn from `ids`; three answers in four right.
 */
function makeScores(name, count, days, ids) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'history'), { recursive: true });
  if (count === 0) return dir;
  const random = seededRandom(count);
  const scheduler = createScheduler();
  const cards = new Map();
  const start = NOW - days * DAY;
  const perDay = count / days;
  let file = 0;
  let lines = [];
  let day = 0;
  const flush = () => {
    if (lines.length === 0) return;
    writeFileSync(join(dir, 'history', `${String(++file).padStart(6, '0')}.jsonl`), `${lines.join('\n')}\n`);
    lines = [];
  };
  for (let i = 0; i < count; i++) {
    const today = Math.floor(i / perDay);
    if (today !== day) {
      flush();
      day = today;
    }
    // Within the day's hour of study from 18:00, evenly spread.
    const at = start + day * DAY + 18 * 3_600_000 + Math.round(((i - day * perDay) / perDay) * 3_600_000);
    const q = ids[Math.floor(random() * ids.length)];
    const correct = random() < 0.75;
    const rating = correct ? 'good' : 'again';
    const card = scheduler.next(cards.get(q), rating, new Date(at));
    cards.set(q, card);
    const answer = {
      id: answerId(at, q),
      q,
      at,
      given: [correct ? 0 : 1 + Math.floor(random() * 3)],
      correct,
      rating,
      mode: 'drill',
      ms: Math.round(5000 + random() * 20000),
    };
    lines.push(JSON.stringify({ k: 'answer', answer, card }));
  }
  flush();
  ScoreFile.open(dir, new Date(start)).checkpoint(new Date(NOW));
  return dir;
}

const heavy = want('b', 'c', 'd', 'e', 'f', 'm', 's');
const banks = heavy ? makeBank('own-banks', 1500, 'own') : undefined;
const studyIds = banks ? [...builtinIds, ...banks.ids] : [];
const scores0 = heavy ? makeScores('scores-0', 0, 1, studyIds) : undefined;
const scores55k = want('b', 'c', 'd') ? makeScores('scores-55k', 55_000, 365, studyIds) : undefined;
const scores1m = want('e', 'f', 'm', 's') ? makeScores('scores-1m', 1_000_000, 18 * 365, studyIds) : undefined;
const envOf = (home, run) => ({ CLOUDOPS_QUIZ_HOME: home, CLOUDOPS_QUIZ_BANKS: banks.dir, CLOUDOPS_QUIZ_NOW: nowOf(run) });
// The person's bank cache is made by the first run, as it is after their first command.
for (const home of [scores0, scores55k, scores1m]) if (home) runOnce([bin, 'due', '--json'], envOf(home, 0));

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
const bank10k = want('v') ? makeBank('bank-10k', 10_000).dir : undefined;
const bank100k = want('v') ? makeBank('bank-100k', 100_000).dir : undefined;

// --- cases -----------------------------------------------------------------------------------
const lines = [];
const report = (name, value, budget, ok) => {
  const line = `${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(62)} ${value.padEnd(46)} budget ${budget}`;
  lines.push(line);
  console.log(line);
};
const ms = (x) => `${x.toFixed(1)} ms`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
const ratio = (a, b, budget, unit = ms) => ({ text: `${unit(a)} vs ${unit(b)} = ${(a / b).toFixed(2)}x`, ok: a / b <= budget });
const floor = () => runOnce(['-e', '0']);

try {
  if (want('a')) {
    const { a, b } = await interleaved(() => runOnce([bin, '--version']), floor);
    const r = ratio(a.ms, b.ms, 1.3);
    report('a. --version vs node -e 0', r.text, '<= 1.3x', r.ok);
  }

  if (scores55k && want('b')) {
    const { a, b } = await interleaved((i) => runOnce([bin, 'due', '--json'], envOf(scores55k, i)), floor);
    const r = ratio(a.ms, b.ms, 1.5);
    report('b. due --json, 55k answers + 3 x 500 own, vs node -e 0', r.text, '<= 1.5x', r.ok);
  }

  if (scores55k && want('c')) {
    const { a, b } = await interleaved((i) => drillOnce(envOf(scores55k, i), 0), floor);
    const r = ratio(a.first, b.ms, 2.0);
    report('c. first question of drill, 55k answers, vs node -e 0', r.text, '<= 2.0x', r.ok);
  }

  if (scores55k && want('d')) {
    // Five answers, then the input closed: the last answer saved, the summary, the checkpoint, exit.
    const { a, b } = await interleaved((i) => drillOnce(envOf(scores55k, 100 + i), 5), floor);
    const r = ratio(a.lastToExit, b.ms, 1.3);
    report('d. last answer -> exit of drill, 55k answers, vs node -e 0', r.text, '<= 1.3x', r.ok);
  }

  // e. The same commands at 1M answers and at none (same banks, same bank cache).
  let at0;
  let at1m;
  if (scores1m && want('e', 'm')) {
    at0 = await interleaved(
      (i) => runOnce([bin, 'due', '--json'], envOf(scores0, i)),
      (i) => drillOnce(envOf(scores0, i), 0),
    );
    at1m = await interleaved(
      (i) => runOnce([bin, 'due', '--json'], envOf(scores1m, i)),
      (i) => drillOnce(envOf(scores1m, i), 0),
    );
  }
  if (at0 && at1m && want('e')) {
    const d = ratio(at1m.a.ms, at0.a.ms, 1.2);
    report('e. due --json, 1M answers vs 0 answers', d.text, '<= 1.2x', d.ok);
    const f = ratio(at1m.b.first, at0.b.first, 1.2);
    report('   first question of drill, 1M answers vs 0 answers', f.text, '<= 1.2x', f.ok);
  }

  let stats0;
  let stats1m;
  if (scores1m && want('f', 'm')) {
    const f = await interleaved((i) => runOnce([bin, 'stats', '--json'], envOf(scores1m, i)), floor);
    stats1m = f.a;
    const r = ratio(f.a.ms, f.b.ms, 3.0);
    if (want('f')) report('f. stats --json, 1M answers, vs node -e 0', r.text, '<= 3.0x', r.ok);
    stats0 = (await interleaved((i) => runOnce([bin, 'stats', '--json'], envOf(scores0, i)), floor, Math.min(RUNS, 5))).a;
  }

  if (at0 && at1m && stats0 && stats1m && want('m')) {
    const cases = [
      ['due --json', at1m.a.rss, at0.a.rss],
      ['drill, quit at the first question', at1m.b.rss, at0.b.rss],
      ['stats --json', stats1m.rss, stats0.rss],
    ];
    for (const [name, big, none] of cases) {
      const r = ratio(big, none, 1.5, mib);
      report(`m. peak memory of ${name}, 1M answers vs 0 answers`, r.text, '<= 1.5x', r.ok);
    }
  }

  // s. In process: open the 1M-answer folder once, then time single saves (lock, catch up, append,
  // fsync), then the checkpoint that ends a session.
  if (scores1m && want('s')) {
    const store = ScoreFile.open(scores1m, new Date(NOW));
    const saves = [];
    for (let i = 0; i < 200; i++) {
      const at = NOW + DAY + i * 1000;
      const q = studyIds[i % studyIds.length];
      const entry = { k: 'answer', answer: { id: answerId(at, q), q, at, given: [0], correct: true, rating: 'good', mode: 'drill', ms: 1000 }, card: null };
      const t = process.hrtime.bigint();
      store.record([entry]);
      saves.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const s = median(saves);
    report('s. save one answer, 1M answers (median of 200)', ms(s), '<= 10 ms', s <= 10);
    const t = process.hrtime.bigint();
    store.checkpoint(new Date(NOW + DAY));
    report('   (the checkpoint after those 200, for reference)', ms(Number(process.hrtime.bigint() - t) / 1e6), 'none', true);
  }

  if (bank10k && bank100k) {
    const runs = Math.min(RUNS, 3);
    const { a, b } = await interleaved(
      () => runOnce([bin, 'validate', '--no-builtin', bank100k]),
      () => runOnce([bin, 'validate', '--no-builtin', bank10k]),
      runs,
    );
    const growth = a.ms / b.ms;
    report('v. validate 100,000 vs 10,000 generated questions', `${ms(a.ms)} vs ${ms(b.ms)} = ${growth.toFixed(2)}x`, '<= 12x (linear)', growth <= 12);
    report('   peak memory of validate, 100,000 questions', `${mib(a.rss)} (10,000: ${mib(b.rss)})`, '<= 400 MB', a.rss * 1024 <= 400e6);
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
    const env = { CLOUDOPS_QUIZ_HOME: learner10k, CLOUDOPS_QUIZ_NOW: '2026-07-01T09:00:00Z' };
    const { a, b } = await interleaved(() => runOnce([bin, 'optimize', '--json', '--no-builtin'], env), floor);
    const out = spawnSync(process.execPath, [bin, 'optimize', '--json', '--no-builtin'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    const r = JSON.parse(out.stdout);
    const m = (x) => `log loss ${x.logLoss.toFixed(4)}, RMSE ${x.rmseBins.toFixed(4)}`;
    const h = ratio(a.ms, b.ms, 10);
    report('h. optimize, 10,000 answers, vs node -e 0', h.text, '<= 10x', h.ok);
    report(`   (${r.reviews} reviews: ${r.train} fitted, ${r.test} held out; ${r.decision})`, `defaults ${m(r.metrics.defaults)}`, 'none', true);
    report('   (the fit, on the same held-out reviews)', `fitted   ${m(r.metrics.fitted)}`, 'none', true);
    report('   (peak memory of h)', mib(a.rss), 'none', true);
  }

  // i. import (issue 19): another machine's year, 20,001 answers, merged into a folder of 20,000
  // of its own over the same questions (older answers among newer ones, cards replayed), against
  // exporting that folder. Each run imports into a fresh copy: a second import changes nothing.
  if (want('i')) {
    const here = makeScores('merge-here', 20_000, 365, builtinIds);
    const there = makeScores('merge-there', 20_001, 365, builtinIds);
    const file = join(work, 'there.json');
    runOnce([bin, 'export', file], { CLOUDOPS_QUIZ_HOME: there, CLOUDOPS_QUIZ_NOW: nowOf(0) });
    const { a, b } = await interleaved(
      (run) => {
        const copy = join(work, `merge-${run}`);
        cpSync(here, copy, { recursive: true });
        const result = runOnce([bin, 'import', file], { CLOUDOPS_QUIZ_HOME: copy, CLOUDOPS_QUIZ_NOW: nowOf(run) });
        rmSync(copy, { recursive: true, force: true });
        return result;
      },
      (run) => runOnce([bin, 'export', join(work, 'here.json')], { CLOUDOPS_QUIZ_HOME: here, CLOUDOPS_QUIZ_NOW: nowOf(run) }),
      Math.min(RUNS, 7),
    );
    const r = ratio(a.ms, b.ms, 8);
    report('i. import 20,001 answers into 20,000 vs export of 20,000', r.text, '<= 8x', r.ok);
    report('   (peak memory of the import)', mib(a.rss), 'none', true);
  }
} finally {
  // BENCH_KEEP=1 keeps the generated inputs for profiling a case by hand.
  if (process.env.BENCH_KEEP) console.log(`(inputs kept in ${work})`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`(${RUNS} interleaved runs per side; node ${process.version}; ${lines.filter((l) => l.startsWith('PASS')).length}/${lines.length} within budget)`);
