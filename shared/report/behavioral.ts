/**
 * The behavioral tests of a report (`report.sections.behavioral`, written by evaluate with `evaluate.behavioral`),
 * for a Medium (Markdown or HTML): the counts per test, failing tests first, then each failing test's cases, each
 * with its input, the perturbation, what was expected and what the model gave. Placed right after what needs
 * attention, so a reviewer reads the failing cases before any table of passing checks.
 */
import type { BehavioralResult, FailingCase } from '../model/behavioral.js';
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
  // Failing tests first (evaluate already orders them so; a report from elsewhere may not), stable otherwise.
  return [...tests].sort((a, b) => Number(b.failed > 0) - Number(a.failed > 0));
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

function caseRow(c: FailingCase, m: Medium): string[] {
  const perturbed = valuesText(c.perturbed);
  return [
    String(c.case),
    m.text(c.at),
    m.code(valuesText(c.input)),
    perturbed ? m.code(perturbed) : '—',
    m.text(c.expected),
    m.text(c.got),
  ];
}

export function behavioralBlock(report: AnyReport, m: Medium): BehavioralBlock | null {
  const tests = testsOf(report);
  if (tests.length === 0) return null;
  const checkOf = (name: string) => report.checks.find((c) => c.id === `behavioral[${name}]`);
  const failingTests = tests.filter((t) => t.failed > 0).length;
  const counts = m.table(
    ['Test', 'Type', 'Status', 'Cases', 'Failed', 'Fail rate', 'Max fail rate'],
    tests.map((t) => {
      const check = checkOf(t.name);
      return [
        m.text(t.name),
        t.type,
        check ? m.text(formatStatus(check.status, check.raw_status)) : '—',
        formatCount(t.cases),
        formatCount(t.failed),
        formatNumber(t.fail_rate),
        check?.bound.max === undefined ? '—' : formatNumber(check.bound.max),
      ];
    }),
  );
  const failing = tests
    .filter((t) => t.failing.length > 0)
    .map((t) => ({
      summary: `Failing cases of ${t.name} (${t.type}): ${t.failed} of ${t.cases}${t.failing.length < t.failed ? `, the first ${t.failing.length} shown` : ''}`,
      body: m.table(
        ['Case', 'At', 'Input', 'Perturbation', 'Expected', 'Got'],
        t.failing.map((c) => caseRow(c, m)),
      ),
    }));
  return {
    title: `Behavioral tests: ${failingTests} of ${tests.length} with failing cases`,
    counts,
    failing,
  };
}
