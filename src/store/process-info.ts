/**
 * Whether a process is still there, for judging a lock's owner. A pid alone can be reused by an
 * unrelated process after the owner died, so where the system tells a process's start time
 * (Linux: /proc/<pid>/stat) the owner is the process with that pid *and* that start time.
 */
import { readFileSync } from 'node:fs';

type StatFields = { readonly state: string; readonly start: string };

function readStat(pid: number): StatFields | null | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No such process; or no /proc on this system (undefined: ask another way).
    return code === 'ENOENT' || code === 'ESRCH' ? (procAvailable() ? null : undefined) : undefined;
  }
  // "pid (comm) state ppid ... starttime": comm may hold spaces and parentheses, so split after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19];
  return state && start ? { state, start } : undefined;
}

let hasProc: boolean | undefined;
function procAvailable(): boolean {
  if (hasProc === undefined) {
    try {
      readFileSync('/proc/self/stat');
      hasProc = true;
    } catch {
      hasProc = false;
    }
  }
  return hasProc;
}

/** The start time of process `pid` as the system reports it, or null where it cannot be known. */
export function processStart(pid: number): string | null {
  return readStat(pid)?.start ?? null;
}

/**
 * `gone`: no process with that pid, or one that started at another time than `start` (a reused
 * pid), or a zombie. `stopped`: there, but paused (SIGSTOP, Ctrl+Z). Otherwise `running`.
 */
export function processState(pid: number, start: string | null): 'running' | 'stopped' | 'gone' {
  if (!Number.isSafeInteger(pid) || pid <= 0) return 'gone';
  const stat = readStat(pid);
  if (stat === null) return 'gone';
  if (stat) {
    if (start !== null && stat.start !== start) return 'gone';
    if (stat.state === 'Z' || stat.state === 'X' || stat.state === 'x') return 'gone';
    return stat.state === 'T' || stat.state === 't' ? 'stopped' : 'running';
  }
  try {
    process.kill(pid, 0);
    return 'running';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'running' : 'gone';
  }
}
