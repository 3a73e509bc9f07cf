/**
 * The zod schema of a bank file: the one place its shape is defined. The JSON Schema shipped in
 * schema/bank.schema.json is generated from it (scripts/build.mjs), and a test keeps the two equal.
 */
import { z } from 'zod';
import { QUESTION_TYPES } from './question-types.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const localizedTextSchema = z.union(
  [
    nonEmpty,
    z
      .record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'language codes look like "en" or "ja"'), nonEmpty)
      .refine((map) => Object.keys(map).length > 0, 'needs at least one language'),
  ],
  { error: 'must be a text, or a map from language code to text ({en: ..., ja: ...})' },
);

const choiceSchema = z.strictObject({
  text: localizedTextSchema,
  why: localizedTextSchema,
  correct: z.boolean().optional(),
});

const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'ids are 3-64 lower-case letters, digits and dashes'),
  type: z.enum(QUESTION_TYPES),
  domain: z.int().min(1).max(5),
  topics: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'topic keys are lower-case kebab-case')).min(1),
  skills: z
    .array(z.string().regex(/^[1-5]\.[1-3]\.[1-9]$/, 'skill keys are exam-guide numbers like "1.1.3"'))
    .min(1)
    .optional(),
  courseOnly: z.boolean().optional(),
  prompt: localizedTextSchema,
  choices: z.array(choiceSchema).min(2).max(8),
  explanation: localizedTextSchema,
  references: z.array(z.url({ protocol: /^https$/, error: 'must be an https:// URL' })).min(1, 'needs at least one reference'),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  lab: z.int().min(1).max(6).optional(),
});

export const bankSchema = z.strictObject({
  module: z.int().min(1).max(14),
  title: localizedTextSchema,
  questions: z.array(questionSchema).min(1),
});

export type BankInput = z.infer<typeof bankSchema>;

export function bankJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(bankSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'cloudops-quiz question bank',
  };
}
