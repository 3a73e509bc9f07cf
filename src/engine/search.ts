/**
 * Finding questions by words, in both languages at once: every word must occur somewhere in the
 * question (its id, topics, prompt, choices, whys or explanation, English or Japanese). Text is
 * compared after Unicode NFKC and lower-casing, so full-width "ＥＣ２" finds "EC2" and "Alarm"
 * finds "alarm"; Japanese, written without spaces, is matched as a substring. Pure.
 */
import { allTexts, type Question } from '../bank/types.ts';

export interface SearchHit {
  readonly question: Question;
  /** Higher first: words found in the id, topics or prompt weigh more than in the explanation. */
  readonly score: number;
}

/** Words of the query: runs without spaces (full-width spaces too), normalized. */
function searchWords(query: string): string[] {
  return normalize(query)
    .split(/\s+/u)
    .filter((w) => w !== '');
}

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** `names(topic)`: the topic's names, so that "CloudWatch アラーム" finds questions keyed `cw-alarms`. */
export function searchQuestions(questions: readonly Question[], query: string, names: (topic: string) => readonly string[] = () => []): SearchHit[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const question of questions) {
    const heading = normalize([question.id, ...question.topics, ...question.topics.flatMap(names)].join('\n'));
    const prompt = normalize(
      allTexts(question.prompt)
        .map(([, t]) => t)
        .join('\n'),
    );
    const rest = normalize(
      [
        ...question.choices.flatMap((c) => [...allTexts(c.text), ...allTexts(c.why)].map(([, t]) => t)),
        ...allTexts(question.explanation).map(([, t]) => t),
        ...question.references,
      ].join('\n'),
    );
    let score = 0;
    let all = true;
    for (const word of words) {
      const weight = heading.includes(word) ? 4 : prompt.includes(word) ? 2 : rest.includes(word) ? 1 : 0;
      if (weight === 0) {
        all = false;
        break;
      }
      score += weight;
    }
    if (all) hits.push({ question, score });
  }
  // Stable: equal scores keep course order.
  return hits.sort((a, b) => b.score - a.score);
}
