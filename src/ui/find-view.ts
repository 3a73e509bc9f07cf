/** `topics` and `search` as lines that fit the terminal. */
import { MODULES } from '../bank/course.ts';
import type { Question } from '../bank/types.ts';
import { bankText } from './bank-text.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitizeLine } from './sanitize.ts';
import { topicLabel } from './stats-view.ts';
import { fitTable } from './table.ts';
import { truncate, wrap } from './width.ts';

export interface TopicCount {
  readonly key: string;
  readonly questions: number;
}

export interface ModuleTopics {
  readonly module: number;
  readonly topics: readonly TopicCount[];
}

/** Per module: its title, then each topic key with its name and how many questions carry it. */
export function topicsLines(modules: readonly ModuleTopics[], env: RenderEnv): string[] {
  const { style, say, lang, width } = env;
  const lines: string[] = [];
  const [keyWord = '', nameWord = '', countWord = ''] = say.topicsHeader;
  for (const { module, topics } of modules) {
    if (topics.length === 0) continue;
    const title = MODULES.find((m) => m.number === module)?.title[lang] ?? '';
    if (lines.length > 0) lines.push('');
    lines.push(style.bold(wrap(`${String(module).padStart(2, '0')} ${title}`, width)));
    const rows = topics.map((t) => [`  ${sanitizeLine(t.key)}`, topicLabel(t.key, env), String(t.questions)]);
    lines.push(
      ...fitTable([[`  ${keyWord}`, nameWord, countWord].map((h) => style.dim(h)), ...rows], [{}, { flex: 'wrap', min: 10 }, { align: 'right' }], width),
    );
  }
  const keys = new Set(modules.flatMap((m) => m.topics.map((t) => t.key)));
  const questions = modules.reduce((sum, m) => sum + m.topics.reduce((s, t) => s + t.questions, 0), 0);
  lines.push('', wrap(say.topicsTotal(keys.size, questions), width), style.dim(wrap(say.topicsHint, width)));
  return lines;
}

/** Each hit: `[id]` and its module, then the start of its prompt in the person's language. */
export function searchLines(hits: readonly Question[], total: number, query: string, env: RenderEnv): string[] {
  const { style, say, lang, width } = env;
  if (hits.length === 0) return [wrap(say.searchNone(sanitizeLine(query)), width)];
  const lines = [wrap(say.searchFound(total, hits.length), width)];
  for (const q of hits) {
    lines.push('');
    lines.push(
      `${style.bold(`[${sanitizeLine(q.id)}]`)}  ${style.dim(truncate(q.topics.map((t) => topicLabel(t, env)).join(', '), Math.max(8, width - q.id.length - 4)))}`,
    );
    const prompt = bankText(q.prompt, lang).replace(/\s+/g, ' ');
    // About two lines of it: enough to tell the questions apart.
    lines.push(wrap(truncate(prompt, 2 * (width - 2) - 8), width, '  '));
  }
  lines.push('', style.dim(wrap(say.searchHint, width)));
  return lines;
}
