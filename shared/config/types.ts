/**
 * The shape of `.modelgate.yml` after validation and defaults. The JSON Schema in
 * `schema/modelgate.schema.json` is the source of truth for users; this type mirrors it.
 */
import type { Format, Task } from '../data/types.js';

export type Severity = 'fail' | 'warn';
export type BoundOn = 'point' | 'lower_bound' | 'upper_bound';
export type InconclusivePolicy = 'fail' | 'warn' | 'pass';

export interface GateRule {
  /** A metric name (`roc_auc`, `recall`, ...) or a disparity (`demographic_parity_ratio`, `equalized_odds_difference`, `recall_ratio`, `disparate_impact`, ...). */
  metric: string;
  id?: string;
  min?: number;
  max?: number;
  max_drop?: number;
  max_relative_drop?: number;
  on?: BoundOn;
  /** Sensitive attributes: for a disparity, the attributes it is computed over; for a plain metric, check it in every group of these attributes. */
  over?: string[];
  /** Use the intersection of the `over` attributes as one attribute. */
  intersect?: boolean;
  /** A single population: `{sex: F}` (a group), or a slice value. */
  where?: Record<string, string>;
  relative_to?: 'between_groups' | 'overall';
  agg?: 'worst_case' | 'mean';
  /** Disparate impact: the privileged group's value per attribute. */
  privileged?: Record<string, string>;
  severity?: Severity;
}

export interface BootstrapConfig {
  replicates: number;
  level: number;
  seed: number;
}

export interface DataConfig {
  predictions?: string | string[];
  baseline?: string | string[];
  format?: Format;
  delimiter?: string;
  task: Task;
  label: string;
  score?: string | string[];
  prediction?: string;
  threshold: number;
  positive_label?: string;
  classes?: string[];
  id?: string;
  groups: string[];
  /** A group value for rows whose group column is empty: they form that group instead of being bad rows. */
  missing_group?: string;
  slices: string[];
  weight?: string;
  max_bad_rows: number;
  max_line_bytes: number;
  max_field_bytes: number;
  max_group_values: number;
  allow_outside_workspace: boolean;
}

export interface EvaluateConfig {
  gates: GateRule[];
  min_group_size: number;
  inconclusive: InconclusivePolicy;
  /** Also compute metrics for every intersection of the group attributes. */
  intersect: boolean;
  bootstrap?: BootstrapConfig;
  calibration_bins: number;
  /** F-beta's beta. */
  beta: number;
}

export interface Config {
  version: 1;
  /** Optional in the schema; present whenever the loading gate needs it (evaluate, train: see loadConfig's `needs`). */
  data: DataConfig;
  evaluate: EvaluateConfig;
  /** Other gates' sections, validated by the schema, typed by their commands. */
  [section: string]: unknown;
}

/** Where each config path sits in the source file, for annotations: `/evaluate/gates/0` -> line, column. */
export type SourceMap = Map<string, { line: number; column: number }>;

export interface LoadedConfig {
  config: Config;
  file: string;
  sha256: string;
  sourceMap: SourceMap;
}
