/**
 * Long attack runs against line-mode study sessions, for the figures in issue 13's note (the
 * suite runs a short kill -9 series in test/cli/kill.test.ts):
 *   node --import tsx test/helpers/attack.ts [runs per attack, default 50] [seed] [attacks,...]
 * For each attack: sessions run, verdicts shown, answers kept, verdicts shown but not kept (lost),
 * "Not saved" notices, exit statuses, and the longest a following session waited for the lock.
 * Needs Linux; the full-disk attack mounts a small tmpfs (root) and the fsync attack uses strace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../src/engine/random.ts';
import { generatedBank, keptPerQuestion, lockAfter, lost, sleep, startSession, tally, type Session } from './kill-harness.ts';

const RUNS = Number(process.argv[2] ?? 50);
const SEED = Number(process.argv[3] ?? 13);
const ONLY = process.argv[4]?.split(',');
const random = seededRandom(SEED);

interface Figures {
  sessions: number;
  shown: number;
  kept: number;
  lost: number;
  notSaved: number;
  recovered: number;
  exits: Map<string, number>;
  liveLocksLeft: number;
  /** Longest time a fresh `due` took right after an attack (it reads, and its session would lock). */
  slowestNext: number;
}

const blank = (): Figures => ({ sessions: 0, shown: 0, kept: 0, lost: 0, notSaved: 0, recovered: 0, exits: new Map(), liveLocksLeft: 0, slowestNext: 0 });

function note(f: Figures, ended: { code: number | null; signal: NodeJS.Signals | null; stdout: string }, session: Session): void {
  f.sessions++;
  const exit = ended.signal ?? String(ended.code);
  f.exits.set(exit, (f.exits.get(exit) ?? 0) + 1);
  f.notSaved += [...ended.stdout.matchAll(/^Not saved — /gm)].length;
  f.shown += session.verdicts.length;
}

/** After an attack: a following session must not wait on a lock; time one quick save-free start. */
function afterAttack(f: Figures, home: string, bank: string): void {
  if (!['gone', 'stale'].includes(lockAfter(home))) f.liveLocksLeft++;
  const started = Date.now();
  spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/cloudops-quiz.js'), 'quiz', '2', '--count', '1', '--no-builtin', '--bank', bank], {
    env: { PATH: process.env['PATH'] ?? '', CLOUDOPS_QUIZ_HOME: home, NO_COLOR: '1', LANG: 'C' },
    input: '',
    encoding: 'utf8',
  });
  f.slowestNext = Math.max(f.slowestNext, Date.now() - started);
}

function finish(f: Figures, home: string, shown: Map<string, number>): void {
  const kept = keptPerQuestion(home);
  f.kept = [...kept.values()].reduce((a, b) => a + b, 0);
  f.lost = lost(shown, kept);
}

/** A session killed (or signalled) somewhere: before any answer or just after the n-th verdict. */
async function signalled(signal: NodeJS.Signals): Promise<Figures> {
  const f = blank();
  const home = mkdtempSync(join(tmpdir(), 'cq-attack-'));
  const bank = generatedBank(home, 120);
  const shown = new Map<string, number>();
  for (let run = 0; run < RUNS; run++) {
    const session = startSession(home, bank, 40);
    const after = Math.floor(random() * 10);
    if (after === 0) await sleep(random() * 250);
    else await session.afterVerdicts(after);
    if (random() < 0.7) await sleep(random() * 12);
    session.child.kill(signal);
    const ended = await session.ended;
    note(f, ended, session);
    tally(shown, session.verdicts);
    afterAttack(f, home, bank);
  }
  finish(f, home, shown);
  rmSync(home, { recursive: true, force: true });
  return f;
}

/** Killed right after the summary: inside the end-of-session checkpoint. */
async function killInCheckpoint(): Promise<Figures> {
  const f = blank();
  const home = mkdtempSync(join(tmpdir(), 'cq-attack-'));
  const bank = generatedBank(home, 120);
  const shown = new Map<string, number>();
  for (let run = 0; run < RUNS; run++) {
    const count = 1 + Math.floor(random() * 5);
    const session = startSession(home, bank, count);
    await session.afterVerdicts(count);
    await sleep(random() * 40);
    session.child.kill('SIGKILL');
    const ended = await session.ended;
    note(f, ended, session);
    tally(shown, session.verdicts);
    afterAttack(f, home, bank);
  }
  finish(f, home, shown);
  rmSync(home, { recursive: true, force: true });
  return f;
}

/** Two sessions at once on one folder, each killed at a random moment. */
async function concurrentKills(): Promise<Figures> {
  const f = blank();
  const home = mkdtempSync(join(tmpdir(), 'cq-attack-'));
  const bank = generatedBank(home, 120);
  const shown = new Map<string, number>();
  for (let run = 0; run < RUNS; run += 2) {
    const pair = [startSession(home, bank, 40), startSession(home, bank, 40)];
    await Promise.all(
      pair.map(async (session) => {
        await session.afterVerdicts(1 + Math.floor(random() * 8));
        await sleep(random() * 12);
        session.child.kill('SIGKILL');
        const ended = await session.ended;
        note(f, ended, session);
        tally(shown, session.verdicts);
      }),
    );
    afterAttack(f, home, bank);
  }
  finish(f, home, shown);
  rmSync(home, { recursive: true, force: true });
  return f;
}

/**
 * A session stopped (SIGSTOP, as Ctrl+Z or a laptop asleep) at a random moment, perhaps holding
 * the lock, while a second one answers; then the first is continued and both finish.
 */
async function stoppedOwner(): Promise<Figures> {
  const f = blank();
  const home = mkdtempSync(join(tmpdir(), 'cq-attack-'));
  const bank = generatedBank(home, 120);
  const shown = new Map<string, number>();
  for (let run = 0; run < RUNS; run += 2) {
    const first = startSession(home, bank, 6);
    await first.afterVerdicts(1 + Math.floor(random() * 3));
    await sleep(random() * 10);
    first.child.kill('SIGSTOP');
    const second = startSession(home, bank, 4);
    // The second works while the first is stopped, for up to 1.5 s, then the first goes on.
    await Promise.race([second.afterVerdicts(4), sleep(1500)]);
    first.child.kill('SIGCONT');
    for (const session of [first, second]) {
      const ended = await session.ended;
      note(f, ended, session);
      tally(shown, session.verdicts);
    }
    afterAttack(f, home, bank);
  }
  finish(f, home, shown);
  rmSync(home, { recursive: true, force: true });
  return f;
}

/**
 * A full disk: the data folder on a small tmpfs, filled to leave a random few kilobytes. A session
 * answers until saves fail; whatever it could not save it lists at the end, and those lines are
 * appended once room is made, as its message says.
 */
async function fullDisk(): Promise<Figures> {
  const f = blank();
  const base = mkdtempSync(join(tmpdir(), 'cq-attack-'));
  const bank = generatedBank(base, 120);
  const mount = join(base, 'disk');
  mkdirSync(mount);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]);
  try {
    const shown = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const home = join(mount, 'home');
      rmSync(home, { recursive: true, force: true });
      rmSync(join(mount, 'filler'), { force: true });
      mkdirSync(home);
      shown.clear();
      // Fill the disk, then free a random amount (0–24 KiB).
      spawnSync('sh', [
        '-c',
        `dd if=/dev/zero of=${join(mount, 'filler')} bs=1k 2>/dev/null; truncate -s -${Math.floor(random() * 24)}K ${join(mount, 'filler')}`,
      ]);
      const session = startSession(home, bank, 30);
      const ended = await session.ended;
      note(f, ended, session);
      tally(shown, session.verdicts);
      // Room made, the lines the session listed (if any) appended as its message says.
      rmSync(join(mount, 'filler'), { force: true });
      const lines = ended.stderr.split('\n').filter((l) => l.startsWith('{"k":'));
      if (lines.length > 0) {
        appendFileSync(join(home, 'scores.journal'), `${lines.join('\n')}\n`);
        f.recovered += lines.filter((l) => l.startsWith('{"k":"answer"')).length;
      }
      const kept = keptPerQuestion(home);
      f.kept += [...kept.values()].reduce((a, b) => a + b, 0);
      f.lost += lost(shown, kept);
      afterAttack(f, home, bank);
    }
  } finally {
    execFileSync('umount', [mount]);
    rmSync(base, { recursive: true, force: true });
  }
  return f;
}

/** An fsync that fails (EIO) at a random call, injected by strace: the save is refused, never half-done. */
async function failingFsync(): Promise<Figures> {
  const f = blank();
  const home = mkdtempSync(join(tmpdir(), 'cq-attack-'));
  const bank = generatedBank(home, 120);
  const shown = new Map<string, number>();
  for (let run = 0; run < RUNS; run++) {
    const when = 1 + Math.floor(random() * 12);
    const result = spawnSync(
      'strace',
      [
        '-f',
        '-qq',
        '-o',
        '/dev/null',
        '-e',
        'trace=fsync,fdatasync',
        '-e',
        `inject=fsync:error=EIO:when=${when}`,
        process.execPath,
        join(import.meta.dirname, '../../bin/cloudops-quiz.js'),
        'quiz',
        '2',
        '--count',
        '8',
        '--no-builtin',
        '--bank',
        bank,
      ],
      { env: { PATH: process.env['PATH'] ?? '', CLOUDOPS_QUIZ_HOME: home, NO_COLOR: '1', LANG: 'C' }, input: 'a\n'.repeat(8), encoding: 'utf8' },
    );
    const verdicts: string[] = [];
    let current = '';
    for (const line of result.stdout.split('\n')) {
      const header = /^Question \d+\/\d+ \[(.+)\]$/.exec(line);
      if (header) current = header[1] ?? '';
      else if (/^(Correct|Incorrect) — /.test(line)) verdicts.push(current);
    }
    note(f, { code: result.status, signal: result.signal, stdout: result.stdout }, { verdicts } as unknown as Session);
    tally(shown, verdicts);
    afterAttack(f, home, bank);
  }
  finish(f, home, shown);
  rmSync(home, { recursive: true, force: true });
  return f;
}

const attacks: Record<string, () => Promise<Figures>> = {
  'kill -9': () => signalled('SIGKILL'),
  'kill -9 in the checkpoint': killInCheckpoint,
  'kill -9, two sessions at once': concurrentKills,
  SIGHUP: () => signalled('SIGHUP'),
  SIGTERM: () => signalled('SIGTERM'),
  'SIGSTOP + second writer': stoppedOwner,
  'full disk (tmpfs)': fullDisk,
  'fsync fails (strace EIO)': failingFsync,
};

writeFileSync(process.stdout.fd, `attack runs: ${RUNS} per attack, seed ${SEED}\n`);
console.log(
  '| attack | sessions | verdicts shown | answers kept | shown but lost | "Not saved" notices | recovered by appending | exit statuses | live locks left | slowest next start |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, attack] of Object.entries(attacks)) {
  if (ONLY && !ONLY.some((o) => name.startsWith(o))) continue;
  const f = await attack();
  const exits = [...f.exits]
    .sort()
    .map(([k, v]) => `${k}×${v}`)
    .join(' ');
  console.log(
    `| ${name} | ${f.sessions} | ${f.shown} | ${f.kept} | ${f.lost} | ${f.notSaved} | ${f.recovered} | ${exits} | ${f.liveLocksLeft} | ${(f.slowestNext / 1000).toFixed(2)} s |`,
  );
}
