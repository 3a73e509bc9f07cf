import { cramPool, selectCram } from '../../engine/cram.ts';
import { QuizError } from '../../errors.ts';
import { isSkillKey, SKILLS } from '../../bank/course.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { examAnswers, missedIds, pickAttempt } from '../exam-history.ts';
import { messages } from '../../ui/messages.ts';
import type { CramOptions } from '../commands/cram.ts';
import type { Context } from '../context.ts';
import { renderEnv, runStudy, sessionRandom, studyBasics, wholeNumber } from '../study.ts';
import { wrap } from '../../ui/width.ts';
import { openWorkspace, parseModule } from '../workspace.ts';

/**
 * Practice anything, due or not, without touching the schedule: the session runs without a
 * scheduler, so answers are recorded (mode `cram`, no rating) and no card changes.
 */
export async function cramCommand(ctx: Context, options: CramOptions): Promise<number> {
  const given = options.count !== undefined ? wholeNumber('--count', options.count) : undefined;
  const modules = new Set((options.module ?? []).map(parseModule));
  const topics = new Set((options.topic ?? []).map((t) => t.trim().toLowerCase()));
  const ws = await openWorkspace(ctx, { forWriting: true });
  const say = messages(ctx.lang);
  // A mistyped topic should say so, and name the nearest keys, not quietly offer nothing.
  const known = new Set(ws.questions.flatMap((q) => q.topics));
  for (const topic of topics) {
    if (known.has(topic)) continue;
    const near = didYouMean(nearest(topic, known, 3));
    throw new QuizError('USAGE', {
      en: `no question has the topic "${topic}"${near.en}; "cloudops-quiz topics" lists every topic key`,
      ja: `トピック "${topic}" の問題はありません${near.ja}。トピックのキーの一覧は "cloudops-quiz topics" で表示できます`,
    });
  }
  const skills = new Set((options.skill ?? []).map((s) => s.trim()));
  for (const skill of skills) {
    if (!isSkillKey(skill)) {
      const near = didYouMean(
        nearest(
          skill,
          SKILLS.map((s) => s.key),
          1,
        ),
      );
      throw new QuizError('USAGE', {
        en: `"${skill}" is not a skill of the SOA-C03 exam guide${near.en}; skill keys look like "5.2.2" (domain.task.skill)`,
        ja: `"${skill}" は SOA-C03 試験ガイドのスキルではありません${near.ja}。スキルのキーは "5.2.2" (分野.タスク.スキル) のような形です`,
      });
    }
    if (!ws.questions.some((q) => q.skills.includes(skill))) {
      throw new QuizError('USAGE', { en: `no question tests skill ${skill} yet`, ja: `スキル ${skill} を問う問題はまだありません` });
    }
  }
  const filter = { modules, topics, skills };
  // A past exam's misses: the questions to drill, before the other filters narrow them.
  const exam = options.exam !== undefined ? pickAttempt(ws.store.historyView().exams, options.exam) : undefined;
  const missed = exam ? new Set(missedIds(exam.attempt, examAnswers(ws.store, exam.attempt))) : undefined;
  const questions = missed ? ws.questions.filter((q) => missed.has(q.id)) : ws.questions;
  if (missed && questions.length === 0) {
    ctx.out.print(wrap(say.cramNothingMissed(exam?.number ?? 0), renderEnv(ctx).width));
    return 0;
  }
  const count = given ?? (missed ? questions.length : 10);
  if (cramPool(questions, filter).length === 0) {
    throw new QuizError('USAGE', {
      en: 'no question matches all of the --module, --topic and --skill given',
      ja: '指定した --module、--topic、--skill のすべてに当てはまる問題はありません',
    });
  }
  const chosen = selectCram(questions, filter, count, sessionRandom(ctx));
  const intro = exam ? say.cramExamIntro(exam.number, questions.length) : say.cramIntro;
  return runStudy(ctx, { ...studyBasics(ws), mode: 'cram', questions: chosen, scheduler: null, intro: [wrap(intro, renderEnv(ctx).width), ''] });
}
