/** Small text charts: a bar for a share, a sparkline for a series. */
const SPARKS = '▁▂▃▄▅▆▇█';

export function bar(share: number, width: number): string {
  const clamped = Math.max(0, Math.min(1, share));
  const eighths = Math.round(clamped * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = eighths % 8;
  const partialChar = partial > 0 ? ('▏▎▍▌▋▊▉'[partial - 1] ?? '') : '';
  return ('█'.repeat(full) + partialChar).padEnd(width, '·');
}

export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (v === 0 ? ' ' : (SPARKS[Math.min(7, Math.floor((v / max) * 7.999))] ?? ' '))).join('');
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
