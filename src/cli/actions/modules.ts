import { MODULES, SKILLS } from '../../bank/course.ts';
import { isExamEligible } from '../../engine/eligibility.ts';
import { QUESTION_TYPES, type QuestionType } from '../../bank/question-types.ts';
import { localize, type Bank, type Question } from '../../bank/types.ts';
import { messages } from '../../ui/messages.ts';
import { questionTypeUi } from '../../ui/question-types/registry.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import { fitTable } from '../../ui/table.ts';
import { loadBanks } from '../banks.ts';
import type { ModulesOptions } from '../commands/modules.ts';
import type { Context } from '../context.ts';
import { renderEnv } from '../study.ts';

interface ModuleCounts {
  module: number;
  slug: string;
  title: string;
  questions: number;
  /** Questions of each type, in QUESTION_TYPES order. */
  byType: Record<QuestionType, number>;
  byDomain: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Questions a mock exam may draw (see engine/eligibility.ts). */
  examEligible: number;
  /** Questions per exam-guide skill named, in guide order; skills with none are left out. */
  bySkill: Record<string, number>;
  labs: number;
}

export function countModules(banks: readonly Bank[], lang: 'en' | 'ja'): ModuleCounts[] {
  return MODULES.map((module) => {
    const questions: Question[] = banks.filter((b) => b.module === module.number).flatMap((b) => b.questions);
    const byType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
    const byDomain = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    for (const q of questions) {
      byType[q.type]++;
      byDomain[String(q.domain) as keyof typeof byDomain]++;
    }
    const bySkill: Record<string, number> = {};
    for (const skill of SKILLS) {
      const count = questions.filter((q) => q.skills.includes(skill.key)).length;
      if (count > 0) bySkill[skill.key] = count;
    }
    const bankTitle = banks.find((b) => b.module === module.number)?.title;
    return {
      module: module.number,
      slug: module.slug,
      title: bankTitle ? localize(bankTitle, lang) : module.title[lang],
      questions: questions.length,
      byType,
      byDomain,
      examEligible: questions.filter(isExamEligible).length,
      bySkill,
      labs: questions.filter((q) => q.lab !== undefined).length,
    };
  });
}

export async function modulesCommand(ctx: Context, options: ModulesOptions): Promise<number> {
  const counts = countModules(await loadBanks(ctx), ctx.lang);
  if (options.json) {
    ctx.out.print(JSON.stringify(counts, null, 2));
    return 0;
  }
  const say = messages(ctx.lang);
  const { style } = ctx.out;
  const rows = counts.map((m) => [
    String(m.module).padStart(2, '0'),
    sanitizeLine(m.title),
    m.questions === 0 ? style.red('0') : String(m.questions),
    QUESTION_TYPES.map((type) => m.byType[type]).join('/'),
    Object.values(m.byDomain).join(' '),
  ]);
  const total = counts.reduce((sum, m) => sum + m.questions, 0);
  const [moduleWord = '', titleWord = '', countWord = '', domainWord = ''] = say.modulesHeader;
  const typesWord = QUESTION_TYPES.map((type) => questionTypeUi(type).label(ctx.lang)).join('/');
  const header = [moduleWord, titleWord, countWord, typesWord, domainWord];
  const lines = fitTable(
    [header.map((h) => style.bold(h)), ...rows, ['', style.bold(say.modulesTotal), style.bold(String(total)), '', '']],
    [{ align: 'right' }, { flex: 'wrap', min: 16 }, { align: 'right' }, { drop: 1 }, { drop: 2 }],
    renderEnv(ctx).width,
  );
  for (const line of lines) ctx.out.print(line);
  return 0;
}
