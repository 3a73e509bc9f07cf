import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema } from '../../src/bank/schema.ts';
import { ROOT } from '../helpers/cli.ts';

describe('the shipped JSON Schema', () => {
  it('is exactly what the zod schema generates (run npm run build after changing the schema)', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'schema/bank.schema.json'), 'utf8'));
    expect(shipped).toEqual(bankJsonSchema());
  });

  it('describes the question fields editors should complete', () => {
    const schema = bankJsonSchema() as {
      required: string[];
      properties: { questions: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    expect(schema.required.sort()).toEqual(['module', 'questions', 'title']);
    const question = schema.properties.questions.items;
    expect(question.required.sort()).toEqual(['choices', 'domain', 'explanation', 'id', 'prompt', 'references', 'topics', 'type']);
    expect(Object.keys(question.properties)).toContain('difficulty');
    expect(Object.keys(question.properties)).toContain('lab');
  });
});
