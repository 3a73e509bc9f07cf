/**
 * kill -9 at random moments of line-mode study sessions, one after another on one score folder:
 * every answer whose verdict was printed is in the history afterwards, and the lock a killed
 * session leaves never makes the next one wait. KILL_TEST_COUNT sets the number of kills (50 by
 * default, for CI; the figures in issue 13's note come from longer runs of test/helpers/attack.ts);
 * KILL_TEST_SEED replays a run.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { seededRandom } from '../../src/engine/random.ts';
import { tempDir } from '../helpers/cli.ts';
import { generatedBank, keptPerQuestion, lockAfter, lost, sleep, startSession, tally } from '../helpers/kill-harness.ts';

const KILLS = Number(process.env['KILL_TEST_COUNT'] ?? 50);
const SEED = Number(process.env['KILL_TEST_SEED'] ?? 13);

describe('kill -9 at random moments', () => {
  it(
    `${KILLS} killed sessions: every verdict shown is an answer kept; no lock left to wait on`,
    async () => {
      const home = tempDir(onTestFinished);
      const bank = generatedBank(home, 120);
      const random = seededRandom(SEED);
      const shown = new Map<string, number>();
      let verdicts = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        const session = startSession(home, bank, 40);
        // Somewhere in the session: before any answer, or just after the n-th verdict, give or take a few ms.
        const after = Math.floor(random() * 8);
        if (after === 0) await sleep(random() * 250);
        else await session.afterVerdicts(after);
        if (random() < 0.7) await sleep(random() * 12);
        session.child.kill('SIGKILL');
        const ended = await session.ended;
        tally(shown, session.verdicts);
        verdicts += session.verdicts.length;
        const context = `kill ${kill + 1} (seed ${SEED}, after ${after} verdicts; exit ${ended.code ?? ended.signal})`;
        expect(ended.stdout, context).not.toMatch(/^Not saved/m);
        expect(lost(shown, keptPerQuestion(home)), context).toBe(0);
        expect(['gone', 'stale'], context).toContain(lockAfter(home));
      }
      expect(verdicts).toBeGreaterThan(KILLS);
    },
    30_000 + KILLS * 2_000,
  );
});
