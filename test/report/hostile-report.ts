/** Reports whose group values, titles, file names and reasons carry HTML and Markdown that must stay inert. */
import type { Report } from '../../shared/report/model.js';
import { sampleCheck, sampleReport } from './sample-report.js';

export const INJECTED = '<img src=x onerror="window.__pwned=1">';
export const INJECTED_SCRIPT = '<script>window.__pwned=2</script>';

/** A failing group check and groups named with injected HTML; the page would set `window.__pwned` if any ran. */
export function hostileHtmlReport(): Report {
  const base = sampleReport();
  const group = `b${INJECTED}`;
  const checks = [
    sampleCheck({
      id: `recall[race=${group}]`,
      title: `recall for race=${group}`,
      metric: 'recall',
      scope: { race: group },
      status: 'fail',
      value: 0.61,
      interval: [0.58, 0.64],
      bound: { min: 0.7, on: 'point' },
      n: 954,
      reason: `recall for race=${group} is 0.61 [0.58, 0.64], below the minimum 0.7 ${INJECTED_SCRIPT}`,
      rule: { index: 0, file: `cfg${INJECTED}.yml`, line: 3 },
    }),
    ...base.checks,
  ];
  const race = base.metrics.groups.race;
  return sampleReport({
    checks,
    metrics: { ...base.metrics, groups: { ...base.metrics.groups, race: { a: race.a, [group]: race.b, [INJECTED_SCRIPT]: race.a } } },
    notes: [`note ${INJECTED}`],
    data: { ...base.data, files: [`data${INJECTED}.csv`] },
    curves: {
      overall: { roc: { fpr: [0, 1], tpr: [0, 1] }, pr: { recall: [0, 1], precision: [1, 0.5] } },
      groups: { race: { [group]: { roc: { fpr: [0, 0.2, 1], tpr: [0, 0.7, 1] }, pr: { recall: [0, 1], precision: [1, 0.5] } } } },
    },
  });
}
