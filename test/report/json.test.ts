import { describe, expect, it } from 'vitest';
import { renderJson } from '../../shared/report/index.js';
import { sampleReport } from './sample-report.js';

describe('renderJson', () => {
  it('writes the report as two-space JSON with one final newline, readable back unchanged', () => {
    const report = sampleReport();
    const json = renderJson(report);
    expect(json).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(json.startsWith('{\n  "schema_version": 2,\n  "gate": "evaluate",\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
    expect(renderJson(sampleReport())).toBe(json);
  });
});
