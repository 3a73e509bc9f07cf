import { answersCsv } from '../../store/export-csv.ts';
import { exportText } from '../../store/export-format.ts';
import { readHistory } from '../../store/history-store.ts';
import { messages } from '../../ui/messages.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import { loadQuestionSummaries } from '../banks.ts';
import type { ExportOptions } from '../commands/export.ts';
import type { Context } from '../context.ts';
import { writeOutput } from '../output-file.ts';

/**
 * `export [FILE]`: the whole history as JSON (the documented, versioned export that `import` and
 * `sync` read) or the answers as CSV (for a spreadsheet), to FILE or standard output. The format
 * is --format, else CSV for a name ending in .csv, else JSON. Files are private (0600).
 */
export async function exportCommand(ctx: Context, options: ExportOptions, file: string | undefined): Promise<number> {
  const target = file ?? '-';
  const format = options.format ?? (target.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
  const history = readHistory(ctx.dataDir, ctx.now);
  let text: string;
  if (format === 'csv') {
    const facts = new Map((await loadQuestionSummaries(ctx)).map((q) => [q.id, q] as const));
    text = answersCsv(history.answers, (q) => facts.get(q));
  } else text = exportText(history, ctx.now);
  const written = writeOutput(ctx, target, text, 0o600);
  if (written !== undefined) ctx.out.print(messages(ctx.lang).exportWritten(history.answers.length, format, sanitizeLine(written)));
  return 0;
}
