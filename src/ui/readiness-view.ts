/** The `readiness` screen: recall on the exam day by module and domain, the estimate, the risks, the plan. */
import { DOMAINS } from '../bank/course.ts';
import { PASS_SCALED } from '../engine/exam-score.ts';
import type { PredictionCheck } from '../engine/prediction-check.ts';
import type { GroupReadiness, PlanLimits, Readiness } from '../engine/readiness.ts';
import { bar, percent } from './charts.ts';
import type { RenderEnv } from './render-env.ts';
import { sanitizeLine } from './sanitize.ts';
import { fitTable, flow } from './table.ts';
import { topicLabel } from './stats-view.ts';
import { wrap, hanging } from './width.ts';

export function readinessLines(
  r: Readiness,
  examDate: string,
  targetRetention: number,
  limits: PlanLimits,
  env: RenderEnv,
  moduleTitle: (n: number) => string,
): string[] {
  const { style, say, lang } = env;
  const target = percent(targetRetention);
  const unseen = r.modules.reduce((sum, m) => sum + m.unseen, 0);
  const recallBar = (recall: number) => (recall >= targetRetention ? style.green : recall >= 0.7 ? style.yellow : style.red)(bar(recall, 10));
  const lines: string[] = [];
  lines.push(style.bold(wrap(say.readinessTitle(examDate, r.plan.daysLeft), env.width)));
  lines.push(wrap(say.readinessRecall(percent(r.recall), r.questions, unseen), env.width));
  const verdict = r.likelyPass ? style.green.bold('PASS') : style.red.bold('FAIL');
  lines.push(
    ...flow(
      [style.bold(`${say.readinessScore}: ${r.estimatedScaled} (${say.examEstimate})`), `— ${verdict} (${say.examPassMark} ${PASS_SCALED})`],
      env.width,
      ' ',
    ),
  );
  lines.push(style.dim(wrap(say.readinessScoreNote, env.width)));

  lines.push('', style.bold(say.readinessModulesTitle));
  const moduleRows = r.modules.map((m) => [
    String(m.key).padStart(2, '0'),
    sanitizeLine(moduleTitle(m.key)),
    percent(m.recall),
    recallBar(m.recall),
    `${say.readinessUnseen} ${m.unseen}/${m.questions}`,
  ]);
  lines.push(...fitTable(moduleRows, [{ align: 'right' }, { flex: 'wrap', min: 16 }, { align: 'right' }, { drop: 1 }, { align: 'right', drop: 2 }], env.width));

  lines.push('', style.bold(say.readinessDomainsTitle));
  const domainRows = r.domains.map((d) => [
    String(d.key),
    DOMAINS.find((x) => x.number === d.key)?.title[lang] ?? '',
    `${say.readinessWeight} ${percent(d.weight)}`,
    percent(d.recall),
    recallBar(d.recall),
    `${say.readinessUnseen} ${d.unseen}/${d.questions}`,
  ]);
  lines.push(
    ...fitTable(
      domainRows,
      [{ align: 'right' }, { flex: 'wrap', min: 16 }, { align: 'right', drop: 3 }, { align: 'right' }, { drop: 1 }, { align: 'right', drop: 2 }],
      env.width,
    ),
  );

  lines.push('');
  // One risk a line, its recall first: a list run together as a sentence wrapped unevenly.
  const risks = <K>(title: string, groups: readonly GroupReadiness<K>[], name: (key: K) => string) => {
    if (groups.length === 0) return [hanging(`${style.bold(title)}: `, say.readinessNoRisk(target), env.width, 2)];
    return [`${style.bold(title)}:`, ...groups.map((g) => hanging(`  ${percent(g.recall).padStart(4)}  `, name(g.key), env.width))];
  };
  lines.push(...risks(say.readinessRiskModules, r.modulesAtRisk, (n) => `${String(n).padStart(2, '0')} ${sanitizeLine(moduleTitle(n))}`));
  lines.push('', ...risks(say.readinessRiskTopics, r.topicsAtRisk, (t) => topicLabel(t, env)));

  const { plan } = r;
  lines.push('', wrap(say.readinessPlan(plan.reviewsPerDay, Math.max(1, plan.daysLeft), plan.reviewsNeeded, plan.belowTarget, plan.unseen, target), env.width));
  if (plan.fits) lines.push(wrap(say.readinessFits(limits.newPerDay, plan.daysToMeetAll, plan.reviewsPerDay, limits.drillLimit), env.width));
  else {
    lines.push(style.yellow.bold(wrap(say.readinessNoFit(examDate), env.width)));
    for (const { setting, to } of plan.raise) {
      const text = setting === 'new-per-day' ? say.readinessRaiseNew(limits.newPerDay, to) : say.readinessRaiseLimit(limits.drillLimit, to);
      lines.push(hanging('  - ', text, env.width));
    }
  }
  lines.push(style.dim(wrap(say.readinessPlanHint, env.width)));
  return lines;
}

/** Signed percentage points: +4 pts, −2 pts, 0 pts. */
function points(value: number): string {
  const rounded = Math.round(value * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)} pts`;
}

function localDate(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Each mock exam: what readiness would have predicted just before it, what it scored, the gap. */
export function predictionLines(check: PredictionCheck, env: RenderEnv): string[] {
  const { style, say } = env;
  const rows = check.exams.map((e) => [localDate(e.startedAt), percent(e.predicted), percent(e.actual), points(e.error)]);
  const lines = [
    style.bold(say.predictionTitle),
    ...fitTable([say.predictionHeader.map((h) => style.bold(h)), ...rows], [{}, { align: 'right' }, { align: 'right' }, { align: 'right' }], env.width),
  ];
  if (check.meanError !== null && check.meanAbsoluteError !== null)
    lines.push(wrap(say.predictionMean(points(check.meanError), points(check.meanAbsoluteError).replace(/^\+/, '')), env.width));
  lines.push(style.dim(wrap(say.predictionNote, env.width)));
  return lines;
}
