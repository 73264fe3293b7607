/**
 * Charts as Mermaid `xychart-beta` blocks, which GitHub and GitLab draw inside Markdown. Every label goes
 * through `mermaidLabel`, which keeps only characters that cannot end a string or start a directive.
 */
import { metricTitle } from '../metrics/names.js';
import { binLabel, chartNumber, filledCalibrationBins, scoreShares, type GroupBarChart } from './charts.js';
import { mermaidLabel } from './escape.js';
import type { Report } from './model.js';

function uniqueLabels(values: string[]): string[] {
  const seen = new Map<string, number>();
  return values.map((value) => {
    const label = mermaidLabel(value);
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

function xychart(title: string, xLabels: string[], yAxis: string, series: string[]): string {
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(title, 120)}"`,
    `  x-axis [${uniqueLabels(xLabels)
      .map((label) => `"${label}"`)
      .join(', ')}]`,
    `  y-axis ${yAxis}`,
    ...series.map((s) => `  ${s}`),
    '```',
  ].join('\n');
}

const numbers = (values: number[]) => `[${values.map(chartNumber).join(', ')}]`;

/** Bars per group, and a flat line per bound the groups are held to. */
export function mermaidGroupBars(chart: GroupBarChart): string {
  return xychart(
    chart.title,
    chart.bars.map((bar) => bar.group),
    `"${mermaidLabel(metricTitle(chart.metric))}"${chart.unitRange ? ' 0 --> 1' : ''}`,
    [`bar ${numbers(chart.bars.map((bar) => bar.value))}`, ...chart.bounds.map((bound) => `line ${numbers(chart.bars.map(() => bound))}`)],
  );
}

/** Observed positive rate per score bin (bars) against the bin's mean score (line): on the line is calibrated. */
export function mermaidReliability(report: Report): string | null {
  const bins = filledCalibrationBins(report);
  if (bins.length === 0) return null;
  return xychart(
    'Reliability: observed positive rate (bars) vs mean score (line) per score bin',
    bins.map(binLabel),
    '"positive rate" 0 --> 1',
    [`bar ${numbers(bins.map((bin) => bin.meanLabel))}`, `line ${numbers(bins.map((bin) => bin.meanScore))}`],
  );
}

/** Share of positives (bars) and of negatives (line) per score bin: well separated classes barely overlap. */
export function mermaidScoreDistribution(report: Report): string | null {
  const shares = scoreShares(report);
  if (shares.length === 0) return null;
  const max = Math.max(...shares.flatMap((s) => [s.negative, s.positive]));
  return xychart(
    'Score distribution: share of label 1 rows (bars) and label 0 rows (line) per score bin',
    shares.map(binLabel),
    `"share of the class" 0 --> ${chartNumber(Math.min(1, Math.max(max * 1.1, 0.01)))}`,
    [`bar ${numbers(shares.map((s) => s.positive))}`, `line ${numbers(shares.map((s) => s.negative))}`],
  );
}
