export { evaluate, type EvaluateOptions } from './evaluate.js';
export { runGate, errorReport } from './run.js';
