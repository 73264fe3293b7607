/**
 * Names for the shapes of `.modelgate.yml` after loading. The shapes themselves are generated from
 * schema/modelgate.schema.json into types.generated.ts (scripts/generate-config-types.mjs); this file only
 * narrows what the loader does beyond the schema: values it turns into text, and what a gate requires.
 */
import type { Data, Drift, Canary, Evaluate, ModelgateConfig, Rule, ShadowCompare } from './types.generated.js';

export type * from './types.generated.js';

/** The gates that read a config, each named by its section. */
export type GateName = 'evaluate' | 'train' | 'shadow_compare' | 'drift' | 'canary';

export type Severity = Rule['severity'];
export type BoundOn = Rule['on'];
export type InconclusivePolicy = Evaluate['inconclusive'];

/**
 * A rule as the judge takes it: a loaded rule always has `on` and `severity` (their defaults), a rule built in
 * code may leave them out. Populations are text, as the readers present column values.
 */
export interface GateRule extends Omit<Rule, 'on' | 'severity' | 'where' | 'privileged'> {
  on?: BoundOn;
  severity?: Severity;
  /** A single population: `{sex: F}` (a group), or a slice value. */
  where?: Record<string, string>;
  /** Disparate impact: the privileged group's value per attribute. */
  privileged?: Record<string, string>;
}

export type BootstrapConfig = Evaluate['bootstrap'];

/** `data:` as evaluate and train read it: the label is required, labels and classes are text. */
export interface DataConfig extends Omit<Data, 'label' | 'positive_label' | 'classes'> {
  label: string;
  positive_label?: string;
  classes?: string[];
}

export interface EvaluateConfig extends Omit<Evaluate, 'gates'> {
  gates: GateRule[];
}

/** A config loaded for any gate: every section optional except `evaluate` (it has a default). */
export interface AnyConfig extends Omit<ModelgateConfig, 'data' | 'evaluate' | 'shadow_compare' | 'drift' | 'canary'> {
  data?: DataConfig | Data;
  evaluate: EvaluateConfig;
  shadow_compare?: ShadowCompareConfig;
  drift?: DriftConfig;
  canary?: CanaryConfig;
}

/** A config loaded for evaluate or train: `data` with its label is there. */
export interface Config extends Omit<AnyConfig, 'data'> {
  data: DataConfig;
}
export interface ShadowCompareConfig extends Omit<ShadowCompare, 'gates'> {
  gates: GateRule[];
}
export interface DriftConfig extends Omit<Drift, 'gates'> {
  gates: GateRule[];
}
export interface CanaryConfig extends Omit<Canary, 'gates'> {
  gates: GateRule[];
}

/** The config a gate gets from the loader: its own section is there (defaults filled), and `data` when it needs it. */
export type ConfigFor<G extends GateName> = G extends 'evaluate' | 'train'
  ? Config
  : G extends 'shadow_compare'
    ? AnyConfig & { shadow_compare: ShadowCompareConfig }
    : G extends 'drift'
      ? AnyConfig & { drift: DriftConfig }
      : AnyConfig & { canary: CanaryConfig };

/** Where each config path sits in the source file, for annotations: `/evaluate/gates/0` -> line, column. */
export type SourceMap = Map<string, { line: number; column: number }>;

export interface LoadedConfig<C = Config> {
  config: C;
  file: string;
  sha256: string;
  sourceMap: SourceMap;
}
