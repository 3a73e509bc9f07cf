/**
 * Polls a screen until it matches `pattern` (a RegExp, or a test of the whole screen), for both
 * terminals: each polls at its own pace (a real terminal is read through a tmux process; the
 * in-memory one costs nothing to read).
 */
export async function pollScreen(read: () => string, pattern: RegExp | ((screen: string) => boolean), timeoutMs: number, intervalMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  const matches = typeof pattern === 'function' ? pattern : (screen: string) => pattern.test(screen);
  let screen = '';
  while (Date.now() < until) {
    screen = read();
    if (matches(screen)) return screen;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
}
