/** Every topic a built-in question or the course outline names has a name in English and Japanese. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../../src/bank/course.ts';
import { hasTopicName, topicName } from '../../src/bank/topic-names.ts';
import { ROOT } from '../helpers/cli.ts';

/** The topic keys of the built-in banks, as compiled into dist/ by the build (the test setup runs it). */
function builtinTopics(): Set<string> {
  const dir = join(ROOT, 'dist', 'banks');
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f !== 'index.json' && f !== 'ids.json')) {
    const bank = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { questions: { topics: string[] }[] };
    for (const q of bank.questions) for (const t of q.topics) keys.add(t);
  }
  return keys;
}

describe('topic names', () => {
  it('name every topic key a built-in question uses, and every key of the outline', () => {
    const keys = [...builtinTopics(), ...MODULES.flatMap((m) => m.topics)];
    expect(keys.length).toBeGreaterThan(150);
    expect(keys.filter((k) => !hasTopicName(k))).toEqual([]);
  });

  it('have a name in each language', () => {
    for (const key of builtinTopics()) {
      expect(topicName(key, 'en')).not.toBe('');
      expect(topicName(key, 'ja')).not.toBe('');
    }
    expect(topicName('cw-alarms', 'en')).toBe('CloudWatch alarms');
    expect(topicName('cw-alarms', 'ja')).toBe('CloudWatch アラーム');
  });

  it('fall back to the key for a topic of a person’s own bank', () => {
    expect(topicName('my-own-topic', 'ja')).toBe('my-own-topic');
  });
});
