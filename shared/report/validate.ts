/**
 * Checks a report against the published schema/report.schema.json. Loaded only when MODELGATE_VALIDATE_REPORT=1
 * (the test suite sets it, so every report a test writes, through a bundle or in process, is held to the schema);
 * a gate run in CI does not pay for compiling the schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };

let validator: ReturnType<Ajv2020['compile']> | null = null;

/** Throws naming the first few places where the report (as written to report.json) breaks the schema. */
export function assertValidReport(json: unknown): void {
  validator ??= new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allowMatchingProperties: true,
  }).compile(schema);
  if (validator(json)) return;
  const problems = (validator.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new Error(`report.json breaks schema/report.schema.json: ${problems.join('; ')}`);
}
