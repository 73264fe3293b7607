/**
 * One descriptor per gate: its inputs (name, kind, help) and its run function. The CLI's flags and usage, each
 * action's entry (actions/<gate>/main.ts is one call) and the action.yml check in the tests all derive from it, so a
 * gate's inputs are written once. Descriptions for action users live in action.yml, which the README reference is
 * generated from.
 */
import { Inputs, listInput, numberInput, textInput } from '../inputs.js';
import type { Platform } from '../platform/port.js';
import type { AnyReport, GateName } from '../report/model.js';

export type InputKind = 'text' | 'list' | 'number';

export interface CommandInput {
  /** The action input's name; the CLI flag is `--<name>`. */
  name: string;
  kind: InputKind;
  /** The flag's argument in the usage line, such as FILE. */
  arg: string;
  /** One line for `--help`. */
  help: string;
}

/** Input values by name: a list for `list` inputs, a number for `number`, else text; absent when not given. */
export type InputValues = Record<string, string | string[] | number | undefined>;

export interface GateCommand {
  gate: GateName;
  /** The usage line's options after the common ones, such as `[--production FILE]...`. */
  synopsis: string;
  inputs: CommandInput[];
  /** Lines of help after the options. */
  notes?: string[];
  /**
   * Whether the CLI's gate process asks glibc for huge pages (see supervise.ts childTunables): for a gate that fills
   * hundreds of MB of new arrays once. Measured on shadow-compare's 5M-row logs; evaluate gained nothing and its peak
   * RSS rose by up to 70 MB (333-352 MB -> 340-413 MB on its 10M-row bench file).
   */
  hugePages?: boolean;
  /**
   * Runs the gate; null when it gated nothing (a shard that wrote its partial). Outputs go through
   * `platform.setOutput` (step outputs on GitHub, dotenv variables on GitLab, the terminal locally).
   */
  run(values: InputValues, context: { config: string; out: string }, platform: Platform): Promise<AnyReport | null>;
}

const list = (values: InputValues, name: string) => values[name] as string[] | undefined;
const text = (values: InputValues, name: string) => values[name] as string | undefined;

export const GATE_COMMANDS: Record<string, GateCommand> = {
  evaluate: {
    gate: 'evaluate',
    synopsis:
      '[--predictions FILE]... [--model SPEC --dataset FILE... [--baseline-model SPEC]] [--baseline FILE]... [--threshold T] [--emit-partial FILE | --partials GLOB...]',
    inputs: [
      {
        name: Inputs.predictions,
        kind: 'list',
        arg: 'FILE',
        help: 'predictions to evaluate (file or glob; repeatable); overrides data.predictions',
      },
      {
        name: Inputs.model,
        kind: 'text',
        arg: 'SPEC',
        help: 'score the dataset through this model (oip+http://HOST:PORT/NAME, tfserving+http://..., command:PROG ARGS, tfjs:DIR); overrides evaluate.model.spec',
      },
      {
        name: Inputs.baselineModel,
        kind: 'text',
        arg: 'SPEC',
        help: 'run the behavioral tests through this model too; a case failing only on --model is a new failure; overrides evaluate.behavioral_baseline.spec',
      },
      {
        name: Inputs.dataset,
        kind: 'list',
        arg: 'FILE',
        help: 'labelled rows with the features to score through the model (file or glob; repeatable); overrides data.dataset',
      },
      { name: Inputs.baseline, kind: 'list', arg: 'FILE', help: 'baseline predictions on the same rows; overrides data.baseline' },
      { name: Inputs.threshold, kind: 'number', arg: 'T', help: 'decision threshold for binary scores; overrides data.threshold' },
      { name: Inputs.emitPartial, kind: 'text', arg: 'FILE', help: "write this shard's accumulators to FILE instead of gating" },
      { name: Inputs.partials, kind: 'list', arg: 'GLOB', help: 'merge the partials matching GLOB and gate the whole (repeatable)' },
    ],
    async run(values, { config, out }, platform) {
      const { evaluate } = await import('./evaluate.js');
      const { report, partialFile } = await evaluate(
        {
          config,
          predictions: list(values, Inputs.predictions),
          baseline: list(values, Inputs.baseline),
          threshold: values[Inputs.threshold] as number | undefined,
          emitPartial: text(values, Inputs.emitPartial),
          partials: list(values, Inputs.partials),
          model: text(values, Inputs.model),
          baselineModel: text(values, Inputs.baselineModel),
          dataset: list(values, Inputs.dataset),
          out,
        },
        platform,
      );
      if (partialFile) {
        platform.setOutput('partial', partialFile);
        platform.info(`partial written: ${partialFile}`);
      }
      return report ?? null;
    },
  },
  train: {
    gate: 'train',
    synopsis: '[--dataset FILE]... [--baseline FILE]... [--baseline-manifest FILE]',
    inputs: [
      { name: Inputs.dataset, kind: 'list', arg: 'FILE', help: 'training data (file or glob; repeatable); overrides train.dataset' },
      { name: Inputs.baseline, kind: 'list', arg: 'FILE', help: 'baseline predictions on the same held-out rows; overrides data.baseline' },
      {
        name: Inputs.baselineManifest,
        kind: 'text',
        arg: 'FILE',
        help: "a previous run's manifest.json (e.g. main's): its held-out predictions are the baseline; overrides train.baseline_manifest",
      },
    ],
    notes: ['writes report.json, summary.md, junit.xml, manifest.json, predictions.csv and model/ into --out'],
    async run(values, { config, out }, platform) {
      const { train } = await import('./train.js');
      const { report, manifest, modelDir, artifact } = await train(
        {
          config,
          dataset: list(values, Inputs.dataset),
          baseline: list(values, Inputs.baseline),
          baselineManifest: text(values, Inputs.baselineManifest),
          out,
        },
        platform,
      );
      platform.setOutput('manifest', manifest);
      if (modelDir) platform.setOutput('model-dir', modelDir);
      if (artifact) platform.setOutput('artifact', artifact);
      return report;
    },
  },
  'shadow-compare': {
    gate: 'shadow-compare',
    hugePages: true,
    synopsis:
      '[--production FILE]... [--shadow FILE]... [--labels FILE]... [--replay FILE... --production-model SPEC --shadow-model SPEC] [--shard K/N --emit-partial FILE | --partials GLOB...]',
    inputs: [
      {
        name: Inputs.production,
        kind: 'list',
        arg: 'FILE',
        help: "production's prediction log (file or glob; CSV, JSONL, Parquet, CloudEvents); overrides shadow_compare.production",
      },
      { name: Inputs.shadow, kind: 'list', arg: 'FILE', help: "the shadow model's prediction log; overrides shadow_compare.shadow" },
      { name: Inputs.labels, kind: 'list', arg: 'FILE', help: 'delayed ground truth joined by id; overrides shadow_compare.labels' },
      {
        name: Inputs.replay,
        kind: 'list',
        arg: 'FILE',
        help: 'recorded requests (id and feature columns) to send to both models instead of logs; overrides shadow_compare.replay',
      },
      {
        name: Inputs.productionModel,
        kind: 'text',
        arg: 'SPEC',
        help: 'replay: the production model (oip+http://…, tfserving+http://…, command:…, tfjs:DIR); overrides shadow_compare.production_model',
      },
      {
        name: Inputs.shadowModel,
        kind: 'text',
        arg: 'SPEC',
        help: 'replay: the shadow model, as --production-model; overrides shadow_compare.shadow_model',
      },
      {
        name: Inputs.shard,
        kind: 'text',
        arg: 'K/N',
        help: 'with --emit-partial: keep only the requests whose id hash falls in shard K of N',
      },
      { name: Inputs.emitPartial, kind: 'text', arg: 'FILE', help: "write this shard's joined pairs to FILE instead of gating" },
      {
        name: Inputs.partials,
        kind: 'list',
        arg: 'GLOB',
        help: "merge the N shards' partials matching GLOB and gate the whole (repeatable)",
      },
    ],
    async run(values, { config }, platform) {
      const { shadowCompare } = await import('./shadow-compare.js');
      return shadowCompare(
        {
          config,
          production: list(values, Inputs.production),
          shadow: list(values, Inputs.shadow),
          labels: list(values, Inputs.labels),
          replay: list(values, Inputs.replay),
          productionModel: text(values, Inputs.productionModel),
          shadowModel: text(values, Inputs.shadowModel),
          shard: text(values, Inputs.shard),
          emitPartial: text(values, Inputs.emitPartial),
          partials: list(values, Inputs.partials),
        },
        platform,
      );
    },
  },
};

/** The values of a command's inputs from an action's input texts (lists one per line). */
export function actionValues(command: GateCommand, input: (name: string) => string): InputValues {
  const values: InputValues = {};
  for (const { name, kind } of command.inputs) {
    const raw = input(name);
    values[name] = kind === 'list' ? listInput(raw) : kind === 'number' ? numberInput(name, raw) : textInput(raw);
  }
  return values;
}

/** The values of a command's inputs from parsed CLI flags (repeated flags for lists). */
export function flagValues(command: GateCommand, flags: Record<string, unknown>): InputValues {
  const values: InputValues = {};
  for (const { name, kind } of command.inputs) {
    const raw = flags[name] as string | string[] | undefined;
    values[name] = kind === 'number' ? numberInput(`--${name}`, (raw as string | undefined) ?? '') : raw;
  }
  return values;
}
