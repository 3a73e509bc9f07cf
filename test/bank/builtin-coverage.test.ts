/**
 * The coverage contract of the built-in banks (course outline; issues for modules 1–7 and 8–14),
 * so it cannot silently regress when questions are edited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAcrossBanks } from '../../src/bank/across.ts';
import { checkBankText } from '../../src/bank/check.ts';
import { DOMAINS, MODULES } from '../../src/bank/course.ts';
import type { Bank, LocalizedText, Question } from '../../src/bank/types.ts';
import { collectBankFiles } from '../../src/store/bank-files.ts';
import { ROOT } from '../helpers/cli.ts';

const files = collectBankFiles([join(ROOT, 'questions')]);
const checked = files.map((file) => checkBankText(readFileSync(file, 'utf8'), file));
const banks = checked.flatMap((c) => (c.bank ? [c.bank] : []));
const byModule = (n: number): Question[] => banks.filter((b: Bank) => b.module === n).flatMap((b) => b.questions);

const isBilingual = (text: LocalizedText) => typeof text !== 'string' && (text['en'] ?? '').trim() !== '' && (text['ja'] ?? '').trim() !== '';

describe('built-in banks', () => {
  it('are one valid file per module, with ids unique across all of them', () => {
    expect(checked.flatMap((c) => c.problems)).toEqual([]);
    expect(banks.map((b) => b.module).sort((a, b) => a - b)).toEqual(MODULES.map((m) => m.number));
    expect(checkAcrossBanks(banks)).toEqual([]);
  });

  describe.each(MODULES.map((m) => [m.number, m] as const))('module %i', (_n, module) => {
    const questions = byModule(module.number);

    it('has at least 25 questions', () => {
      expect(questions.length).toBeGreaterThanOrEqual(25);
    });

    it('covers every outline topic key with at least 2 questions', () => {
      const thin = module.topics.filter((key) => questions.filter((q) => q.topics.includes(key)).length < 2);
      expect(thin).toEqual([]);
    });

    it('has at least 20% multiple-response questions', () => {
      expect(questions.filter((q) => q.type === 'multiple').length / questions.length).toBeGreaterThanOrEqual(0.2);
    });

    it('has English and Japanese for every text, a why for every choice, references, domain and difficulty', () => {
      const bank = banks.find((b) => b.module === module.number)!;
      expect(isBilingual(bank.title)).toBe(true);
      for (const q of questions) {
        const where = `${q.id}`;
        expect(isBilingual(q.prompt), where).toBe(true);
        expect(isBilingual(q.explanation), where).toBe(true);
        for (const choice of q.choices) {
          expect(isBilingual(choice.text), where).toBe(true);
          expect(isBilingual(choice.why), where).toBe(true);
        }
        expect(q.references.length, where).toBeGreaterThanOrEqual(1);
        expect(
          q.references.every((r) => r.startsWith('https://')),
          where,
        ).toBe(true);
        expect(q.difficulty, where).toBeDefined();
        expect([1, 2, 3, 4, 5]).toContain(q.domain);
      }
    });

    it.runIf(module.lab !== undefined)('has at least 4 questions of its lab, one of them an order question', () => {
      const lab = questions.filter((q) => q.lab === module.lab);
      expect(lab.length).toBeGreaterThanOrEqual(4);
      expect(lab.some((q) => q.type === 'order')).toBe(true);
    });

    it('tags lab questions only with its own lab', () => {
      expect(questions.filter((q) => q.lab !== undefined && q.lab !== module.lab).map((q) => q.id)).toEqual([]);
    });
  });

  it('can fill a 65-question mock exam by the SOA-C03 domain weights without repeating a question', () => {
    const need: Record<number, number> = { 1: 14, 2: 14, 3: 14, 4: 11, 5: 12 };
    expect(Object.values(need).reduce((a, b) => a + b, 0)).toBe(65);
    expect(DOMAINS.map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
    const all = banks.flatMap((b) => b.questions);
    for (const domain of DOMAINS) {
      expect(all.filter((q) => q.domain === domain.number).length, `domain ${domain.number}`).toBeGreaterThanOrEqual(need[domain.number]!);
    }
  });
});
