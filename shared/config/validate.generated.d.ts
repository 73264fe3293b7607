// Types of validate.generated.js (written by scripts/generate-validator.mjs).
import type { ValidateFunction } from 'ajv/dist/2020.js';

export declare const validate: ValidateFunction;
export default validate;
/** sha256 of the schema and ajv options the validator was generated from. */
export declare const fingerprint: string;
