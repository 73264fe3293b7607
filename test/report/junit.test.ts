import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJunit } from '../../shared/report/index.js';
import type { Report } from '../../shared/report/model.js';
import { largeReport, sampleCheck, sampleReport } from './sample-report.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

/** The attributes of the first `<tag ...>` in the XML, unescaped only as far as the tests need. */
function attributesOf(xml: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}((?:\\s+[\\w:-]+="[^"]*")*)\\s*/?>`).exec(xml);
  if (!open) throw new Error(`no <${tag}> in ${xml.slice(0, 200)}`);
  return Object.fromEntries([...open[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Each test case: its name attribute and the element (or '' when self-closed). */
function testCases(xml: string): { name: string; classname: string; body: string }[] {
  return [...xml.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"(?:\/>|>\n([\s\S]*?)\n {4}<\/testcase>)/g)].map((m) => ({
    classname: m[1],
    name: m[2],
    body: (m[3] ?? '').trim(),
  }));
}

const ELEMENTS = /<\/?(testsuites|testsuite|properties|property|testcase|failure|error|skipped|system-out)[\s/>]|<\?xml /g;

/** Every `<` in the document starts one of our own elements: none came from data. */
function onlyOwnMarkup(xml: string): boolean {
  return (xml.match(/</g)?.length ?? 0) === (xml.match(ELEMENTS)?.length ?? 0);
}

describe('renderJunit', () => {
  const xml = renderJunit(sampleReport());

  it('writes one suite named after the gate with the totals', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(1);
    const suite = attributesOf(xml, 'testsuite');
    expect(suite).toEqual({ name: 'modelgate evaluate', tests: '9', failures: '3', errors: '0', skipped: '0' });
    expect(attributesOf(xml, 'testsuites')).toEqual({ ...suite, name: 'modelgate' });
    expect(xml).toContain('<property name="verdict" value="fail"/>');
  });

  it('writes one test case per check, named by its id', () => {
    const cases = testCases(xml);
    expect(cases.map((c) => c.name)).toEqual(sampleReport().checks.map((c) => c.id));
    expect(new Set(cases.map((c) => c.classname))).toEqual(new Set(['modelgate.evaluate']));
    expect(xml.match(/<testcase /g)).toHaveLength(9);
    expect(xml.match(/<failure /g)).toHaveLength(3);
  });

  it('reports a failed check as a failure with its reason and evidence', () => {
    const f1 = testCases(xml).find((c) => c.name === 'f1 vs baseline')!;
    expect(attributesOf(f1.body, 'failure')).toEqual({ message: sampleReport().checks[1].reason, type: 'fail' });
    expect(f1.body).toContain(
      [
        'metric: f1',
        'value: 0.7104',
        'bound: drop ≤ 0.01',
        'interval: [0.6872, 0.7311]',
        'n: 1990',
        'baseline: 0.7412, delta -0.0308 [-0.0455, -0.0161]',
        'rule: gates[1] at .modelgate.yml:15:7</failure>',
      ].join('\n'),
    );
    const recallB = testCases(xml).find((c) => c.name === 'recall[race=b]')!;
    expect(recallB.body).toContain('bound: ≥ 0.7\ninterval: [0.5621, 0.6702]\nn: 954\nscope: race=b\n');
  });

  it('reports a check left inconclusive by the policy as a failure, since it fails the gate', () => {
    const c = testCases(xml).find((t) => t.name === 'recall[race=c]')!;
    expect(attributesOf(c.body, 'failure').type).toBe('inconclusive');
    expect(c.body).toContain('value: — (undefined)');
    const turned = renderJunit(
      sampleReport({ checks: [sampleCheck({ id: 'recall[race=c]', status: 'fail', raw_status: 'inconclusive', reason: 'too few rows' })] }),
    );
    expect(attributesOf(turned, 'failure')).toEqual({ message: 'too few rows', type: 'inconclusive' });
  });

  it('skips an inconclusive check the policy lets pass', () => {
    const out = renderJunit(
      sampleReport({ checks: [sampleCheck({ id: 'recall[race=c]', status: 'pass', raw_status: 'inconclusive', reason: 'too few rows' })] }),
    );
    expect(attributesOf(out, 'testsuite')).toMatchObject({ tests: '1', failures: '0', errors: '0', skipped: '1' });
    expect(attributesOf(out, 'skipped').message).toBe('inconclusive, passed by policy: too few rows');
  });

  it('passes a warning with the warning in system-out, and a pass with nothing', () => {
    const cases = testCases(xml);
    const warned = cases.find((c) => c.name === 'demographic_parity_ratio[sex]')!;
    expect(warned.body).toMatch(/^<system-out>warning: status: warn \(was fail\)\nreason: demographic parity ratio over sex is 0\.7612/);
    expect(warned.body).not.toContain('<failure');
    expect(cases.find((c) => c.name === 'roc_auc')!.body).toBe('');
  });

  it('reports an errored check as an error', () => {
    const out = renderJunit(sampleReport({ checks: [sampleCheck({ id: 'ece', status: 'error', reason: 'needs an interval' })] }));
    expect(attributesOf(out, 'testsuite')).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(attributesOf(out, 'error')).toEqual({ message: 'needs an interval', type: 'error' });
  });

  it('reports a gate that could not be evaluated as one `gate` case with the error', () => {
    const report = sampleReport({
      checks: [],
      verdict: 'error',
      counts: { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 },
      error: {
        kind: 'ConfigError',
        message: 'unknown metric rocauc',
        file: '.modelgate.yml',
        line: 9,
        column: 13,
        path: '/evaluate/gates/0/metric',
      },
    });
    const out = renderJunit(report);
    expect(attributesOf(out, 'testsuite')).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(testCases(out)).toEqual([
      {
        classname: 'modelgate.evaluate',
        name: 'gate',
        body: '<error message="unknown metric rocauc" type="ConfigError">ConfigError: .modelgate.yml:9:13 at /evaluate/gates/0/metric: unknown metric rocauc</error>',
      },
    ]);
    // Even without an error object, an error verdict never renders as an empty, green suite.
    const bare = renderJunit({ ...report, error: undefined });
    expect(attributesOf(bare, 'testsuite')).toMatchObject({ tests: '1', errors: '1' });
  });

  it('escapes markup, strips characters XML forbids, and never writes `]]>`', () => {
    const hostile = 'a<b>&c"d\'e ]]> \u0000\u0001\u001b[0m\ud800 😀\nnext';
    const report = sampleReport({
      checks: [sampleCheck({ id: `recall[x=${hostile}]`, status: 'fail', reason: `bad ${hostile}`, scope: { x: hostile } })],
      config: { file: hostile },
    });
    const out = renderJunit(report);
    expect(onlyOwnMarkup(out)).toBe(true);
    expect(out).not.toContain(']]>');
    // eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(out).toContain('name="recall[x=a&lt;b&gt;&amp;c&quot;d&#39;e ]]&gt; [0m 😀&#10;next]"');
    expect(out).toContain('<failure message="bad a&lt;b&gt;&amp;c&quot;d&#39;e ]]&gt; [0m 😀&#10;next" type="fail">');
    expect(out).toContain('reason: bad a&lt;b&gt;&amp;c&quot;d&#39;e ]]&gt; [0m 😀\nnext\n');
  });

  it('is the same for the same report', () => {
    expect(renderJunit(largeReport())).toBe(renderJunit(largeReport()));
  });
});

const XMLLINT = '/usr/bin/xmllint';
const missingXmllint = missingPackages(SYSTEM_TOOLS.xmllint);

describe('renderJunit: well-formed by xmllint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-junit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const reports: Record<string, Report> = {
    sample: sampleReport(),
    large: largeReport(),
    gateError: sampleReport({
      checks: [],
      verdict: 'error',
      counts: { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 },
      error: { kind: 'DataError', message: 'bad <row> & "quote" ]]>\u0007', file: 'a&b.csv', line: 2 },
    }),
    hostile: sampleReport({ checks: [sampleCheck({ id: '<x>]]>&\u0000\ud83d', status: 'fail', reason: '\u001b]]>\r\n<!--' })] }),
  };

  it.skipIf(missingXmllint.length > 0)(`passes xmllint --noout${skipNote(missingXmllint)}`, () => {
    for (const [name, report] of Object.entries(reports)) {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, renderJunit(report));
      // Throws, with xmllint's message, when the file is not well-formed.
      execFileSync(XMLLINT, ['--noout', file], { stdio: 'pipe' });
    }
  });

  it.skipIf(missingXmllint.length > 0)(`reads back the escaped values through xmllint${skipNote(missingXmllint)}`, () => {
    const file = join(dir, 'roundtrip.xml');
    writeFileSync(file, renderJunit(reports.hostile));
    // xmllint ends what it prints with a newline of its own.
    const xpath = (expr: string) => execFileSync(XMLLINT, ['--xpath', expr, file], { encoding: 'utf8' }).replace(/\n$/, '');
    const name = xpath('string(//testcase/@name)');
    expect(name).toBe('<x>]]>&');
    const message = xpath('string(//failure/@message)');
    expect(message).toBe(']]>\r\n<!--');
  });
});
