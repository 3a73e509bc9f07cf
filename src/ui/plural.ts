/** `1 day`, `2 days`: a count with its English noun in the right number (Japanese has none to choose). */
export function plural(n: number | string, one: string, many = `${one}s`): string {
  return `${n} ${String(n) === '1' ? one : many}`;
}
