/**
 * The Report as JUnit XML, one test case per check, for test-report widgets (GitLab merge requests, CI test
 * tabs). A check that makes the gate fail is a failure here too: the widget never looks greener than the verdict.
 */
import { formatLocation } from '../errors.js';
import { escapeXml } from './escape.js';
import { formatBound, formatCount, formatDelta, formatEvidence, formatInterval, formatNumber, formatStatus } from './format.js';
import type { AnyReport, Check } from './model.js';

interface TestCase {
  name: string;
  /** The child element, already serialised, or '' for a plain pass. */
  body: string;
  outcome: 'pass' | 'failure' | 'error' | 'skipped';
}

const attr = (text: string) => escapeXml(text, 'attribute');
const text = (value: string) => escapeXml(value, 'text');

/** The evidence behind a check, one fact a line. */
function evidence(check: Check): string {
  const lines = [
    `status: ${formatStatus(check.status, check.raw_status)}`,
    `reason: ${check.reason}`,
    `metric: ${check.metric}`,
    `value: ${check.value === null ? '— (undefined)' : formatNumber(check.value)}`,
    `bound: ${formatBound(check.bound)}`,
    `interval: ${formatInterval(check.interval)}`,
    `n: ${formatCount(check.n)}`,
  ];
  if (check.scope)
    lines.push(
      `scope: ${Object.entries(check.scope)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  if (check.baseline) {
    lines.push(
      `baseline: ${formatNumber(check.baseline.value)}, delta ${formatDelta(check.baseline.delta)}${check.baseline.delta_interval ? ` ${formatInterval(check.baseline.delta_interval)}` : ''}`,
    );
  }
  if (check.evidence) lines.push(`evidence: ${formatEvidence(check.evidence)}`);
  const where = formatLocation(check.rule);
  lines.push(`rule: gates[${check.rule.index}]${where ? ` at ${where}` : ''}`);
  return lines.join('\n');
}

function testCase(check: Check): TestCase {
  const details = text(evidence(check));
  const message = attr(check.reason);
  switch (check.status) {
    case 'pass':
      // Undecided, and the inconclusive policy lets it pass: not run to a result, and not against the gate.
      if (check.raw_status === 'inconclusive') {
        return {
          name: check.id,
          outcome: 'skipped',
          body: `<skipped message="${attr(`inconclusive, passed by policy: ${check.reason}`)}">${details}</skipped>`,
        };
      }
      return { name: check.id, outcome: 'pass', body: '' };
    case 'warn':
      return { name: check.id, outcome: 'pass', body: `<system-out>${text('warning: ')}${details}</system-out>` };
    case 'error':
      return { name: check.id, outcome: 'error', body: `<error message="${message}" type="error">${details}</error>` };
    case 'fail':
      return {
        name: check.id,
        outcome: 'failure',
        body: `<failure message="${message}" type="${attr(check.raw_status)}">${details}</failure>`,
      };
    case 'inconclusive':
      // The policy kept it inconclusive, which counts as failing (gates/verdict.ts): a failure, not a skip,
      // or the widget would look green for a failed gate.
      return { name: check.id, outcome: 'failure', body: `<failure message="${message}" type="inconclusive">${details}</failure>` };
  }
}

/** The gate could not be evaluated: one `gate` test case carries the error. */
function gateErrorCase(report: AnyReport): TestCase {
  const error = report.error ?? { kind: 'Error', message: 'the gate could not be evaluated and the report names no error' };
  const where = formatLocation({ file: error.file, line: error.line, column: error.column, path: error.path });
  const line = `${error.kind}: ${where ? `${where}: ` : ''}${error.message}`;
  return {
    name: 'gate',
    outcome: 'error',
    body: `<error message="${attr(error.message)}" type="${attr(error.kind)}">${text(line)}</error>`,
  };
}

export function renderJunit(report: AnyReport): string {
  const cases = report.checks.map(testCase);
  if (report.error || (report.verdict === 'error' && report.checks.length === 0)) cases.push(gateErrorCase(report));
  const count = (outcome: TestCase['outcome']) => cases.filter((c) => c.outcome === outcome).length;
  const suiteName = attr(`modelgate ${report.gate}`);
  const totals = `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}"`;
  const classname = attr(`modelgate.${report.gate}`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="modelgate" ${totals}>`,
    `  <testsuite name="${suiteName}" ${totals}>`,
    '    <properties>',
    `      <property name="verdict" value="${attr(report.verdict)}"/>`,
    `      <property name="schema_version" value="${report.schema_version}"/>`,
    ...(report.config.file ? [`      <property name="config" value="${attr(report.config.file)}"/>`] : []),
    '    </properties>',
    ...cases.map((c) => {
      const open = `    <testcase classname="${classname}" name="${attr(c.name)}"`;
      return c.body ? `${open}>\n      ${c.body}\n    </testcase>` : `${open}/>`;
    }),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}
