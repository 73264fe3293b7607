// schema/report.schema.json: the reports modelgate writes are valid, and it rejects what a report must not be.
import { describe, expect, it } from 'vitest';
import { errorReport } from '../../shared/commands/run.js';
import { ConfigError } from '../../shared/errors.js';
import { renderJson } from '../../shared/report/index.js';
import { assertValidReport } from '../../shared/report/validate.js';
import { sampleCheck, sampleReport, largeReport } from './sample-report.js';

const asWritten = (report: unknown) => JSON.parse(renderJson(report as Parameters<typeof renderJson>[0]));

describe('schema/report.schema.json', () => {
  it('accepts the sample evaluate reports, an error report and a check with statistical evidence', () => {
    assertValidReport(asWritten(sampleReport()));
    assertValidReport(asWritten(largeReport()));
    assertValidReport(asWritten(errorReport('evaluate', new ConfigError('bad', { file: '.modelgate.yml', line: 3, column: 5 }))));
    const evidence = { test: 'McNemar (exact)', statistic: 45, p_value: 0.0004, effect: { name: 'accuracy delta', value: -0.014 } };
    assertValidReport(asWritten(sampleReport({ checks: [sampleCheck({ id: 'mcnemar', evidence })] })));
  });

  it('an error report is the envelope alone: no metrics, intervals, disparities or made-up data', () => {
    const report = asWritten(errorReport('evaluate', new ConfigError('bad', { file: '.modelgate.yml', line: 3 })));
    expect(Object.keys(report).sort()).toEqual(['checks', 'config', 'counts', 'error', 'gate', 'notes', 'schema_version', 'verdict']);
    expect(report.schema_version).toBe(2);
  });

  it('rejects an error with a verdict other than error, an unknown check field, a p-value above 1 and a missing verdict', () => {
    const passingError = { ...asWritten(errorReport('evaluate', new Error('x'))), verdict: 'pass' };
    expect(() => assertValidReport(passingError)).toThrow(/verdict must be equal to constant/);
    expect(() => assertValidReport(asWritten(sampleReport({ checks: [{ ...sampleCheck({ id: 'a' }), extra: 1 } as never] })))).toThrow(
      /additional properties/,
    );
    const evidence = { test: 't', statistic: 1, p_value: 1.5 };
    expect(() => assertValidReport(asWritten(sampleReport({ checks: [sampleCheck({ id: 'a', evidence })] })))).toThrow(/p_value/);
    const { verdict: _verdict, ...noVerdict } = asWritten(sampleReport());
    expect(() => assertValidReport(noVerdict)).toThrow(/verdict/);
  });

  it("types train's sections: a train section without its sample, or a lineage with a sha256 that is not one, is refused", () => {
    const sha = 'a'.repeat(64);
    const file = { file: 'x.csv', sha256: sha, bytes: 10 };
    const train = {
      trainer: 'built-in',
      sample: {
        method: 'stratified',
        seed: 7,
        rows_read: 10,
        rows: 5,
        train_rows: 4,
        holdout_rows: 1,
        strata: { a: { rows: 10, sampled: 5 } },
      },
      data: { files: ['x.csv'], rowsRead: 10 },
    };
    const lineage = {
      modelgate_manifest: 1,
      git: { commit: null, ref: null },
      config: { file: '.modelgate.yml', sha256: sha },
      inputs: [file],
      sample: { file: 'sample.csv', sha256: sha, method: 'stratified', seed: 7, rows: 5, holdout_sha256: sha },
      trainer: { kind: 'built-in' },
      model: { dir: 'model', files: [file] },
      predictions: file,
      verdict: 'pass',
    };
    const withSections = (sections: object) => asWritten({ ...sampleReport(), gate: 'train', sections });
    assertValidReport(withSections({ train, lineage }));
    const { sample: _sample, ...noSample } = train;
    expect(() => assertValidReport(withSections({ train: noSample, lineage }))).toThrow(/sample/);
    expect(() => assertValidReport(withSections({ train, lineage: { ...lineage, config: { file: 'c', sha256: 'abc' } } }))).toThrow(
      /pattern/,
    );
  });
});
