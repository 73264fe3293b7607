/**
 * The behavioral tests of a report (`report.sections.behavioral`, written by evaluate with `evaluate.behavioral`),
 * for a Medium (Markdown or HTML): the counts per test, failing tests first, then each failing test's cases, each
 * with its input, the perturbation, what was expected and what the model gave. Placed right after what needs
 * attention, so a reviewer reads the failing cases before any table of passing checks.
 */
import { orderTests, type BehavioralResult, type FailingCase } from '../model/behavioral.js';
import { formatCount, formatNumber, formatStatus } from './format.js';
import type { AnyReport } from './model.js';
import type { Medium } from './sections.js';

export interface BehavioralBlock {
  /** Plain text (escape it for the medium). */
  title: string;
  /** Counts per test, in the medium. */
  counts: string;
  /** One per failing test: a plain-text summary and its failing cases as a table in the medium. */
  failing: { summary: string; body: string }[];
}

/** Values a case shows; longer ones are cut, the report.json keeps them whole. */
const MAX_VALUE_CHARS = 60;

function testsOf(report: AnyReport): BehavioralResult[] {
  const section = report.sections?.behavioral as { tests?: BehavioralResult[] } | undefined;
  const tests = Array.isArray(section?.tests) ? section.tests : [];
  // Evaluate already orders them so; a report from elsewhere may not.
  return orderTests(tests);
}

function valuesText(values: Record<string, unknown> | undefined): string {
  if (!values) return '';
  return Object.entries(values)
    .map(([key, value]) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
      return `${key}=${text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text}`;
    })
    .join(', ');
}

function caseRow(c: FailingCase, m: Medium, withBaseline: boolean): string[] {
  const perturbed = valuesText(c.perturbed);
  return [
    withBaseline && c.new ? `${c.case} (new)` : String(c.case),
    m.text(c.at),
    m.code(valuesText(c.input)),
    perturbed ? m.code(perturbed) : '—',
    m.text(c.expected),
    m.text(c.got),
    ...(withBaseline ? [c.baseline_got === undefined ? '—' : m.text(c.baseline_got)] : []),
  ];
}

export function behavioralBlock(report: AnyReport, m: Medium): BehavioralBlock | null {
  const tests = testsOf(report);
  if (tests.length === 0) return null;
  // A test against a baseline has a second check when it also sets max_fail_rate: the worse of the two shows.
  const checkOf = (name: string) => {
    const own = report.checks.filter((c) => c.id === `behavioral[${name}]` || c.id === `behavioral[${name}]:fail_rate`);
    return own.find((c) => c.status === 'fail' || c.status === 'error') ?? own.find((c) => c.status !== 'pass') ?? own[0];
  };
  const withBaseline = tests.some((t) => t.baseline !== undefined);
  const failingTests = tests.filter((t) => t.failed > 0).length;
  const counts = m.table(
    [
      'Test',
      'Type',
      'Status',
      'Cases',
      'Failed',
      'Fail rate',
      'Max fail rate',
      ...(withBaseline ? ['Baseline failed', 'New failures', 'Max new failures'] : []),
    ],
    tests.map((t) => {
      const check = checkOf(t.name);
      const rateCheck = report.checks.find((c) => c.metric === 'fail_rate' && c.id.startsWith(`behavioral[${t.name}]`));
      const newCheck = report.checks.find((c) => c.id === `behavioral[${t.name}]` && c.metric === 'new_failures');
      return [
        m.text(t.name),
        t.type,
        check ? m.text(formatStatus(check.status, check.raw_status)) : '—',
        formatCount(t.cases),
        formatCount(t.failed),
        formatNumber(t.fail_rate),
        rateCheck?.bound.max === undefined ? '—' : formatNumber(rateCheck.bound.max),
        ...(withBaseline
          ? [
              t.baseline ? formatCount(t.baseline.failed) : '—',
              t.baseline ? formatCount(t.baseline.new_failures) : '—',
              newCheck?.bound.max === undefined ? '—' : formatCount(newCheck.bound.max),
            ]
          : []),
      ];
    }),
  );
  const failing = tests
    .filter((t) => t.failing.length > 0)
    .map((t) => {
      const fresh = t.baseline ? `, ${t.baseline.new_failures} new against the baseline (${t.baseline.failed} fail there), new first` : '';
      return {
        summary: `Failing cases of ${t.name} (${t.type}): ${t.failed} of ${t.cases}${fresh}${t.failing.length < t.failed ? `, the first ${t.failing.length} shown` : ''}`,
        body: m.table(
          ['Case', 'At', 'Input', 'Perturbation', 'Expected', 'Got', ...(withBaseline ? ['Baseline got'] : [])],
          t.failing.map((c) => caseRow(c, m, withBaseline)),
        ),
      };
    });
  const newFailing = tests.filter((t) => (t.baseline?.new_failures ?? 0) > 0).length;
  return {
    title: `Behavioral tests: ${failingTests} of ${tests.length} with failing cases${withBaseline ? `, ${newFailing} with new failures against the baseline model` : ''}`,
    counts,
    failing,
  };
}
