/**
 * Checks the schema cannot express, for the gate that runs, and the completion of a valid config. Both run only
 * after schema validation, so the shapes are known. Each gate's checks live in its own module; a section of
 * another gate is checked by the schema only, so a file that other gates cannot use is still valid for this one.
 */
import { canaryIssues } from './canary.js';
import { completeData, dataIssues, requiredDataIssues } from './data.js';
import { driftIssues } from './drift.js';
import { completeEvaluate, evaluateIssues, stringValues } from './evaluate.js';
import type { Issue } from './issue.js';
import { dataRecordFrom } from '../records.js';
import { completeShadowCompare, shadowCompareIssues } from './shadow-compare.js';
import type { AnyConfig, CanaryConfig, Config, DriftConfig, GateName, ShadowCompareConfig } from './types.js';

/** The sections a gate's loader fills with defaults when the file leaves them out. */
export const DEFAULTED_SECTIONS: Readonly<Record<GateName, readonly string[]>> = {
  evaluate: [],
  train: [],
  shadow_compare: ['shadow_compare'],
  drift: ['drift'],
  canary: ['canary'],
};

/** What `gate` needs of a schema-valid config, after completeConfig. */
export function semanticIssues(config: AnyConfig, gate: GateName = 'evaluate'): Issue[] {
  const issues: Issue[] = [];
  if (gate === 'evaluate' || gate === 'train') {
    const required = requiredDataIssues(gate, config.data);
    if (required.length > 0) return required;
  }
  if (config.data) issues.push(...dataIssues(config.data));
  if (gate === 'evaluate' || gate === 'train') issues.push(...evaluateIssues(config as Config));
  if (gate === 'shadow_compare') issues.push(...shadowCompareIssues(config.shadow_compare as ShadowCompareConfig));
  if (gate === 'drift') issues.push(...driftIssues(config.drift as DriftConfig));
  if (gate === 'canary') issues.push(...canaryIssues(config.canary as CanaryConfig));
  return issues;
}

/**
 * Fills in what a valid config implies, so consumers need not repeat the reasoning. Runs before the gate's
 * checks where they read the completion (shadow_compare's columns from `data:`), after the others.
 */
export function completeBeforeChecks(config: AnyConfig, gate: GateName): void {
  if (gate === 'shadow_compare') completeShadowCompare(config as AnyConfig & { shadow_compare: ShadowCompareConfig });
}

export function completeConfig(config: AnyConfig, gate: GateName = 'evaluate'): void {
  if (config.data) completeData(config.data);
  if (gate === 'evaluate' || gate === 'train') {
    completeEvaluate(config as Config);
    return;
  }
  // Populations are text, as the readers present column values.
  for (const rule of config[gate]?.gates ?? []) if (rule.where) rule.where = stringValues(rule.where);
  // Keyed by column or metric names the author chooses: without a prototype, `constructor` is a name like any other.
  if (config.drift) config.drift.tests = dataRecordFrom(Object.entries(config.drift.tests));
  if (config.canary?.metrics?.queries) config.canary.metrics.queries = dataRecordFrom(Object.entries(config.canary.metrics.queries));
}
