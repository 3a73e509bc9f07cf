/**
 * Ctrl+D at a menu. Inquirer closes its line reader on it but leaves the prompt waiting for good
 * (the exam menu would sit there until its time ran out). The interactive front ends pass this
 * signal to every prompt, so the key ends the session as Ctrl+C does: answers saved, summary
 * shown, an exam kept for --resume.
 */
import type { InputStream } from './streams.ts';

export interface CtrlDWatch {
  readonly signal: AbortSignal;
  stop(): void;
}

/** `hangup`, when given, aborts the prompts too: the process was told to stop (SIGHUP, SIGTERM). */
export function watchCtrlD(input: InputStream, hangup?: AbortSignal): CtrlDWatch {
  const controller = new AbortController();
  const onKey = (_text: unknown, key?: { ctrl?: boolean; name?: string }) => {
    if (key?.ctrl === true && key.name === 'd') controller.abort();
  };
  input.on('keypress', onKey);
  const signal = hangup ? AbortSignal.any([controller.signal, hangup]) : controller.signal;
  return { signal, stop: () => void input.removeListener('keypress', onKey) };
}
