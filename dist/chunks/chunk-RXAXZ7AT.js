import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  LineCounter,
  childPointer,
  configPosition,
  displayPath,
  documentPositions,
  listNames,
  parentPointer,
  parseDocument,
  showValue,
  visit
} from "./chunk-HGPOXKMJ.js";
import {
  TASKS,
  allMetricNamesFor,
  isMetricFor,
  metricNamesFor,
  parseDisparity,
  valueRange
} from "./chunk-3XEZIFGU.js";
import {
  dataRecordFrom
} from "./chunk-GWICTQE2.js";
import {
  closestName
} from "./chunk-WGSDQCGC.js";
import {
  ConfigError
} from "./chunk-JUZ7LOQF.js";

// shared/config/load.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

// schema/modelgate.schema.json
var modelgate_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schema/v1/modelgate.schema.json",
  title: "modelgate configuration (.modelgate.yml)",
  description: "One file describes every modelgate gate of a repository: which data to read, how its columns map to roles, and the rules a model must pass. The GitHub actions, the GitLab templates and the `modelgate` CLI read the same file; action inputs and CLI flags override its keys.",
  type: "object",
  required: ["version"],
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON Schema this file follows, for editors. Ignored by modelgate.",
      type: "string",
      examples: ["https://modelgate.dev/schema/v1/modelgate.schema.json"]
    },
    version: {
      description: "Version of the config format. Only `1` exists.",
      const: 1,
      examples: [1]
    },
    data: {
      $ref: "#/$defs/data",
      description: "The data a gate reads and which column plays which role. `evaluate` and `train` need it, with `label`; `shadow_compare` reads its column bindings as defaults; `drift` and `canary` do not use it."
    },
    evaluate: {
      $ref: "#/$defs/evaluate",
      description: "The evaluate gate: rules on metrics, fairness and the baseline.",
      default: {}
    },
    train: {
      $ref: "#/$defs/train",
      description: "The train gate: sample the dataset deterministically, train the model on the sample (built-in TensorFlow.js model or your own command), and hold its held-out predictions to the `evaluate` rules."
    },
    shadow_compare: {
      $ref: "#/$defs/shadow_compare",
      description: "The shadow-compare gate: how the shadow model's answers differ from production's on the same requests."
    },
    canary: {
      $ref: "#/$defs/canary",
      description: "The canary gate: shift traffic to the new model in steps, and hold each step's live metrics to the rules."
    },
    drift: {
      $ref: "#/$defs/drift",
      description: "The drift gate: compare the current data's feature distributions with a reference's."
    }
  },
  $defs: {
    paths: {
      type: ["string", "array"],
      minLength: 1,
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    column: {
      type: "string",
      minLength: 1
    },
    columns: {
      type: "array",
      uniqueItems: true,
      items: { type: "string", minLength: 1 }
    },
    data: {
      type: "object",
      additionalProperties: false,
      properties: {
        predictions: {
          $ref: "#/$defs/paths",
          description: "File(s) with the candidate model's predictions: a path, a glob, or a list of them, read as one dataset. The action input / `--predictions` flag overrides it.",
          examples: ["eval/predictions.csv", ["shards/part-*.parquet"]]
        },
        baseline: {
          $ref: "#/$defs/paths",
          description: "File(s) with the baseline model's predictions on the same examples, for `max_drop` and `max_relative_drop` rules. The action input / `--baseline` flag overrides it.",
          examples: ["eval/baseline.csv"]
        },
        dataset: {
          $ref: "#/$defs/paths",
          description: "File(s) with labelled rows and the model's features, scored through `evaluate.model` when no predictions are given; the scores are written to `predictions.csv` in the output directory (with the id, label, weight, group and slice columns) and gated as predictions are. The `--dataset` flag / `dataset` action input overrides it.",
          examples: ["data/test.csv"]
        },
        format: {
          description: "File format. By default it is chosen by extension (`.csv`, `.jsonl`, `.parquet`, each optionally `.gz`).",
          enum: ["csv", "jsonl", "parquet"]
        },
        delimiter: {
          description: "CSV field delimiter, one character. When absent, `,`.",
          type: "string",
          minLength: 1,
          maxLength: 1,
          examples: [",", ";", "	"]
        },
        task: {
          description: "What the model predicts: `binary` (one positive-class score), `multiclass` (one score per class) or `regression` (a number).",
          enum: ["binary", "multiclass", "regression"],
          default: "binary"
        },
        label: {
          $ref: "#/$defs/column",
          description: "Column with the true label (binary, multiclass) or the true value (regression). `evaluate` and `train` need it.",
          examples: ["label"]
        },
        score: {
          $ref: "#/$defs/paths",
          description: "Score column(s). Binary: the positive-class probability. Multiclass: one column per class in `classes` order, or one column holding a JSON array. Regression: the predicted value.",
          examples: ["score", ["p_cat", "p_dog", "p_bird"]]
        },
        prediction: {
          $ref: "#/$defs/column",
          description: "Column with the hard prediction. Binary: when absent, `score >= threshold` is the prediction.",
          examples: ["predicted"]
        },
        threshold: {
          description: "Binary: a score at or above this is a positive prediction.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.5
        },
        positive_label: {
          description: "Binary: the label value that counts as positive. When absent: `1` (also `true`, `yes`).",
          type: ["string", "number", "boolean"],
          minLength: 1,
          examples: ["fraud", 1]
        },
        classes: {
          description: "Class labels: multiclass, in score-column order (required); binary, the two label values `[negative, positive]` when they are not 0/1.",
          type: "array",
          minItems: 2,
          uniqueItems: true,
          items: { type: ["string", "number"], minLength: 1 },
          examples: [["cat", "dog", "bird"]]
        },
        id: {
          $ref: "#/$defs/column",
          description: "Column with a stable example id. It seeds the bootstrap so that shards give the same result as one pass, and joins predictions to the baseline.",
          examples: ["request_id"]
        },
        groups: {
          $ref: "#/$defs/columns",
          description: "Sensitive attributes: columns whose groups are compared by fairness rules and reported separately.",
          default: [],
          examples: [["sex", "race"]]
        },
        missing_group: {
          description: "A group value for rows whose group column is empty or null, so that they form a group of their own instead of being bad rows (a value already in the column merges with them). When absent, such a row is a bad row (`missing_value`).",
          type: "string",
          minLength: 1,
          maxLength: 1e3,
          examples: ["unknown"]
        },
        slices: {
          $ref: "#/$defs/columns",
          description: "Other columns to break metrics down by (not sensitive attributes).",
          default: [],
          examples: [["country", "device"]]
        },
        weight: {
          $ref: "#/$defs/column",
          description: "Column with an example weight: 0, or a number from 1e-12 to 1e6 (a row outside that range is a bad row). Metrics do not depend on the weights' scale, so rescale larger or smaller ones.",
          examples: ["weight"]
        },
        max_bad_rows: {
          description: "How many malformed rows may be skipped (and counted in the report) before the gate errors.",
          type: "integer",
          minimum: 0,
          default: 0
        },
        max_line_bytes: {
          description: "Longest line (or CSV record, across the lines of quoted fields) in bytes; a longer one is an error naming its line. Guards the runner's memory against one huge line.",
          type: "integer",
          minimum: 1024,
          default: 16777216
        },
        max_field_bytes: {
          description: "Longest field (CSV), value (JSONL) or text value (Parquet) in bytes; a longer one is an error naming its line and column.",
          type: "integer",
          minimum: 64,
          default: 1048576
        },
        max_group_values: {
          description: "Most distinct values one `groups` or `slices` column may take; each is a population with its own metrics (about 20 KB of memory, more with bootstrap). Past it the gate errors: bucket the column into fewer values.",
          type: "integer",
          minimum: 1,
          default: 500
        },
        allow_outside_workspace: {
          description: "Read data files outside the workspace (GITHUB_WORKSPACE, CI_PROJECT_DIR, else the working directory), symlinks resolved. Off: a path leaving the checkout is an error, so a pull request cannot point the gate at the runner's own files. Files under /proc, /sys and /dev are refused either way.",
          type: "boolean",
          default: false
        }
      }
    },
    evaluate: {
      type: "object",
      additionalProperties: false,
      properties: {
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on the metrics of `data.task` and their disparities. Each yields one check; the verdict is the worst check after severities.",
          default: []
        },
        min_group_size: {
          description: "Groups with fewer examples make a check inconclusive; they are reported, never silently dropped.",
          type: "integer",
          minimum: 1,
          default: 30
        },
        inconclusive: {
          description: "What an inconclusive check (too little data to decide) counts as.",
          enum: ["fail", "warn", "pass"],
          default: "fail"
        },
        intersect: {
          description: "Also compute metrics for every intersection of the `data.groups` attributes (such as sex x race).",
          type: "boolean",
          default: false
        },
        bootstrap: {
          description: "Poisson bootstrap confidence intervals for the gated metrics.",
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            replicates: {
              description: "Number of bootstrap replicates; 0 turns confidence intervals off.",
              type: "integer",
              minimum: 0,
              maximum: 1e4,
              default: 0,
              examples: [1e3]
            },
            level: {
              description: "Confidence level of the intervals.",
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              default: 0.95
            },
            seed: {
              description: "Seed of the replicate weights; the same seed and data give the same intervals.",
              type: "integer",
              default: 0
            }
          }
        },
        calibration_bins: {
          description: "Number of equal-width bins for the calibration error (`ece`) and the reliability diagram.",
          type: "integer",
          minimum: 2,
          maximum: 100,
          default: 10
        },
        beta: {
          description: "The beta of the `fbeta` metric (recall is beta times as important as precision).",
          type: "number",
          exclusiveMinimum: 0,
          default: 1
        },
        model: {
          $ref: "#/$defs/scoring_model",
          description: "A model to score `data.dataset` through, when no predictions are given: where it is and how to ask it. The `--model` flag / `model` action input overrides `spec`."
        },
        behavioral: {
          description: "Behavioral tests of the model (`evaluate.model`): named suites of cases, each a check held to its `max_fail_rate` like every rule. `MFT` (minimum functionality): fixed inputs whose `data.label` column is the expected label, or whose score must lie in `score_range`. `INV` (invariance): a perturbation must not move the score by more than `tolerance`. `DIR` (directional): a perturbation must move the score in the `expect`ed direction (by no more than `tolerance` the other way).",
          type: "array",
          default: [],
          items: { $ref: "#/$defs/behavioral_test" },
          examples: [[{ name: "race-swap-invariance", type: "INV", perturb: { swap: "race" }, tolerance: 0.05 }]]
        },
        behavioral_baseline: {
          $ref: "#/$defs/scoring_model",
          description: "A baseline model for the behavioral tests (the model in production, say), asked the same way as `evaluate.model`. Every test then runs its cases, with the same seeded perturbations, through both models, and a case that fails on the candidate and passes on the baseline is a new failure, held to the test's `max_new_failures` (default 0). Cases the baseline fails too do not fail the gate unless the test also sets `max_fail_rate`. The `--baseline-model` flag / `baseline-model` action input overrides `spec`.",
          examples: [{ spec: "oip+http://127.0.0.1:8080/credit@1" }]
        }
      }
    },
    behavioral_test: {
      type: "object",
      required: ["name", "type"],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$",
          description: "The test's name, which its check is named after.",
          examples: ["race-swap-invariance"]
        },
        type: {
          enum: ["MFT", "INV", "DIR"],
          description: "`MFT`: each case's expected label (the `data.label` column) must be predicted, or its score lie in `score_range`. `INV`: the perturbed case's score stays within `tolerance` of the case's. `DIR`: the perturbed case's score moves the `expect`ed way."
        },
        cases: {
          type: ["string", "array"],
          minLength: 1,
          minItems: 1,
          items: { type: "object", minProperties: 1, additionalProperties: { type: ["string", "number", "boolean"] } },
          description: "The cases: a CSV or JSON Lines file, or rows written inline (column -> value). When absent: the first `max_cases` rows of `data.dataset`.",
          examples: ["tests/behavioral/mft.csv", [{ income: 9, debt: 0, age: 40, label: 1 }]]
        },
        max_cases: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          default: 1e3,
          description: "Most cases the test runs; a case file with more rows is an error, the dataset gives its first rows."
        },
        perturb: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          description: "`INV` and `DIR`: how each case is changed. Each column must be one the model reads.",
          properties: {
            set: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: ["string", "number", "boolean"] },
              description: "Set columns to values.",
              examples: [{ region: "north" }]
            },
            swap: {
              type: "string",
              minLength: 1,
              description: "A column whose two values trade places in every case (a counterfactual: the same applicant of the other group). Cases with neither value are left out.",
              examples: ["race"]
            },
            swap_values: {
              type: "array",
              minItems: 2,
              maxItems: 2,
              uniqueItems: true,
              items: { type: ["string", "number"] },
              description: "The two values `swap` trades. When absent: the column's values in the cases, which must be exactly two.",
              examples: [["A", "B"]]
            },
            noise: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "number", minimum: 0 },
              description: "Add uniform noise in [-a, a] to numeric columns, drawn from `seed`.",
              examples: [{ age: 1 }]
            },
            scale: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "number" },
              description: "Multiply numeric columns by factors.",
              examples: [{ income: 1.5 }]
            },
            add: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "number" },
              description: "Add amounts to numeric columns.",
              examples: [{ income: 1 }]
            }
          }
        },
        expect: {
          enum: ["increase", "decrease"],
          description: "`DIR`: the direction the perturbation must move the score."
        },
        tolerance: {
          type: "number",
          minimum: 0,
          default: 0,
          description: "`INV`: the largest score change that passes. `DIR`: the largest move against `expect` that passes."
        },
        score_range: {
          type: "array",
          minItems: 2,
          maxItems: 2,
          items: { type: "number" },
          description: "`MFT`: each case's score (a regression model's predicted value) must lie in [low, high], inclusive, instead of predicting the case's label; the cases then need no label column.",
          examples: [[0, 0.2]]
        },
        max_fail_rate: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "The share of cases that may fail before the check fails. When absent: 0, or, with `evaluate.behavioral_baseline`, no limit (the test is held to `max_new_failures` instead)."
        },
        max_new_failures: {
          type: "integer",
          minimum: 0,
          description: "With `evaluate.behavioral_baseline`: how many cases may fail on the candidate that pass on the baseline model (default 0: no new failures)."
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed of `noise`: the same seed and cases give the same perturbations."
        },
        severity: {
          enum: ["fail", "warn"],
          default: "fail",
          description: "What a failed test does to the verdict: `fail` fails the gate, `warn` reports it and passes."
        }
      }
    },
    model_json: {
      type: "object",
      additionalProperties: false,
      required: ["output"],
      properties: {
        template: {
          type: ["object", "array", "string"],
          description: 'The request body: any JSON value in which the string `"$rows"` (exactly once) stands for the batch\'s rows. By default the rows themselves.',
          default: "$rows",
          examples: [{ data: { rows: "$rows" }, options: { explain: false } }]
        },
        rows: {
          enum: ["objects", "arrays"],
          default: "objects",
          description: "Each row as an object of the features by name (`objects`), or as a list of them in `features` order (`arrays`)."
        },
        output: {
          type: "string",
          pattern: "^(/([^~/]|~[01])*)*$",
          description: 'RFC 6901 JSON pointer to the list of scores in the answer, one per row (a number, a one-element list, or two class probabilities); `""` is the answer itself. Only the answer\'s own keys are followed.',
          examples: ["/outputs/0/data", "/predictions"]
        }
      }
    },
    model_headers: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" },
      additionalProperties: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      description: "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named."
    },
    model_env: {
      type: "array",
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      description: "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed."
    },
    replay_model: {
      type: ["string", "object"],
      minLength: 1,
      required: ["spec"],
      additionalProperties: false,
      properties: {
        spec: {
          type: "string",
          minLength: 1,
          description: "Where the model is, in the forms of `evaluate.model.spec`. The side's `--production-model` / `--shadow-model` flag overrides it and keeps the other keys.",
          examples: ["json+http://127.0.0.1:8080/score"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "The request columns sent to this model, in order. When absent: `shadow_compare.features`, else the inputs the model declares (a command, KServe V1 or json+http model needs them named)."
        },
        json: {
          $ref: "#/$defs/model_json",
          description: "A `json+http(s)://` model: how a batch is sent and where its scores are in the answer, as in `evaluate.model.json`."
        },
        headers: {
          $ref: "#/$defs/model_headers",
          description: "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named. As in `evaluate.model.headers`; none by default.",
          examples: [{ Authorization: "SHADOW_MODEL_AUTHORIZATION" }]
        },
        env: {
          $ref: "#/$defs/model_env",
          description: "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed. None by default."
        }
      }
    },
    scoring_model: {
      type: "object",
      required: ["spec"],
      additionalProperties: false,
      properties: {
        spec: {
          type: "string",
          minLength: 1,
          description: "Where the model is: `oip+http(s)://HOST:PORT/NAME[@VERSION]` or `http(s)://HOST:PORT/v2/models/NAME` (Open Inference Protocol v2: KServe, Triton, MLServer), `tfserving+http(s)://HOST:PORT/NAME[@VERSION]` (TensorFlow Serving REST), `kserve+http(s)://HOST:PORT/NAME` (KServe V1 `:predict`; needs `features`), `json+http(s)://HOST:PORT/PATH` (a JSON API of its own, described by `json`), `command:PROGRAM ARG...` (a program speaking JSON Lines on stdin and stdout, run without a shell) or `tfjs:DIR` (a TensorFlow.js model directory, such as the train gate's). Credentials in a URL become a Basic Authorization header and never reach a log or report.",
          examples: ["oip+http://127.0.0.1:8080/credit@2", "tfjs:model", "command:python3 score.py"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "The dataset columns sent to the model, in order. When absent: the input names the model declares (OIP and TF Serving metadata, the TF.js model's preprocessing).",
          examples: [["income", "debt_ratio", "age"]]
        },
        json: {
          $ref: "#/$defs/model_json",
          description: "A `json+http(s)://` model (a JSON API of its own): how a batch is sent and where its scores are in the answer. Needs `features`."
        },
        batch_size: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          default: 64,
          description: "Rows per request."
        },
        concurrency: {
          type: "integer",
          minimum: 1,
          maximum: 256,
          default: 4,
          description: "Requests in flight at once (a command model answers one at a time)."
        },
        timeout_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          default: 30,
          description: "Longest time one request (one batch, for a command) may take, retries excluded; past it the gate errors naming the request's rows."
        },
        retries: {
          type: "integer",
          minimum: 0,
          maximum: 10,
          default: 2,
          description: "Retries of a request that failed for a transient reason (a 5xx answer, no answer). A scoring request whose kept-alive connection closed before any answer is first sent once more at once, beyond these."
        },
        headers: {
          $ref: "#/$defs/model_headers",
          description: "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named.",
          default: {},
          examples: [{ Authorization: "MODEL_AUTHORIZATION" }]
        },
        env: {
          $ref: "#/$defs/model_env",
          description: "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed.",
          default: [],
          examples: [["HF_HOME"]]
        }
      }
    },
    gates: {
      description: "A gate's rules; every gate's rules have the same keys. Each yields one check; the verdict is the worst check after severities.",
      type: "array",
      items: { $ref: "#/$defs/rule" }
    },
    duration: {
      description: "A duration: a whole number of seconds (`s`), minutes (`m`) or hours (`h`).",
      type: "string",
      pattern: "^[1-9][0-9]{0,5}(s|m|h)$",
      examples: ["30s", "10m", "1h"]
    },
    rule: {
      description: "A rule: a metric, the bound it is held to, and how to read it. Set at least one of `min`, `max`, `max_drop`, `max_relative_drop`.",
      type: "object",
      required: ["metric"],
      additionalProperties: false,
      anyOf: [
        { required: ["min"] },
        { required: ["max"] },
        { required: ["max_drop"] },
        { required: ["max_relative_drop"] }
      ],
      properties: {
        metric: {
          description: "The metric to check; each gate has its own names. evaluate and train, by `data.task`. Binary: accuracy balanced_accuracy precision recall tpr specificity tnr fpr fnr f1 fbeta mcc selection_rate roc_auc average_precision log_loss brier ece. Multiclass: accuracy macro_precision macro_recall macro_f1 weighted_precision weighted_recall weighted_f1 micro_precision micro_recall micro_f1 log_loss roc_auc_ovr. Regression: mae mse rmse r2 mape. Disparities between the groups of `over`: demographic_parity_difference demographic_parity_ratio equalized_odds_difference equalized_odds_ratio equal_opportunity_difference equal_opportunity_ratio disparate_impact, and `<metric>_difference` / `<metric>_ratio` for any metric above. shadow_compare: agreement flip_rate cohen_kappa mcnemar wilcoxon score_delta ks psi brier_delta ece_delta abs_error_delta squared_error_delta latency_p50_delta latency_p95_delta latency_p99_delta error_rate_delta join_rate. drift: drifted_share, and ks psi wasserstein chi_square js (the largest over the features, or one feature's with `where: {feature: name}`). canary: a name from `canary.metrics.queries`.",
          type: "string",
          minLength: 1,
          examples: ["roc_auc", "f1", "demographic_parity_ratio", "equalized_odds_difference", "recall_ratio"]
        },
        id: {
          description: "A stable id for the check in reports and annotations. When absent, one is derived from the metric and its scope.",
          type: "string",
          minLength: 1,
          examples: ["auc-floor"]
        },
        min: {
          description: "The value must be at least this.",
          type: "number",
          examples: [0.8]
        },
        max: {
          description: "The value must be at most this.",
          type: "number",
          examples: [0.1]
        },
        max_drop: {
          description: "The value may be at most this much worse than the baseline's (absolute, in the metric's units). Needs baseline predictions.",
          type: "number",
          minimum: 0,
          examples: [0.01]
        },
        max_relative_drop: {
          description: "The value may be at most this fraction worse than the baseline's (0.05 = 5%). Needs baseline predictions.",
          type: "number",
          minimum: 0,
          examples: [0.05]
        },
        on: {
          description: "Which number the bound applies to: the point estimate, or the lower or upper bound of its confidence interval.",
          enum: ["point", "lower_bound", "upper_bound"],
          default: "point"
        },
        over: {
          description: "Sensitive attributes, from `data.groups`. For a disparity: the attributes it is computed over (default: all of `data.groups`). For a plain metric: check it in every group of these attributes. shadow_compare: columns from its `segments`.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          examples: [["sex", "race"]]
        },
        intersect: {
          description: "Treat the intersection of the `over` attributes (such as sex x race) as one attribute. When absent: `evaluate.intersect`.",
          type: "boolean"
        },
        where: {
          description: "Restrict the rule to one population: a group of a `data.groups` attribute or a value of a `data.slices` column, such as `{sex: F}`.",
          type: "object",
          minProperties: 1,
          additionalProperties: { type: ["string", "number"] },
          examples: [{ sex: "F" }]
        },
        relative_to: {
          description: "Disparities: compare groups with each other (`between_groups`: max - min, min / max) or each group with the whole population (`overall`). When absent: `between_groups`.",
          enum: ["between_groups", "overall"]
        },
        agg: {
          description: "Equalized odds: combine the TPR and FPR disparities by the worse of the two (`worst_case`) or their mean. When absent: `worst_case`.",
          enum: ["worst_case", "mean"]
        },
        privileged: {
          description: "Disparities: the privileged group's value for each `over` attribute; each other group is compared with it (AIF360's disparate impact).",
          type: "object",
          minProperties: 1,
          additionalProperties: { type: ["string", "number"] },
          examples: [{ sex: "M" }]
        },
        severity: {
          description: "What a failed check does to the verdict: `fail` fails the gate, `warn` reports it and passes.",
          enum: ["fail", "warn"],
          default: "fail"
        }
      }
    },
    train: {
      type: "object",
      additionalProperties: false,
      properties: {
        dataset: {
          $ref: "#/$defs/paths",
          description: "File(s) with the training data (features and the `data.label` column): a path, a glob, or a list of them, read as one dataset. The `--dataset` flag / `dataset` action input overrides it.",
          examples: ["data/train.csv"]
        },
        sample: {
          $ref: "#/$defs/sample",
          description: "How the rows to train on are drawn from the dataset, in one pass.",
          default: {}
        },
        holdout: {
          $ref: "#/$defs/holdout",
          description: "The held-out rows the trained model is evaluated on: a seeded fraction of the sample (stratified like the sample), or a separate file.",
          default: {}
        },
        model: {
          $ref: "#/$defs/model",
          description: "The built-in TensorFlow.js model: its type, features and training settings. Set either `model` or `command`."
        },
        command: {
          type: "string",
          minLength: 1,
          description: "An external trainer, run without a shell: `{sample}`, `{holdout}`, `{predictions}`, `{model_dir}`, `{out}` and `{seed}` are replaced by paths and values, each as one whole argument. It must write one row per held-out row, in order, with a `score` column, to `{predictions}`. Set either `model` or `command`.",
          examples: ["python3 train.py --data {sample} --test {holdout} --out {predictions} --model {model_dir}"]
        },
        env: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          default: [],
          description: "Environment variables the external trainer gets from the job, beyond PATH, HOME, LANG, LC_*, TZ, TMPDIR, PYTHONPATH, VIRTUAL_ENV and CONDA_PREFIX; no other variable (tokens included) reaches it. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be listed.",
          examples: [["HF_HOME", "CUDA_VISIBLE_DEVICES"]]
        },
        timeout_minutes: {
          type: "number",
          exclusiveMinimum: 0,
          default: 60,
          description: "Longest time the external trainer may run; past it, it is stopped and the gate errors."
        },
        reproducible: {
          type: "boolean",
          default: false,
          description: "Train the built-in model twice with the same seed and compare the weight hashes; a difference fails the gate and names the first differing tensor."
        },
        cache: {
          type: "boolean",
          default: true,
          description: "Cache the sample by the content hash of the dataset, the sampling settings and the config (GitHub: `@actions/cache`; elsewhere a local directory), and reuse it on a hit."
        },
        artifact: {
          type: ["string", "boolean"],
          minLength: 1,
          default: "modelgate-model",
          description: "Name of the artifact the model directory, manifest and report are uploaded as after a successful run (GitHub: `@actions/artifact`; elsewhere copied to a local directory); `false` uploads nothing.",
          examples: ["modelgate-model", false]
        },
        baseline_manifest: {
          type: "string",
          minLength: 1,
          description: "A previous run's `manifest.json` (for example from the main branch's train artifact, downloaded with the `predictions.csv` beside it). When its dataset hashes, sampling and held-out split match this run's, the held-out predictions it records (path relative to the manifest, checked against the recorded sha256) are the baseline of `max_drop` and `max_relative_drop` rules; otherwise those rules are errors that say why. Cannot be combined with `data.baseline`. The `baseline-manifest` action input overrides it.",
          examples: ["main-model/manifest.json"]
        }
      }
    },
    sample: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: {
          enum: ["uniform", "stratified", "reservoir", "time"],
          default: "uniform",
          description: "`uniform`: every row equally likely (`fraction` or `n`). `stratified`: the same fraction of every stratum of the `by` columns, at least `min_per_stratum` rows each. `reservoir`: exactly `n` rows from any number of rows, in one pass. `time`: the rows of the last `days` days by `column` (optionally thinned by `fraction`)."
        },
        fraction: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1,
          description: "Share of the rows (of each stratum, for `stratified`) to keep, in (0, 1]. When neither `fraction` nor `n` is set: all rows.",
          examples: [0.1]
        },
        n: {
          type: "integer",
          minimum: 1,
          description: "Number of rows to keep (`uniform`, `reservoir`). More than the dataset has keeps them all, with a warning.",
          examples: [1e5]
        },
        by: {
          $ref: "#/$defs/columns",
          description: "`stratified`: the columns whose value combinations are the strata, such as the label and the sensitive groups. When absent: the label and `data.groups`.",
          examples: [
            ["label", "sex"]
          ]
        },
        min_per_stratum: {
          type: "integer",
          minimum: 0,
          default: 30,
          description: "`stratified`: the floor, so that small groups are not sampled away: every stratum keeps at least this many rows (or all it has)."
        },
        column: {
          $ref: "#/$defs/column",
          description: "`time`: the timestamp column (ISO 8601 text or epoch milliseconds).",
          examples: ["event_time"]
        },
        days: {
          type: "number",
          exclusiveMinimum: 0,
          description: "`time`: keep the rows at most this many days older than the newest row.",
          examples: [30]
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed of the per-row draw: the same data and seed give the same rows in the same order, however the input is split into files or chunks."
        },
        format: {
          enum: ["csv", "jsonl"],
          default: "csv",
          description: "Format the sample is written in for the trainer and the artifacts."
        }
      }
    },
    holdout: {
      type: "object",
      additionalProperties: false,
      properties: {
        fraction: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          default: 0.2,
          description: "Share of the sample held out for evaluation, drawn per stratum like the sample."
        },
        seed: {
          type: "integer",
          description: "Seed of the held-out draw. When absent: `sample.seed`."
        },
        file: {
          $ref: "#/$defs/paths",
          description: "Evaluate on this separate file instead of a share of the sample.",
          examples: ["data/test.csv"]
        }
      }
    },
    model: {
      type: "object",
      required: ["features"],
      additionalProperties: false,
      properties: {
        type: {
          enum: ["logistic_regression", "mlp"],
          default: "logistic_regression",
          description: "`logistic_regression`: one sigmoid unit on the features. `mlp`: the hidden `layers`, then a sigmoid unit."
        },
        features: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          description: "Columns the model reads. A column whose sample values are all numbers is standardised; any other is one-hot encoded with an unknown bucket. Statistics come from the training rows only and are saved with the model.",
          examples: [
            ["income", "debt_ratio", "region"]
          ]
        },
        categorical: {
          $ref: "#/$defs/columns",
          description: "Feature columns to one-hot encode even when their values look like numbers (codes, zip codes).",
          examples: [
            ["branch_code"]
          ]
        },
        max_categories: {
          type: "integer",
          minimum: 1,
          default: 50,
          description: "Most distinct values one-hot encoded per categorical column; rarer values share the unknown bucket."
        },
        impute: {
          enum: ["error", "mean", "zero"],
          default: "error",
          description: "A missing or non-numeric value in a numeric feature: `error` stops the gate naming the row, `mean` uses the training mean, `zero` uses 0."
        },
        layers: {
          type: "array",
          items: {
            $ref: "#/$defs/layer"
          },
          default: [],
          description: "`mlp`: the hidden layers, in order.",
          examples: [
            [
              {
                units: 16,
                activation: "relu"
              }
            ]
          ]
        },
        optimizer: {
          enum: ["sgd", "adam", "rmsprop", "adagrad"],
          default: "adam",
          description: "Optimizer of the training loss (binary cross-entropy)."
        },
        learning_rate: {
          type: "number",
          exclusiveMinimum: 0,
          default: 0.05,
          description: "Learning rate of the optimizer."
        },
        epochs: {
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          default: 10,
          description: "Passes over the training rows."
        },
        batch_size: {
          type: "integer",
          minimum: 1,
          default: 64,
          description: "Rows per gradient step."
        },
        l2: {
          type: "number",
          minimum: 0,
          default: 0,
          description: "L2 penalty on the weights."
        },
        early_stopping: {
          type: "object",
          additionalProperties: false,
          description: "Stop when the validation loss has not improved for `patience` epochs; the validation rows are a seeded share of the training rows.",
          properties: {
            patience: {
              type: "integer",
              minimum: 1,
              default: 3,
              description: "Epochs without improvement before training stops."
            },
            min_delta: {
              type: "number",
              minimum: 0,
              default: 0,
              description: "Smallest decrease of the validation loss that counts as an improvement."
            },
            validation_fraction: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              default: 0.1,
              description: "Share of the training rows used for the validation loss."
            }
          }
        }
      }
    },
    layer: {
      type: "object",
      required: ["units"],
      additionalProperties: false,
      description: "One hidden layer.",
      properties: {
        units: {
          type: "integer",
          minimum: 1,
          maximum: 4096,
          description: "Number of units of the layer.",
          examples: [16]
        },
        activation: {
          enum: ["relu", "tanh", "sigmoid", "elu", "selu", "linear"],
          default: "relu",
          description: "Activation function of the layer."
        }
      }
    },
    shadow_compare: {
      type: "object",
      additionalProperties: false,
      properties: {
        production: {
          $ref: "#/$defs/paths",
          description: "Production's prediction log(s): CSV, JSONL or Parquet (optionally gzip), globs, or Seldon / KServe CloudEvents as JSON Lines. The `--production` flag overrides it.",
          examples: ["logs/production-*.jsonl.gz"]
        },
        shadow: {
          $ref: "#/$defs/paths",
          description: "The shadow model's prediction log(s), in the same forms as `production`. The `--shadow` flag overrides it.",
          examples: ["logs/shadow-*.jsonl.gz"]
        },
        labels: {
          $ref: "#/$defs/paths",
          description: "Optional delayed ground truth, joined to both logs by `id`. The `--labels` flag overrides it.",
          examples: ["labels/2026-12-*.csv"]
        },
        replay: {
          $ref: "#/$defs/paths",
          description: "Replay mode, instead of `production` and `shadow` logs: recorded requests (an `id` column and the feature columns, in any reader format) sent to both `production_model` and `shadow_model`, whose answers are compared as the logs would be. Streamed in blocks, never held whole. The `--replay` flag overrides it.",
          examples: ["requests/2026-12-01.jsonl.gz"]
        },
        production_model: {
          $ref: "#/$defs/replay_model",
          description: "Replay mode: the production model, as `evaluate --model` takes it (`oip+http://host:port/NAME@VERSION`, `tfserving+http://\u2026`, `kserve+http://\u2026`, `json+http://\u2026`, `command:PROGRAM ARGS`, `tfjs:DIR`), or a mapping of its `spec` and how to ask it, as `evaluate.model` is (`features`, `json`, `headers`, `env`). The `--production-model` flag overrides the spec.",
          examples: ["oip+http://127.0.0.1:8080/credit@1"]
        },
        shadow_model: {
          $ref: "#/$defs/replay_model",
          description: "Replay mode: the shadow model, in the same forms as `production_model`. The `--shadow-model` flag overrides the spec.",
          examples: ["oip+http://127.0.0.1:8081/credit@2"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "Replay mode: the feature columns sent to each model, in order. When absent: the inputs each model's metadata declares (a command model needs them).",
          examples: [["income", "debt", "age"]]
        },
        batch_size: {
          description: "Replay mode: recorded requests per model request; 1 replays each as it was made. A batched request's latency is spread evenly over its rows.",
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          default: 1
        },
        concurrency: {
          description: "Replay mode: requests in flight at once to each model (a command or TF.js model takes one at a time).",
          type: "integer",
          minimum: 1,
          maximum: 256,
          default: 8
        },
        max_requests: {
          description: "Replay mode: the request budget, the most requests sent to each model. The replay stops there and the report says so; when absent, the whole file is replayed.",
          type: "integer",
          minimum: 1,
          examples: [1e4]
        },
        timeout_ms: {
          description: "Replay mode: bound on one request in milliseconds; a request that takes longer counts as failed.",
          type: "integer",
          minimum: 1,
          default: 3e4
        },
        retries: {
          description: "Replay mode: retries of a request that failed for a transient reason (5xx, no answer) before it counts as failed. A request whose kept-alive connection closed before any answer is first sent once more at once, beyond these.",
          type: "integer",
          minimum: 0,
          maximum: 10,
          default: 2
        },
        id: {
          $ref: "#/$defs/column",
          description: "Column with the request id both logs are joined by. When absent: `data.id`; one of them is required.",
          examples: ["request_id"]
        },
        score: {
          $ref: "#/$defs/column",
          description: "Column with each side's score. When absent: `data.score`.",
          examples: ["score"]
        },
        prediction: {
          $ref: "#/$defs/column",
          description: "Column with each side's hard prediction. When absent: `data.prediction`.",
          examples: ["predicted"]
        },
        label: {
          $ref: "#/$defs/column",
          description: "Column with the true label in `labels`. When absent: `data.label`.",
          examples: ["label"]
        },
        latency: {
          $ref: "#/$defs/column",
          description: "Column with each request's latency in milliseconds.",
          examples: ["latency_ms"]
        },
        error: {
          $ref: "#/$defs/column",
          description: "Column that is true (`1`, `true`, `yes`) when the request failed on that side, for `error_rate_delta`. When absent: no request counts as failed.",
          examples: ["error"]
        },
        segments: {
          $ref: "#/$defs/columns",
          description: "Columns whose values split the requests into segments, compared one by one (flips by segment, the worst named). When absent: `data.groups` and `data.slices`.",
          examples: [["country", "device"]]
        },
        min_join_rate: {
          description: "Least share of requests found in both logs; below it the gate errors, since the comparison would rest on a biased subset.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.95
        },
        max_error_rate: {
          description: "Replay mode: most share of requests an endpoint may fail (HTTP error, timeout, unreadable answer); past it the gate fails.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.01
        },
        correction: {
          description: "Multiple-testing correction of the p-values of many segments at once: Holm (family-wise error) or Benjamini-Hochberg (`bh`, false discovery rate).",
          enum: ["holm", "bh"],
          default: "holm"
        },
        psi_bins: {
          description: "Number of bins of the score distributions for `psi`, cut at production's score quantiles; an empty bin counts as a share of 1e-4.",
          type: "integer",
          minimum: 2,
          maximum: 100,
          default: 10
        },
        level: {
          description: "Confidence level of every interval (agreement, flip rate, score and latency deltas).",
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          default: 0.95
        },
        bootstrap: {
          description: "Paired Poisson bootstrap of the latency quantile deltas (`latency_p50_delta`, `latency_p95_delta`, `latency_p99_delta`): a request's production and shadow latencies share its weight in every replicate, and the interval is the percentile interval at `level`.",
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            replicates: {
              description: "Number of bootstrap replicates; 0 leaves the latency deltas without an interval.",
              type: "integer",
              minimum: 0,
              maximum: 1e4,
              default: 1e3
            },
            seed: {
              description: "Seed of the replicate weights; the same seed and logs give the same intervals, in one job or merged from shards.",
              type: "integer",
              default: 0
            }
          }
        },
        inconclusive: {
          description: "What an inconclusive check (too few paired requests to detect the configured effect, or nothing to measure) counts as.",
          enum: ["fail", "warn", "pass"],
          default: "fail"
        },
        redact: {
          $ref: "#/$defs/columns",
          description: "Columns that never leave the runner: not in any report, log or list of top disagreements.",
          default: [],
          examples: [["email", "user_id"]]
        },
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on the shadow-compare metrics (see `rule.metric`).",
          default: [],
          examples: [[{ metric: "agreement", min: 0.98, on: "lower_bound" }]]
        }
      }
    },
    drift: {
      type: "object",
      additionalProperties: false,
      properties: {
        reference: {
          $ref: "#/$defs/paths",
          description: "File(s) with the reference data (such as the training data). The `--reference` flag overrides it.",
          examples: ["data/train.parquet"]
        },
        current: {
          $ref: "#/$defs/paths",
          description: "File(s) with the current data (such as last week's requests). The `--current` flag overrides it.",
          examples: ["logs/requests-*.jsonl.gz"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "The columns compared. When absent: every column both datasets have.",
          examples: [["income", "age", "region"]]
        },
        tests: {
          description: "The test of a feature, by name: `ks` (two-sample Kolmogorov-Smirnov), `psi` (population stability index), `wasserstein`, `chi_square` (test of independence on the categories) or `js` (Jensen-Shannon distance). A feature not listed: `ks` when its values are numbers, else `chi_square`.",
          type: "object",
          additionalProperties: { enum: ["ks", "psi", "wasserstein", "chi_square", "js"] },
          default: {},
          examples: [{ income: "psi", region: "chi_square" }]
        },
        bins: {
          description: "Number of bins of a numeric feature for `psi` and `js`, by the reference's quantiles.",
          type: "integer",
          minimum: 2,
          maximum: 1e3,
          default: 10
        },
        max_drifted_share: {
          description: "Most share of the features that may drift (their test rejects at the 0.05 level, or exceeds its rule's bound) before the gate fails.",
          type: "number",
          minimum: 0,
          maximum: 1,
          examples: [0.25]
        },
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on `drifted_share` and on the test statistics (see `rule.metric`).",
          default: [],
          examples: [[{ metric: "psi", max: 0.2 }]]
        },
        trigger: {
          description: "A pipeline to start when the gate fails, such as a retraining: a GitHub `workflow_dispatch` (`workflow`) or `repository_dispatch` (`event_type`), or a GitLab pipeline on `ref`.",
          type: "object",
          additionalProperties: false,
          properties: {
            workflow: {
              type: "string",
              minLength: 1,
              description: "GitHub: the workflow file to dispatch.",
              examples: ["retrain.yml"]
            },
            event_type: {
              type: "string",
              minLength: 1,
              maxLength: 100,
              description: "GitHub: the `repository_dispatch` event type to send.",
              examples: ["model-drift"]
            },
            ref: {
              type: "string",
              minLength: 1,
              description: "The branch or tag the pipeline runs on. When absent: the default branch.",
              examples: ["main"]
            },
            on: {
              enum: ["fail", "warn"],
              default: "fail",
              description: "Trigger on a failed gate only (`fail`), or on a warning too (`warn`)."
            }
          }
        }
      }
    },
    canary: {
      type: "object",
      additionalProperties: false,
      properties: {
        provider: {
          description: "How traffic is shifted: a command run without a shell, `{weight}` replaced by the step's percentage as one whole argument.",
          type: "object",
          required: ["command"],
          additionalProperties: false,
          properties: {
            command: {
              type: "string",
              minLength: 1,
              description: "The command that sets the new model's share of traffic.",
              examples: ["kubectl argo rollouts set weight my-model {weight}"]
            }
          }
        },
        steps: {
          description: "The traffic steps, in order; the gate judges the rules after each step's bake time and stops at the first failure.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/canary_step" },
          examples: [[{ weight: 10, bake: "10m" }, { weight: 50, bake: "30m" }]]
        },
        metrics: {
          description: "Where the live metrics come from: a Prometheus server's instant queries, or a command that prints one JSON object of numbers.",
          type: "object",
          required: ["source"],
          additionalProperties: false,
          properties: {
            source: {
              enum: ["prometheus", "command"],
              description: "`prometheus`: each query is PromQL run against `url`. `command`: `command` is run and prints `{name: number}`."
            },
            url: {
              type: "string",
              pattern: "^https?://",
              description: "`prometheus`: the server's base URL.",
              examples: ["http://prometheus.monitoring:9090"]
            },
            command: {
              type: "string",
              minLength: 1,
              description: "`command`: the command run without a shell; `{step}` and `{weight}` are replaced.",
              examples: ["python3 metrics.py --weight {weight}"]
            },
            queries: {
              description: "The metrics by name, which the rules name: `prometheus`, a PromQL query each; `command`, the key in its output (value ignored when empty).",
              type: "object",
              minProperties: 1,
              propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,63}$" },
              additionalProperties: { type: "string" },
              examples: [{ error_rate: 'sum(rate(http_requests_total{code=~"5..",version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))' }]
            }
          }
        },
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on the names of `metrics.queries`.",
          default: [],
          examples: [[{ metric: "error_rate", max: 0.01 }]]
        }
      }
    },
    canary_step: {
      type: "object",
      required: ["weight"],
      additionalProperties: false,
      description: "One traffic step.",
      properties: {
        weight: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          description: "The new model's share of traffic, in percent.",
          examples: [10]
        },
        bake: {
          $ref: "#/$defs/duration",
          description: "How long the step runs before its metrics are judged. When absent: `5m`.",
          examples: ["10m"]
        },
        max_duration: {
          $ref: "#/$defs/duration",
          description: "Longest time the step may take, shifting and judging included; past it the gate errors.",
          examples: ["1h"]
        }
      }
    }
  }
};

// shared/config/ajv-options.json
var ajv_options_default = {
  allErrors: true,
  useDefaults: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true
};

// shared/config/schema-issues.ts
var VALUE_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "const",
  "enum",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties"
]);
function schemaIssues(errors, root) {
  const anyOfs = errors.filter((e) => e.keyword === "anyOf");
  const isBranchError = (e) => anyOfs.some((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath));
  const isExplainedByTypo = (e) => e.keyword === "anyOf" && errors.some((other) => {
    if (other.keyword !== "additionalProperties" || other.instancePath !== e.instancePath) return false;
    const known = (e.schema ?? []).flatMap((b) => b.required ?? []);
    return closestName(String(other.params.additionalProperty), known) !== void 0;
  });
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (isBranchError(error) || isExplainedByTypo(error)) continue;
    const issue = describe(error, root);
    const key = `${issue.path}\0${issue.at}\0${VALUE_KEYWORDS.has(error.keyword) ? "value" : issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function describe(error, root) {
  const path = error.instancePath;
  const parentSchema = error.parentSchema ?? {};
  const name = displayPath(path, root);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(parentSchema.properties ?? {});
      const guess = closestName(key, known);
      return {
        path: childPointer(path, key),
        at: "key",
        message: `unknown key \`${key}\` ${name ? `in ${name}` : "at the top level"}`,
        hint: guess ? `did you mean \`${guess}\`?` : `known keys: ${listNames(known)}`
      };
    }
    case "required": {
      const key = String(error.params.missingProperty);
      const property = (parentSchema.properties ?? {})[key];
      return {
        path: childPointer(path, key),
        at: "parent",
        message: `missing required key \`${key}\` ${name ? `in ${name}` : "at the top level"}`,
        hint: key === "version" ? "add `version: 1`" : typeof property?.description === "string" ? `\`${key}\`: ${property.description}` : void 0
      };
    }
    case "anyOf": {
      const branches = error.schema ?? [];
      const keys = branches.flatMap((b) => Array.isArray(b.required) ? b.required : []);
      return { path, at: "value", message: `\`${name}\` needs at least one of ${listNames(keys)}` };
    }
    case "uniqueItems": {
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const value = error.data[later];
      return { path: childPointer(path, later), at: "value", message: `\`${name}\` lists ${showValue(value)} more than once` };
    }
    default:
      if (VALUE_KEYWORDS.has(error.keyword)) {
        const issue = {
          path,
          at: "value",
          message: `\`${name || "the config"}\` must be ${expected(parentSchema)}, got ${showValue(error.data)}`
        };
        if (Array.isArray(parentSchema.enum)) {
          const allowed = parentSchema.enum.map(String);
          const guess = typeof error.data === "string" ? closestName(error.data, allowed) : void 0;
          issue.hint = `${guess ? `did you mean \`${guess}\`? ` : ""}allowed: ${listNames(allowed)}`;
        }
        return issue;
      }
      return { path, at: "value", message: `\`${name || "the config"}\` ${error.message ?? "is invalid"}` };
  }
}
var PLURALS = {
  string: "strings",
  number: "numbers",
  integer: "integers",
  boolean: "booleans",
  object: "mappings",
  array: "lists"
};
function expected(schema) {
  if (schema.const !== void 0) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${listNames(schema.enum)}`;
  const types = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : [];
  const words = types.map((type) => {
    switch (type) {
      case "number":
      case "integer":
        return `${type === "integer" ? "an integer" : "a number"}${range(schema)}`;
      case "string":
        if (schema.minLength === 1 && schema.maxLength === 1) return "a single character";
        return schema.minLength === 1 ? "a non-empty string" : "a string";
      case "array": {
        const items = schema.items ?? {};
        const itemTypes = Array.isArray(items.type) ? items.type : typeof items.type === "string" ? [items.type] : [];
        const of = itemTypes.length ? ` of ${itemTypes.map((t) => PLURALS[t] ?? t).join(" or ")}` : "";
        const min = typeof schema.minItems === "number" && schema.minItems > 1 ? ` with at least ${schema.minItems} items` : "";
        return `${schema.minItems === 1 ? "a non-empty list" : "a list"}${of}${min}`;
      }
      case "boolean":
        return "true or false";
      case "object":
        return "a mapping";
      default:
        return type;
    }
  });
  return words.join(" or ") || "valid";
}
function range(schema) {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  if (minimum !== void 0 && maximum !== void 0) return ` between ${minimum} and ${maximum}`;
  const parts = [];
  if (minimum !== void 0) parts.push(`>= ${minimum}`);
  if (exclusiveMinimum !== void 0) parts.push(`> ${exclusiveMinimum}`);
  if (maximum !== void 0) parts.push(`<= ${maximum}`);
  if (exclusiveMaximum !== void 0) parts.push(`< ${exclusiveMaximum}`);
  return parts.length ? ` ${parts.join(" and ")}` : "";
}

// shared/config/rules.ts
var EVALUATE_ONLY = ["max_drop", "max_relative_drop", "intersect", "relative_to", "agg", "privileged"];
function commonRuleIssues(gate, rules) {
  const issues = [];
  const ids = /* @__PURE__ */ new Map();
  rules.forEach((rule, index) => {
    const at = `/${gate}/gates/${index}`;
    const name = `${gate}.gates[${index}]`;
    if (rule.min !== void 0 && rule.max !== void 0 && rule.min > rule.max) {
      issues.push({
        path: `${at}/min`,
        at: "value",
        message: `${name} has \`min\` ${rule.min} above \`max\` ${rule.max}: no value can pass`
      });
    }
    if (rule.id !== void 0) {
      const first = ids.get(rule.id);
      if (first !== void 0)
        issues.push({
          path: `${at}/id`,
          at: "value",
          message: `rule id \`${rule.id}\` in ${name} is already used by ${gate}.gates[${first}]`
        });
      else ids.set(rule.id, index);
    }
  });
  return issues;
}
function gateRuleIssues(gate, rules, metrics) {
  const issues = [];
  rules.forEach((rule, index) => {
    const at = `/${gate}/gates/${index}`;
    const name = `${gate}.gates[${index}]`;
    if (!metrics.includes(rule.metric)) {
      const guess = closestName(rule.metric, metrics);
      issues.push({
        path: `${at}/metric`,
        at: "value",
        message: `unknown metric \`${rule.metric}\` for ${gate}`,
        hint: guess ? `did you mean \`${guess}\`?` : metrics.length ? `${gate} metrics: ${listNames(metrics)}` : void 0
      });
    }
    for (const key of EVALUATE_ONLY) {
      if (rule[key] !== void 0)
        issues.push({ path: `${at}/${key}`, at: "key", message: `\`${key}\` in ${name} applies only to evaluate's rules` });
    }
  });
  issues.push(...commonRuleIssues(gate, rules));
  return issues;
}
function unlisted(path, where, value, listName, list) {
  const guess = closestName(value, list);
  return {
    path,
    at: "value",
    message: `\`${value}\` in ${where} is not in ${listName}`,
    hint: guess ? `did you mean \`${guess}\`?` : list.length ? `${listName}: ${listNames(list)}` : `add \`${value}\` to ${listName.split(" or ")[0]}`
  };
}

// shared/config/canary.ts
var SECONDS = { s: 1, m: 60, h: 3600 };
function durationSeconds(duration) {
  return Number(duration.slice(0, -1)) * SECONDS[duration.slice(-1)];
}
function canaryIssues(section) {
  const issues = [];
  for (const key of ["provider", "steps", "metrics"]) {
    if (section[key] === void 0) issues.push({ path: `/canary/${key}`, at: "parent", message: `canary needs \`canary.${key}\`` });
  }
  section.steps?.forEach((step, i) => {
    const previous = section.steps?.[i - 1];
    if (previous && step.weight <= previous.weight) {
      issues.push({
        path: `/canary/steps/${i}/weight`,
        at: "value",
        message: `canary.steps[${i}] has weight ${step.weight}, not more than the step before (${previous.weight}): traffic only moves forward`
      });
    }
    if (step.bake !== void 0 && step.max_duration !== void 0 && durationSeconds(step.bake) > durationSeconds(step.max_duration)) {
      issues.push({
        path: `/canary/steps/${i}/max_duration`,
        at: "value",
        message: `canary.steps[${i}] bakes for ${step.bake}, longer than its \`max_duration\` ${step.max_duration}`
      });
    }
  });
  const metrics = section.metrics;
  if (metrics) {
    const needs = metrics.source === "prometheus" ? "url" : "command";
    const other = needs === "url" ? "command" : "url";
    if (metrics[needs] === void 0)
      issues.push({
        path: `/canary/metrics/${needs}`,
        at: "parent",
        message: `canary.metrics with \`source: ${metrics.source}\` needs \`${needs}\``
      });
    if (metrics[other] !== void 0)
      issues.push({
        path: `/canary/metrics/${other}`,
        at: "key",
        message: `\`${other}\` in canary.metrics applies only to \`source: ${other === "url" ? "prometheus" : "command"}\``
      });
  }
  issues.push(...gateRuleIssues("canary", section.gates, Object.keys(metrics?.queries ?? {})));
  section.gates.forEach((rule, index) => {
    for (const key of ["over", "where"]) {
      if (rule[key] !== void 0)
        issues.push({
          path: `/canary/gates/${index}/${key}`,
          at: "key",
          message: `\`${key}\` in canary.gates[${index}] does not apply: a canary metric is one number per step`
        });
    }
  });
  return issues;
}

// shared/config/data.ts
function requiredDataIssues(gate, data) {
  if (data === void 0)
    return [
      {
        path: "/data",
        at: "parent",
        message: `${gate} needs \`data\`: the columns of the predictions and the label`,
        hint: "add `data:` with at least `label` (see the README)"
      }
    ];
  if (data.label === void 0)
    return [
      {
        path: "/data/label",
        at: "parent",
        message: `${gate} needs \`data.label\``,
        hint: "`label`: Column with the true label (binary, multiclass) or the true value (regression)."
      }
    ];
  return [];
}
function sharedColumnIssues(data) {
  const scores = data.score === void 0 ? [] : Array.isArray(data.score) ? data.score.map((column, i) => [`/data/score/${i}`, column]) : [["/data/score", data.score]];
  const roles = [
    ["/data/label", data.label],
    ...scores,
    ["/data/prediction", data.prediction],
    ["/data/weight", data.weight],
    ["/data/id", data.id]
  ];
  const attributes = [
    ...data.groups.map((column, i) => [`/data/groups/${i}`, column]),
    ...data.slices.map((column, i) => [`/data/slices/${i}`, column])
  ];
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  const role = (pointer) => `\`data.${pointer.slice("/data/".length).replace(/\/(\d+)$/, "[$1]")}\``;
  for (const [pointer, column] of roles) {
    if (column === void 0) continue;
    const first = seen.get(column);
    if (first !== void 0)
      issues.push({
        path: pointer,
        at: "value",
        message: `${role(pointer)} names the column "${column}", which ${role(first)} already reads`,
        hint: "each of label, score, prediction, weight and id needs a column of its own"
      });
    else seen.set(column, pointer);
  }
  for (const [pointer, column] of attributes) {
    const first = seen.get(column);
    if (first !== void 0 && first !== "/data/id")
      issues.push({
        path: pointer,
        at: "value",
        message: `${role(pointer)} names the column "${column}", which ${role(first)} already reads`,
        hint: "groups and slices are attributes of the rows, not the label, scores, prediction or weight"
      });
  }
  return issues;
}
function dataIssues(data) {
  const issues = [];
  if (data.classes) {
    const strings = data.classes.map(String);
    const duplicate = strings.findIndex((value, index) => strings.indexOf(value) !== index);
    if (duplicate >= 0) {
      issues.push({
        path: `/data/classes/${duplicate}`,
        at: "value",
        message: `\`data.classes\` lists "${strings[duplicate]}" more than once (values are compared as text)`
      });
    }
  }
  if (data.task === "multiclass" && !data.classes) {
    issues.push({
      path: "/data/classes",
      at: "parent",
      message: "`data.classes` is required when `data.task` is multiclass",
      hint: "list the class labels in score-column order"
    });
  }
  if (data.task === "binary" && data.classes && data.classes.length !== 2) {
    issues.push({
      path: "/data/classes",
      at: "value",
      message: `\`data.classes\` must name exactly 2 labels [negative, positive] for a binary task, got ${data.classes.length}`,
      hint: "for more classes set `data.task: multiclass`"
    });
  }
  issues.push(...sharedColumnIssues(data));
  return issues;
}
function completeData(data) {
  if (data.positive_label !== void 0) data.positive_label = String(data.positive_label);
  if (data.classes) data.classes = data.classes.map(String);
}

// shared/config/drift.ts
var DRIFT_TESTS = ["ks", "psi", "wasserstein", "chi_square", "js"];
var DRIFT_METRICS = ["drifted_share", ...DRIFT_TESTS];
function driftIssues(section) {
  const issues = [];
  const features = section.features;
  if (features) {
    for (const feature of Object.keys(section.tests)) {
      if (!features.includes(feature))
        issues.push({ ...unlisted(childPointer("/drift/tests", feature), "drift.tests", feature, "drift.features", features), at: "key" });
    }
  }
  section.gates.forEach((rule, index) => {
    const at = `/drift/gates/${index}`;
    const name = `drift.gates[${index}]`;
    if (rule.over !== void 0)
      issues.push({
        path: `${at}/over`,
        at: "key",
        message: `\`over\` in ${name} does not apply to drift: a drift rule is about features, chosen with \`where: {feature: name}\``
      });
    for (const [key, value] of Object.entries(rule.where ?? {})) {
      const path = childPointer(`${at}/where`, key);
      if (key !== "feature")
        issues.push({
          path,
          at: "key",
          message: `\`${key}\` in ${name}.where is not \`feature\`, the one key a drift rule can be restricted by`
        });
      else if (features && !features.includes(String(value)))
        issues.push(unlisted(path, `${name}.where`, String(value), "drift.features", features));
    }
    if (rule.where?.feature !== void 0 && rule.metric === "drifted_share") {
      issues.push({
        path: `${at}/where`,
        at: "key",
        message: `\`drifted_share\` in ${name} is a share of all features; it cannot be restricted to one`
      });
    }
  });
  const trigger = section.trigger;
  if (trigger?.workflow !== void 0 && trigger.event_type !== void 0) {
    issues.push({
      path: "/drift/trigger/event_type",
      at: "key",
      message: "`drift.trigger` sets both `workflow` (workflow_dispatch) and `event_type` (repository_dispatch); set one"
    });
  }
  issues.push(...gateRuleIssues("drift", section.gates, DRIFT_METRICS));
  return issues;
}

// shared/config/evaluate.ts
function evaluateIssues(config) {
  const issues = [];
  const { data } = config;
  const groups = data.groups;
  const columns = [...data.groups, ...data.slices];
  config.evaluate.gates.forEach((rule, index) => {
    const at = `/evaluate/gates/${index}`;
    const name = `evaluate.gates[${index}]`;
    const disparity = parseDisparity(rule.metric);
    const task = data.task;
    if (!isMetricFor(rule.metric, task)) {
      const otherTask = TASKS.find((t) => isMetricFor(rule.metric, t));
      if (otherTask) {
        issues.push({
          path: `${at}/metric`,
          at: "value",
          message: `metric \`${rule.metric}\` is not available for a ${task} task (it is for ${otherTask})`,
          hint: `${task} metrics: ${listNames(metricNamesFor(task))}`
        });
      } else {
        const guess = closestName(rule.metric, allMetricNamesFor(task));
        issues.push({
          path: `${at}/metric`,
          at: "value",
          message: `unknown metric \`${rule.metric}\` for a ${task} task`,
          hint: guess ? `did you mean \`${guess}\`?` : `${task} metrics: ${listNames(metricNamesFor(task))}, their \`_difference\`/\`_ratio\` across groups, and the named disparities`
        });
      }
    }
    rule.over?.forEach((attribute, j) => {
      if (!groups.includes(attribute)) issues.push(unlisted(`${at}/over/${j}`, `${name}.over`, attribute, "data.groups", groups));
    });
    for (const key of Object.keys(rule.where ?? {})) {
      if (!columns.includes(key))
        issues.push({
          ...unlisted(childPointer(`${at}/where`, key), `${name}.where`, key, "data.groups or data.slices", columns),
          at: "key"
        });
    }
    if (disparity) {
      if (!rule.over && groups.length === 0) {
        issues.push({
          path: at,
          at: "value",
          message: `\`${rule.metric}\` in ${name} compares groups, but the rule has no \`over\` and \`data.groups\` is empty`,
          hint: "list the sensitive attributes in `data.groups`, or set `over` on the rule"
        });
      }
      if (rule.privileged) {
        if (!rule.over) {
          issues.push({
            path: `${at}/privileged`,
            at: "key",
            message: `\`privileged\` in ${name} needs \`over\`: the attributes whose privileged groups it names`
          });
        } else {
          for (const key of Object.keys(rule.privileged)) {
            if (!rule.over.includes(key))
              issues.push({
                ...unlisted(childPointer(`${at}/privileged`, key), `${name}.privileged`, key, `${name}.over`, rule.over),
                at: "key"
              });
          }
        }
        if (rule.relative_to === "overall") {
          issues.push({
            path: `${at}/relative_to`,
            at: "value",
            message: `${name} sets both \`privileged\` and \`relative_to: overall\`; a disparity is relative to one of them`
          });
        }
      }
      if (rule.agg && disparity.base !== "equalized_odds") {
        issues.push({
          path: `${at}/agg`,
          at: "key",
          message: `\`agg\` in ${name} applies only to equalized_odds_difference and equalized_odds_ratio`
        });
      }
    } else {
      for (const key of ["relative_to", "agg", "privileged"]) {
        if (rule[key] !== void 0) {
          issues.push({
            path: `${at}/${key}`,
            at: "key",
            message: `\`${key}\` in ${name} applies only to disparity metrics, and \`${rule.metric}\` is not one`,
            hint: `for a disparity use \`${rule.metric}_difference\` or \`${rule.metric}_ratio\``
          });
        }
      }
    }
    if (isMetricFor(rule.metric, task)) issues.push(...boundRangeIssues(rule, at, name));
  });
  issues.push(...commonRuleIssues("evaluate", config.evaluate.gates));
  return issues;
}
var showRange = (range2) => `[${range2.min === -Infinity ? "-\u221E" : range2.min}, ${range2.max === Infinity ? "\u221E" : range2.max}]`;
function boundRangeIssues(rule, at, name) {
  const relativeTo = rule.privileged !== void 0 || rule.metric === "disparate_impact" ? "privileged" : rule.relative_to ?? "between_groups";
  const range2 = valueRange(rule.metric, relativeTo);
  const qualifier = parseDisparity(rule.metric) && relativeTo !== "between_groups" ? ` (relative to ${relativeTo === "overall" ? "overall" : "a privileged group"})` : "";
  const issues = [];
  for (const key of ["min", "max"]) {
    const bound = rule[key];
    if (bound === void 0 || bound >= range2.min && bound <= range2.max) continue;
    issues.push({
      path: `${at}/${key}`,
      at: "value",
      message: `\`${key}: ${bound}\` in ${name} is outside the range of \`${rule.metric}\`${qualifier}, ${showRange(range2)}: ${key === "min" === bound < range2.min ? "every model" : "no model"} would pass it`,
      hint: `bound ${rule.metric} with a value in ${showRange(range2)}${range2.max === 1 && bound > 1 && bound <= 100 ? " (a rate is a fraction, not a percentage: 0.15, not 15)" : ""}`
    });
  }
  const width = range2.max - range2.min;
  if (rule.max_drop !== void 0 && Number.isFinite(width) && rule.max_drop > width) {
    issues.push({
      path: `${at}/max_drop`,
      at: "value",
      message: `\`max_drop: ${rule.max_drop}\` in ${name} is more than \`${rule.metric}\` can move within its range ${showRange(range2)}: every model would pass it`,
      hint: `a drop of ${rule.metric} is at most ${width}; bound it with a value in [0, ${width}]${width === 1 && rule.max_drop <= 100 ? " (0.05, not 5)" : ""}`
    });
  }
  return issues;
}
function completeEvaluate(config) {
  const { data } = config;
  for (const rule of config.evaluate.gates) {
    if (!rule.over && parseDisparity(rule.metric)) rule.over = [...data.groups];
    if (rule.where) rule.where = stringValues(rule.where);
    if (rule.privileged) rule.privileged = stringValues(rule.privileged);
  }
}
function stringValues(record) {
  return dataRecordFrom(Object.entries(record).map(([key, value]) => [key, String(value)]));
}

// shared/config/shadow-compare.ts
var SHADOW_COMPARE_METRICS = [
  "agreement",
  "flip_rate",
  "cohen_kappa",
  "mcnemar",
  "score_delta",
  "wilcoxon",
  "ks",
  "psi",
  "brier_delta",
  "ece_delta",
  "abs_error_delta",
  "squared_error_delta",
  "latency_p50_delta",
  "latency_p95_delta",
  "latency_p99_delta",
  "error_rate_delta",
  "join_rate"
];
function completeShadowCompare(config) {
  const section = config.shadow_compare;
  const data = config.data;
  if (!data) return;
  section.id ??= data.id;
  if (section.score === void 0 && typeof data.score === "string") section.score = data.score;
  section.prediction ??= data.prediction;
  section.label ??= data.label;
  section.segments ??= [...data.groups, ...data.slices];
}
function shadowCompareIssues(section) {
  const issues = [];
  if (section.id === void 0) {
    issues.push({
      path: "/shadow_compare/id",
      at: "parent",
      message: "shadow_compare needs the request id column both logs are joined by: set `shadow_compare.id` or `data.id`"
    });
  }
  issues.push(...replayIssues(section));
  if (section.replay === void 0 && section.score === void 0 && section.prediction === void 0) {
    issues.push({
      path: "/shadow_compare/score",
      at: "parent",
      message: "shadow_compare needs a `score` or a `prediction` column to compare (under `shadow_compare:` or `data:`)"
    });
  }
  if (section.labels !== void 0 && section.label === void 0) {
    issues.push({
      path: "/shadow_compare/labels",
      at: "value",
      message: "`shadow_compare.labels` is set, but no label column is: set `shadow_compare.label` or `data.label`"
    });
  }
  const segments = section.segments ?? [];
  section.redact.forEach((column, i) => {
    if (segments.includes(column))
      issues.push({
        path: `/shadow_compare/redact/${i}`,
        at: "value",
        message: `\`${column}\` is both redacted and a segment of shadow_compare, whose values the report shows`,
        hint: "remove it from `segments` (or from `data.groups` / `data.slices`)"
      });
  });
  const usesLabels = (metric) => metric === "mcnemar";
  section.gates.forEach((rule, index) => {
    const at = `/shadow_compare/gates/${index}`;
    rule.over?.forEach((column, j) => {
      if (!segments.includes(column))
        issues.push(unlisted(`${at}/over/${j}`, `shadow_compare.gates[${index}].over`, column, "shadow_compare.segments", segments));
    });
    for (const key of Object.keys(rule.where ?? {})) {
      if (!segments.includes(key))
        issues.push({
          ...unlisted(`${at}/where`, `shadow_compare.gates[${index}].where`, key, "shadow_compare.segments", segments),
          at: "key"
        });
    }
    if (usesLabels(rule.metric) && section.label === void 0) {
      issues.push({
        path: `${at}/metric`,
        at: "value",
        message: `\`mcnemar\` in shadow_compare.gates[${index}] compares correctness, which needs labels: set \`shadow_compare.labels\` and a label column`
      });
    }
  });
  issues.push(...gateRuleIssues("shadow_compare", section.gates, SHADOW_COMPARE_METRICS));
  return issues;
}
function replayIssues(section) {
  const issues = [];
  if (section.replay === void 0) {
    for (const key of ["production_model", "shadow_model"])
      if (section[key] !== void 0)
        issues.push({
          path: `/shadow_compare/${key}`,
          at: "key",
          message: `\`shadow_compare.${key}\` is for replay mode, and no \`replay\` file of recorded requests is set`,
          hint: "set shadow_compare.replay (or pass --replay), or drop the model"
        });
    return issues;
  }
  for (const key of ["production_model", "shadow_model"])
    if (section[key] === void 0)
      issues.push({
        path: `/shadow_compare/${key}`,
        at: "parent",
        message: `replay mode needs \`shadow_compare.${key}\`: the model the recorded requests are sent to`,
        hint: `set it in the config, or pass --${key.replace("_", "-")}`
      });
  for (const key of ["production", "shadow"])
    if (section[key] !== void 0)
      issues.push({
        path: `/shadow_compare/${key}`,
        at: "key",
        message: `\`shadow_compare.${key}\` is a log to compare, and \`replay\` asks the models instead: give one or the other`
      });
  return issues;
}

// shared/config/semantics.ts
var DEFAULTED_SECTIONS = {
  evaluate: [],
  train: [],
  shadow_compare: ["shadow_compare"],
  drift: ["drift"],
  canary: ["canary"]
};
function semanticIssues(config, gate = "evaluate") {
  const issues = [];
  if (gate === "evaluate" || gate === "train") {
    const required = requiredDataIssues(gate, config.data);
    if (required.length > 0) return required;
  }
  if (config.data) issues.push(...dataIssues(config.data));
  if (gate === "evaluate" || gate === "train") issues.push(...evaluateIssues(config));
  if (gate === "shadow_compare") issues.push(...shadowCompareIssues(config.shadow_compare));
  if (gate === "drift") issues.push(...driftIssues(config.drift));
  if (gate === "canary") issues.push(...canaryIssues(config.canary));
  return issues;
}
function completeBeforeChecks(config, gate) {
  if (gate === "shadow_compare") completeShadowCompare(config);
}
function completeConfig(config, gate = "evaluate") {
  if (config.data) completeData(config.data);
  if (gate === "evaluate" || gate === "train") {
    completeEvaluate(config);
    return;
  }
  for (const rule of config[gate]?.gates ?? []) if (rule.where) rule.where = stringValues(rule.where);
  if (config.drift) config.drift.tests = dataRecordFrom(Object.entries(config.drift.tests));
  if (config.canary?.metrics?.queries) config.canary.metrics.queries = dataRecordFrom(Object.entries(config.canary.metrics.queries));
}

// shared/config/validate.generated.js
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schema/v1/modelgate.schema.json", "title": "modelgate configuration (.modelgate.yml)", "description": "One file describes every modelgate gate of a repository: which data to read, how its columns map to roles, and the rules a model must pass. The GitHub actions, the GitLab templates and the `modelgate` CLI read the same file; action inputs and CLI flags override its keys.", "type": "object", "required": ["version"], "additionalProperties": false, "properties": { "$schema": { "description": "The JSON Schema this file follows, for editors. Ignored by modelgate.", "type": "string", "examples": ["https://modelgate.dev/schema/v1/modelgate.schema.json"] }, "version": { "description": "Version of the config format. Only `1` exists.", "const": 1, "examples": [1] }, "data": { "$ref": "#/$defs/data", "description": "The data a gate reads and which column plays which role. `evaluate` and `train` need it, with `label`; `shadow_compare` reads its column bindings as defaults; `drift` and `canary` do not use it." }, "evaluate": { "$ref": "#/$defs/evaluate", "description": "The evaluate gate: rules on metrics, fairness and the baseline.", "default": {} }, "train": { "$ref": "#/$defs/train", "description": "The train gate: sample the dataset deterministically, train the model on the sample (built-in TensorFlow.js model or your own command), and hold its held-out predictions to the `evaluate` rules." }, "shadow_compare": { "$ref": "#/$defs/shadow_compare", "description": "The shadow-compare gate: how the shadow model's answers differ from production's on the same requests." }, "canary": { "$ref": "#/$defs/canary", "description": "The canary gate: shift traffic to the new model in steps, and hold each step's live metrics to the rules." }, "drift": { "$ref": "#/$defs/drift", "description": "The drift gate: compare the current data's feature distributions with a reference's." } }, "$defs": { "paths": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "column": { "type": "string", "minLength": 1 }, "columns": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "data": { "type": "object", "additionalProperties": false, "properties": { "predictions": { "$ref": "#/$defs/paths", "description": "File(s) with the candidate model's predictions: a path, a glob, or a list of them, read as one dataset. The action input / `--predictions` flag overrides it.", "examples": ["eval/predictions.csv", ["shards/part-*.parquet"]] }, "baseline": { "$ref": "#/$defs/paths", "description": "File(s) with the baseline model's predictions on the same examples, for `max_drop` and `max_relative_drop` rules. The action input / `--baseline` flag overrides it.", "examples": ["eval/baseline.csv"] }, "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with labelled rows and the model's features, scored through `evaluate.model` when no predictions are given; the scores are written to `predictions.csv` in the output directory (with the id, label, weight, group and slice columns) and gated as predictions are. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/test.csv"] }, "format": { "description": "File format. By default it is chosen by extension (`.csv`, `.jsonl`, `.parquet`, each optionally `.gz`).", "enum": ["csv", "jsonl", "parquet"] }, "delimiter": { "description": "CSV field delimiter, one character. When absent, `,`.", "type": "string", "minLength": 1, "maxLength": 1, "examples": [",", ";", "	"] }, "task": { "description": "What the model predicts: `binary` (one positive-class score), `multiclass` (one score per class) or `regression` (a number).", "enum": ["binary", "multiclass", "regression"], "default": "binary" }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label (binary, multiclass) or the true value (regression). `evaluate` and `train` need it.", "examples": ["label"] }, "score": { "$ref": "#/$defs/paths", "description": "Score column(s). Binary: the positive-class probability. Multiclass: one column per class in `classes` order, or one column holding a JSON array. Regression: the predicted value.", "examples": ["score", ["p_cat", "p_dog", "p_bird"]] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with the hard prediction. Binary: when absent, `score >= threshold` is the prediction.", "examples": ["predicted"] }, "threshold": { "description": "Binary: a score at or above this is a positive prediction.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5 }, "positive_label": { "description": "Binary: the label value that counts as positive. When absent: `1` (also `true`, `yes`).", "type": ["string", "number", "boolean"], "minLength": 1, "examples": ["fraud", 1] }, "classes": { "description": "Class labels: multiclass, in score-column order (required); binary, the two label values `[negative, positive]` when they are not 0/1.", "type": "array", "minItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"], "minLength": 1 }, "examples": [["cat", "dog", "bird"]] }, "id": { "$ref": "#/$defs/column", "description": "Column with a stable example id. It seeds the bootstrap so that shards give the same result as one pass, and joins predictions to the baseline.", "examples": ["request_id"] }, "groups": { "$ref": "#/$defs/columns", "description": "Sensitive attributes: columns whose groups are compared by fairness rules and reported separately.", "default": [], "examples": [["sex", "race"]] }, "missing_group": { "description": "A group value for rows whose group column is empty or null, so that they form a group of their own instead of being bad rows (a value already in the column merges with them). When absent, such a row is a bad row (`missing_value`).", "type": "string", "minLength": 1, "maxLength": 1e3, "examples": ["unknown"] }, "slices": { "$ref": "#/$defs/columns", "description": "Other columns to break metrics down by (not sensitive attributes).", "default": [], "examples": [["country", "device"]] }, "weight": { "$ref": "#/$defs/column", "description": "Column with an example weight: 0, or a number from 1e-12 to 1e6 (a row outside that range is a bad row). Metrics do not depend on the weights' scale, so rescale larger or smaller ones.", "examples": ["weight"] }, "max_bad_rows": { "description": "How many malformed rows may be skipped (and counted in the report) before the gate errors.", "type": "integer", "minimum": 0, "default": 0 }, "max_line_bytes": { "description": "Longest line (or CSV record, across the lines of quoted fields) in bytes; a longer one is an error naming its line. Guards the runner's memory against one huge line.", "type": "integer", "minimum": 1024, "default": 16777216 }, "max_field_bytes": { "description": "Longest field (CSV), value (JSONL) or text value (Parquet) in bytes; a longer one is an error naming its line and column.", "type": "integer", "minimum": 64, "default": 1048576 }, "max_group_values": { "description": "Most distinct values one `groups` or `slices` column may take; each is a population with its own metrics (about 20 KB of memory, more with bootstrap). Past it the gate errors: bucket the column into fewer values.", "type": "integer", "minimum": 1, "default": 500 }, "allow_outside_workspace": { "description": "Read data files outside the workspace (GITHUB_WORKSPACE, CI_PROJECT_DIR, else the working directory), symlinks resolved. Off: a path leaving the checkout is an error, so a pull request cannot point the gate at the runner's own files. Files under /proc, /sys and /dev are refused either way.", "type": "boolean", "default": false } } }, "evaluate": { "type": "object", "additionalProperties": false, "properties": { "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the metrics of `data.task` and their disparities. Each yields one check; the verdict is the worst check after severities.", "default": [] }, "min_group_size": { "description": "Groups with fewer examples make a check inconclusive; they are reported, never silently dropped.", "type": "integer", "minimum": 1, "default": 30 }, "inconclusive": { "description": "What an inconclusive check (too little data to decide) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "intersect": { "description": "Also compute metrics for every intersection of the `data.groups` attributes (such as sex x race).", "type": "boolean", "default": false }, "bootstrap": { "description": "Poisson bootstrap confidence intervals for the gated metrics.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "replicates": { "description": "Number of bootstrap replicates; 0 turns confidence intervals off.", "type": "integer", "minimum": 0, "maximum": 1e4, "default": 0, "examples": [1e3] }, "level": { "description": "Confidence level of the intervals.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "seed": { "description": "Seed of the replicate weights; the same seed and data give the same intervals.", "type": "integer", "default": 0 } } }, "calibration_bins": { "description": "Number of equal-width bins for the calibration error (`ece`) and the reliability diagram.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "beta": { "description": "The beta of the `fbeta` metric (recall is beta times as important as precision).", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "model": { "$ref": "#/$defs/scoring_model", "description": "A model to score `data.dataset` through, when no predictions are given: where it is and how to ask it. The `--model` flag / `model` action input overrides `spec`." }, "behavioral": { "description": "Behavioral tests of the model (`evaluate.model`): named suites of cases, each a check held to its `max_fail_rate` like every rule. `MFT` (minimum functionality): fixed inputs whose `data.label` column is the expected label, or whose score must lie in `score_range`. `INV` (invariance): a perturbation must not move the score by more than `tolerance`. `DIR` (directional): a perturbation must move the score in the `expect`ed direction (by no more than `tolerance` the other way).", "type": "array", "default": [], "items": { "$ref": "#/$defs/behavioral_test" }, "examples": [[{ "name": "race-swap-invariance", "type": "INV", "perturb": { "swap": "race" }, "tolerance": 0.05 }]] }, "behavioral_baseline": { "$ref": "#/$defs/scoring_model", "description": "A baseline model for the behavioral tests (the model in production, say), asked the same way as `evaluate.model`. Every test then runs its cases, with the same seeded perturbations, through both models, and a case that fails on the candidate and passes on the baseline is a new failure, held to the test's `max_new_failures` (default 0). Cases the baseline fails too do not fail the gate unless the test also sets `max_fail_rate`. The `--baseline-model` flag / `baseline-model` action input overrides `spec`.", "examples": [{ "spec": "oip+http://127.0.0.1:8080/credit@1" }] } } }, "behavioral_test": { "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", "description": "The test's name, which its check is named after.", "examples": ["race-swap-invariance"] }, "type": { "enum": ["MFT", "INV", "DIR"], "description": "`MFT`: each case's expected label (the `data.label` column) must be predicted, or its score lie in `score_range`. `INV`: the perturbed case's score stays within `tolerance` of the case's. `DIR`: the perturbed case's score moves the `expect`ed way." }, "cases": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "description": "The cases: a CSV or JSON Lines file, or rows written inline (column -> value). When absent: the first `max_cases` rows of `data.dataset`.", "examples": ["tests/behavioral/mft.csv", [{ "income": 9, "debt": 0, "age": 40, "label": 1 }]] }, "max_cases": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3, "description": "Most cases the test runs; a case file with more rows is an error, the dataset gives its first rows." }, "perturb": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "`INV` and `DIR`: how each case is changed. Each column must be one the model reads.", "properties": { "set": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Set columns to values.", "examples": [{ "region": "north" }] }, "swap": { "type": "string", "minLength": 1, "description": "A column whose two values trade places in every case (a counterfactual: the same applicant of the other group). Cases with neither value are left out.", "examples": ["race"] }, "swap_values": { "type": "array", "minItems": 2, "maxItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"] }, "description": "The two values `swap` trades. When absent: the column's values in the cases, which must be exactly two.", "examples": [["A", "B"]] }, "noise": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number", "minimum": 0 }, "description": "Add uniform noise in [-a, a] to numeric columns, drawn from `seed`.", "examples": [{ "age": 1 }] }, "scale": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Multiply numeric columns by factors.", "examples": [{ "income": 1.5 }] }, "add": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Add amounts to numeric columns.", "examples": [{ "income": 1 }] } } }, "expect": { "enum": ["increase", "decrease"], "description": "`DIR`: the direction the perturbation must move the score." }, "tolerance": { "type": "number", "minimum": 0, "default": 0, "description": "`INV`: the largest score change that passes. `DIR`: the largest move against `expect` that passes." }, "score_range": { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "number" }, "description": "`MFT`: each case's score (a regression model's predicted value) must lie in [low, high], inclusive, instead of predicting the case's label; the cases then need no label column.", "examples": [[0, 0.2]] }, "max_fail_rate": { "type": "number", "minimum": 0, "maximum": 1, "description": "The share of cases that may fail before the check fails. When absent: 0, or, with `evaluate.behavioral_baseline`, no limit (the test is held to `max_new_failures` instead)." }, "max_new_failures": { "type": "integer", "minimum": 0, "description": "With `evaluate.behavioral_baseline`: how many cases may fail on the candidate that pass on the baseline model (default 0: no new failures)." }, "seed": { "type": "integer", "default": 0, "description": "Seed of `noise`: the same seed and cases give the same perturbations." }, "severity": { "enum": ["fail", "warn"], "default": "fail", "description": "What a failed test does to the verdict: `fail` fails the gate, `warn` reports it and passes." } } }, "model_json": { "type": "object", "additionalProperties": false, "required": ["output"], "properties": { "template": { "type": ["object", "array", "string"], "description": 'The request body: any JSON value in which the string `"$rows"` (exactly once) stands for the batch\'s rows. By default the rows themselves.', "default": "$rows", "examples": [{ "data": { "rows": "$rows" }, "options": { "explain": false } }] }, "rows": { "enum": ["objects", "arrays"], "default": "objects", "description": "Each row as an object of the features by name (`objects`), or as a list of them in `features` order (`arrays`)." }, "output": { "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "description": 'RFC 6901 JSON pointer to the list of scores in the answer, one per row (a number, a one-element list, or two class probabilities); `""` is the answer itself. Only the answer\'s own keys are followed.', "examples": ["/outputs/0/data", "/predictions"] } } }, "model_headers": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named." }, "model_env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed." }, "replay_model": { "type": ["string", "object"], "minLength": 1, "required": ["spec"], "additionalProperties": false, "properties": { "spec": { "type": "string", "minLength": 1, "description": "Where the model is, in the forms of `evaluate.model.spec`. The side's `--production-model` / `--shadow-model` flag overrides it and keeps the other keys.", "examples": ["json+http://127.0.0.1:8080/score"] }, "features": { "$ref": "#/$defs/columns", "description": "The request columns sent to this model, in order. When absent: `shadow_compare.features`, else the inputs the model declares (a command, KServe V1 or json+http model needs them named)." }, "json": { "$ref": "#/$defs/model_json", "description": "A `json+http(s)://` model: how a batch is sent and where its scores are in the answer, as in `evaluate.model.json`." }, "headers": { "$ref": "#/$defs/model_headers", "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named. As in `evaluate.model.headers`; none by default.", "examples": [{ "Authorization": "SHADOW_MODEL_AUTHORIZATION" }] }, "env": { "$ref": "#/$defs/model_env", "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed. None by default." } } }, "scoring_model": { "type": "object", "required": ["spec"], "additionalProperties": false, "properties": { "spec": { "type": "string", "minLength": 1, "description": "Where the model is: `oip+http(s)://HOST:PORT/NAME[@VERSION]` or `http(s)://HOST:PORT/v2/models/NAME` (Open Inference Protocol v2: KServe, Triton, MLServer), `tfserving+http(s)://HOST:PORT/NAME[@VERSION]` (TensorFlow Serving REST), `kserve+http(s)://HOST:PORT/NAME` (KServe V1 `:predict`; needs `features`), `json+http(s)://HOST:PORT/PATH` (a JSON API of its own, described by `json`), `command:PROGRAM ARG...` (a program speaking JSON Lines on stdin and stdout, run without a shell) or `tfjs:DIR` (a TensorFlow.js model directory, such as the train gate's). Credentials in a URL become a Basic Authorization header and never reach a log or report.", "examples": ["oip+http://127.0.0.1:8080/credit@2", "tfjs:model", "command:python3 score.py"] }, "features": { "$ref": "#/$defs/columns", "description": "The dataset columns sent to the model, in order. When absent: the input names the model declares (OIP and TF Serving metadata, the TF.js model's preprocessing).", "examples": [["income", "debt_ratio", "age"]] }, "json": { "$ref": "#/$defs/model_json", "description": "A `json+http(s)://` model (a JSON API of its own): how a batch is sent and where its scores are in the answer. Needs `features`." }, "batch_size": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 64, "description": "Rows per request." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 256, "default": 4, "description": "Requests in flight at once (a command model answers one at a time)." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 30, "description": "Longest time one request (one batch, for a command) may take, retries excluded; past it the gate errors naming the request's rows." }, "retries": { "type": "integer", "minimum": 0, "maximum": 10, "default": 2, "description": "Retries of a request that failed for a transient reason (a 5xx answer, no answer). A scoring request whose kept-alive connection closed before any answer is first sent once more at once, beyond these." }, "headers": { "$ref": "#/$defs/model_headers", "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named.", "default": {}, "examples": [{ "Authorization": "MODEL_AUTHORIZATION" }] }, "env": { "$ref": "#/$defs/model_env", "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed.", "default": [], "examples": [["HF_HOME"]] } } }, "gates": { "description": "A gate's rules; every gate's rules have the same keys. Each yields one check; the verdict is the worst check after severities.", "type": "array", "items": { "$ref": "#/$defs/rule" } }, "duration": { "description": "A duration: a whole number of seconds (`s`), minutes (`m`) or hours (`h`).", "type": "string", "pattern": "^[1-9][0-9]{0,5}(s|m|h)$", "examples": ["30s", "10m", "1h"] }, "rule": { "description": "A rule: a metric, the bound it is held to, and how to read it. Set at least one of `min`, `max`, `max_drop`, `max_relative_drop`.", "type": "object", "required": ["metric"], "additionalProperties": false, "anyOf": [{ "required": ["min"] }, { "required": ["max"] }, { "required": ["max_drop"] }, { "required": ["max_relative_drop"] }], "properties": { "metric": { "description": "The metric to check; each gate has its own names. evaluate and train, by `data.task`. Binary: accuracy balanced_accuracy precision recall tpr specificity tnr fpr fnr f1 fbeta mcc selection_rate roc_auc average_precision log_loss brier ece. Multiclass: accuracy macro_precision macro_recall macro_f1 weighted_precision weighted_recall weighted_f1 micro_precision micro_recall micro_f1 log_loss roc_auc_ovr. Regression: mae mse rmse r2 mape. Disparities between the groups of `over`: demographic_parity_difference demographic_parity_ratio equalized_odds_difference equalized_odds_ratio equal_opportunity_difference equal_opportunity_ratio disparate_impact, and `<metric>_difference` / `<metric>_ratio` for any metric above. shadow_compare: agreement flip_rate cohen_kappa mcnemar wilcoxon score_delta ks psi brier_delta ece_delta abs_error_delta squared_error_delta latency_p50_delta latency_p95_delta latency_p99_delta error_rate_delta join_rate. drift: drifted_share, and ks psi wasserstein chi_square js (the largest over the features, or one feature's with `where: {feature: name}`). canary: a name from `canary.metrics.queries`.", "type": "string", "minLength": 1, "examples": ["roc_auc", "f1", "demographic_parity_ratio", "equalized_odds_difference", "recall_ratio"] }, "id": { "description": "A stable id for the check in reports and annotations. When absent, one is derived from the metric and its scope.", "type": "string", "minLength": 1, "examples": ["auc-floor"] }, "min": { "description": "The value must be at least this.", "type": "number", "examples": [0.8] }, "max": { "description": "The value must be at most this.", "type": "number", "examples": [0.1] }, "max_drop": { "description": "The value may be at most this much worse than the baseline's (absolute, in the metric's units). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.01] }, "max_relative_drop": { "description": "The value may be at most this fraction worse than the baseline's (0.05 = 5%). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.05] }, "on": { "description": "Which number the bound applies to: the point estimate, or the lower or upper bound of its confidence interval.", "enum": ["point", "lower_bound", "upper_bound"], "default": "point" }, "over": { "description": "Sensitive attributes, from `data.groups`. For a disparity: the attributes it is computed over (default: all of `data.groups`). For a plain metric: check it in every group of these attributes. shadow_compare: columns from its `segments`.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "examples": [["sex", "race"]] }, "intersect": { "description": "Treat the intersection of the `over` attributes (such as sex x race) as one attribute. When absent: `evaluate.intersect`.", "type": "boolean" }, "where": { "description": "Restrict the rule to one population: a group of a `data.groups` attribute or a value of a `data.slices` column, such as `{sex: F}`.", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "F" }] }, "relative_to": { "description": "Disparities: compare groups with each other (`between_groups`: max - min, min / max) or each group with the whole population (`overall`). When absent: `between_groups`.", "enum": ["between_groups", "overall"] }, "agg": { "description": "Equalized odds: combine the TPR and FPR disparities by the worse of the two (`worst_case`) or their mean. When absent: `worst_case`.", "enum": ["worst_case", "mean"] }, "privileged": { "description": "Disparities: the privileged group's value for each `over` attribute; each other group is compared with it (AIF360's disparate impact).", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "M" }] }, "severity": { "description": "What a failed check does to the verdict: `fail` fails the gate, `warn` reports it and passes.", "enum": ["fail", "warn"], "default": "fail" } } }, "train": { "type": "object", "additionalProperties": false, "properties": { "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with the training data (features and the `data.label` column): a path, a glob, or a list of them, read as one dataset. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/train.csv"] }, "sample": { "$ref": "#/$defs/sample", "description": "How the rows to train on are drawn from the dataset, in one pass.", "default": {} }, "holdout": { "$ref": "#/$defs/holdout", "description": "The held-out rows the trained model is evaluated on: a seeded fraction of the sample (stratified like the sample), or a separate file.", "default": {} }, "model": { "$ref": "#/$defs/model", "description": "The built-in TensorFlow.js model: its type, features and training settings. Set either `model` or `command`." }, "command": { "type": "string", "minLength": 1, "description": "An external trainer, run without a shell: `{sample}`, `{holdout}`, `{predictions}`, `{model_dir}`, `{out}` and `{seed}` are replaced by paths and values, each as one whole argument. It must write one row per held-out row, in order, with a `score` column, to `{predictions}`. Set either `model` or `command`.", "examples": ["python3 train.py --data {sample} --test {holdout} --out {predictions} --model {model_dir}"] }, "env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": [], "description": "Environment variables the external trainer gets from the job, beyond PATH, HOME, LANG, LC_*, TZ, TMPDIR, PYTHONPATH, VIRTUAL_ENV and CONDA_PREFIX; no other variable (tokens included) reaches it. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be listed.", "examples": [["HF_HOME", "CUDA_VISIBLE_DEVICES"]] }, "timeout_minutes": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "Longest time the external trainer may run; past it, it is stopped and the gate errors." }, "reproducible": { "type": "boolean", "default": false, "description": "Train the built-in model twice with the same seed and compare the weight hashes; a difference fails the gate and names the first differing tensor." }, "cache": { "type": "boolean", "default": true, "description": "Cache the sample by the content hash of the dataset, the sampling settings and the config (GitHub: `@actions/cache`; elsewhere a local directory), and reuse it on a hit." }, "artifact": { "type": ["string", "boolean"], "minLength": 1, "default": "modelgate-model", "description": "Name of the artifact the model directory, manifest and report are uploaded as after a successful run (GitHub: `@actions/artifact`; elsewhere copied to a local directory); `false` uploads nothing.", "examples": ["modelgate-model", false] }, "baseline_manifest": { "type": "string", "minLength": 1, "description": "A previous run's `manifest.json` (for example from the main branch's train artifact, downloaded with the `predictions.csv` beside it). When its dataset hashes, sampling and held-out split match this run's, the held-out predictions it records (path relative to the manifest, checked against the recorded sha256) are the baseline of `max_drop` and `max_relative_drop` rules; otherwise those rules are errors that say why. Cannot be combined with `data.baseline`. The `baseline-manifest` action input overrides it.", "examples": ["main-model/manifest.json"] } } }, "sample": { "type": "object", "additionalProperties": false, "properties": { "method": { "enum": ["uniform", "stratified", "reservoir", "time"], "default": "uniform", "description": "`uniform`: every row equally likely (`fraction` or `n`). `stratified`: the same fraction of every stratum of the `by` columns, at least `min_per_stratum` rows each. `reservoir`: exactly `n` rows from any number of rows, in one pass. `time`: the rows of the last `days` days by `column` (optionally thinned by `fraction`)." }, "fraction": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of the rows (of each stratum, for `stratified`) to keep, in (0, 1]. When neither `fraction` nor `n` is set: all rows.", "examples": [0.1] }, "n": { "type": "integer", "minimum": 1, "description": "Number of rows to keep (`uniform`, `reservoir`). More than the dataset has keeps them all, with a warning.", "examples": [1e5] }, "by": { "$ref": "#/$defs/columns", "description": "`stratified`: the columns whose value combinations are the strata, such as the label and the sensitive groups. When absent: the label and `data.groups`.", "examples": [["label", "sex"]] }, "min_per_stratum": { "type": "integer", "minimum": 0, "default": 30, "description": "`stratified`: the floor, so that small groups are not sampled away: every stratum keeps at least this many rows (or all it has)." }, "column": { "$ref": "#/$defs/column", "description": "`time`: the timestamp column (ISO 8601 text or epoch milliseconds).", "examples": ["event_time"] }, "days": { "type": "number", "exclusiveMinimum": 0, "description": "`time`: keep the rows at most this many days older than the newest row.", "examples": [30] }, "seed": { "type": "integer", "default": 0, "description": "Seed of the per-row draw: the same data and seed give the same rows in the same order, however the input is split into files or chunks." }, "format": { "enum": ["csv", "jsonl"], "default": "csv", "description": "Format the sample is written in for the trainer and the artifacts." } } }, "holdout": { "type": "object", "additionalProperties": false, "properties": { "fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.2, "description": "Share of the sample held out for evaluation, drawn per stratum like the sample." }, "seed": { "type": "integer", "description": "Seed of the held-out draw. When absent: `sample.seed`." }, "file": { "$ref": "#/$defs/paths", "description": "Evaluate on this separate file instead of a share of the sample.", "examples": ["data/test.csv"] } } }, "model": { "type": "object", "required": ["features"], "additionalProperties": false, "properties": { "type": { "enum": ["logistic_regression", "mlp"], "default": "logistic_regression", "description": "`logistic_regression`: one sigmoid unit on the features. `mlp`: the hidden `layers`, then a sigmoid unit." }, "features": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Columns the model reads. A column whose sample values are all numbers is standardised; any other is one-hot encoded with an unknown bucket. Statistics come from the training rows only and are saved with the model.", "examples": [["income", "debt_ratio", "region"]] }, "categorical": { "$ref": "#/$defs/columns", "description": "Feature columns to one-hot encode even when their values look like numbers (codes, zip codes).", "examples": [["branch_code"]] }, "max_categories": { "type": "integer", "minimum": 1, "default": 50, "description": "Most distinct values one-hot encoded per categorical column; rarer values share the unknown bucket." }, "impute": { "enum": ["error", "mean", "zero"], "default": "error", "description": "A missing or non-numeric value in a numeric feature: `error` stops the gate naming the row, `mean` uses the training mean, `zero` uses 0." }, "layers": { "type": "array", "items": { "$ref": "#/$defs/layer" }, "default": [], "description": "`mlp`: the hidden layers, in order.", "examples": [[{ "units": 16, "activation": "relu" }]] }, "optimizer": { "enum": ["sgd", "adam", "rmsprop", "adagrad"], "default": "adam", "description": "Optimizer of the training loss (binary cross-entropy)." }, "learning_rate": { "type": "number", "exclusiveMinimum": 0, "default": 0.05, "description": "Learning rate of the optimizer." }, "epochs": { "type": "integer", "minimum": 1, "maximum": 1e4, "default": 10, "description": "Passes over the training rows." }, "batch_size": { "type": "integer", "minimum": 1, "default": 64, "description": "Rows per gradient step." }, "l2": { "type": "number", "minimum": 0, "default": 0, "description": "L2 penalty on the weights." }, "early_stopping": { "type": "object", "additionalProperties": false, "description": "Stop when the validation loss has not improved for `patience` epochs; the validation rows are a seeded share of the training rows.", "properties": { "patience": { "type": "integer", "minimum": 1, "default": 3, "description": "Epochs without improvement before training stops." }, "min_delta": { "type": "number", "minimum": 0, "default": 0, "description": "Smallest decrease of the validation loss that counts as an improvement." }, "validation_fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.1, "description": "Share of the training rows used for the validation loss." } } } } }, "layer": { "type": "object", "required": ["units"], "additionalProperties": false, "description": "One hidden layer.", "properties": { "units": { "type": "integer", "minimum": 1, "maximum": 4096, "description": "Number of units of the layer.", "examples": [16] }, "activation": { "enum": ["relu", "tanh", "sigmoid", "elu", "selu", "linear"], "default": "relu", "description": "Activation function of the layer." } } }, "shadow_compare": { "type": "object", "additionalProperties": false, "properties": { "production": { "$ref": "#/$defs/paths", "description": "Production's prediction log(s): CSV, JSONL or Parquet (optionally gzip), globs, or Seldon / KServe CloudEvents as JSON Lines. The `--production` flag overrides it.", "examples": ["logs/production-*.jsonl.gz"] }, "shadow": { "$ref": "#/$defs/paths", "description": "The shadow model's prediction log(s), in the same forms as `production`. The `--shadow` flag overrides it.", "examples": ["logs/shadow-*.jsonl.gz"] }, "labels": { "$ref": "#/$defs/paths", "description": "Optional delayed ground truth, joined to both logs by `id`. The `--labels` flag overrides it.", "examples": ["labels/2026-12-*.csv"] }, "replay": { "$ref": "#/$defs/paths", "description": "Replay mode, instead of `production` and `shadow` logs: recorded requests (an `id` column and the feature columns, in any reader format) sent to both `production_model` and `shadow_model`, whose answers are compared as the logs would be. Streamed in blocks, never held whole. The `--replay` flag overrides it.", "examples": ["requests/2026-12-01.jsonl.gz"] }, "production_model": { "$ref": "#/$defs/replay_model", "description": "Replay mode: the production model, as `evaluate --model` takes it (`oip+http://host:port/NAME@VERSION`, `tfserving+http://\u2026`, `kserve+http://\u2026`, `json+http://\u2026`, `command:PROGRAM ARGS`, `tfjs:DIR`), or a mapping of its `spec` and how to ask it, as `evaluate.model` is (`features`, `json`, `headers`, `env`). The `--production-model` flag overrides the spec.", "examples": ["oip+http://127.0.0.1:8080/credit@1"] }, "shadow_model": { "$ref": "#/$defs/replay_model", "description": "Replay mode: the shadow model, in the same forms as `production_model`. The `--shadow-model` flag overrides the spec.", "examples": ["oip+http://127.0.0.1:8081/credit@2"] }, "features": { "$ref": "#/$defs/columns", "description": "Replay mode: the feature columns sent to each model, in order. When absent: the inputs each model's metadata declares (a command model needs them).", "examples": [["income", "debt", "age"]] }, "batch_size": { "description": "Replay mode: recorded requests per model request; 1 replays each as it was made. A batched request's latency is spread evenly over its rows.", "type": "integer", "minimum": 1, "maximum": 1e4, "default": 1 }, "concurrency": { "description": "Replay mode: requests in flight at once to each model (a command or TF.js model takes one at a time).", "type": "integer", "minimum": 1, "maximum": 256, "default": 8 }, "max_requests": { "description": "Replay mode: the request budget, the most requests sent to each model. The replay stops there and the report says so; when absent, the whole file is replayed.", "type": "integer", "minimum": 1, "examples": [1e4] }, "timeout_ms": { "description": "Replay mode: bound on one request in milliseconds; a request that takes longer counts as failed.", "type": "integer", "minimum": 1, "default": 3e4 }, "retries": { "description": "Replay mode: retries of a request that failed for a transient reason (5xx, no answer) before it counts as failed. A request whose kept-alive connection closed before any answer is first sent once more at once, beyond these.", "type": "integer", "minimum": 0, "maximum": 10, "default": 2 }, "id": { "$ref": "#/$defs/column", "description": "Column with the request id both logs are joined by. When absent: `data.id`; one of them is required.", "examples": ["request_id"] }, "score": { "$ref": "#/$defs/column", "description": "Column with each side's score. When absent: `data.score`.", "examples": ["score"] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with each side's hard prediction. When absent: `data.prediction`.", "examples": ["predicted"] }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label in `labels`. When absent: `data.label`.", "examples": ["label"] }, "latency": { "$ref": "#/$defs/column", "description": "Column with each request's latency in milliseconds.", "examples": ["latency_ms"] }, "error": { "$ref": "#/$defs/column", "description": "Column that is true (`1`, `true`, `yes`) when the request failed on that side, for `error_rate_delta`. When absent: no request counts as failed.", "examples": ["error"] }, "segments": { "$ref": "#/$defs/columns", "description": "Columns whose values split the requests into segments, compared one by one (flips by segment, the worst named). When absent: `data.groups` and `data.slices`.", "examples": [["country", "device"]] }, "min_join_rate": { "description": "Least share of requests found in both logs; below it the gate errors, since the comparison would rest on a biased subset.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.95 }, "max_error_rate": { "description": "Replay mode: most share of requests an endpoint may fail (HTTP error, timeout, unreadable answer); past it the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.01 }, "correction": { "description": "Multiple-testing correction of the p-values of many segments at once: Holm (family-wise error) or Benjamini-Hochberg (`bh`, false discovery rate).", "enum": ["holm", "bh"], "default": "holm" }, "psi_bins": { "description": "Number of bins of the score distributions for `psi`, cut at production's score quantiles; an empty bin counts as a share of 1e-4.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "level": { "description": "Confidence level of every interval (agreement, flip rate, score and latency deltas).", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "bootstrap": { "description": "Paired Poisson bootstrap of the latency quantile deltas (`latency_p50_delta`, `latency_p95_delta`, `latency_p99_delta`): a request's production and shadow latencies share its weight in every replicate, and the interval is the percentile interval at `level`.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "replicates": { "description": "Number of bootstrap replicates; 0 leaves the latency deltas without an interval.", "type": "integer", "minimum": 0, "maximum": 1e4, "default": 1e3 }, "seed": { "description": "Seed of the replicate weights; the same seed and logs give the same intervals, in one job or merged from shards.", "type": "integer", "default": 0 } } }, "inconclusive": { "description": "What an inconclusive check (too few paired requests to detect the configured effect, or nothing to measure) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "redact": { "$ref": "#/$defs/columns", "description": "Columns that never leave the runner: not in any report, log or list of top disagreements.", "default": [], "examples": [["email", "user_id"]] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the shadow-compare metrics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "agreement", "min": 0.98, "on": "lower_bound" }]] } } }, "drift": { "type": "object", "additionalProperties": false, "properties": { "reference": { "$ref": "#/$defs/paths", "description": "File(s) with the reference data (such as the training data). The `--reference` flag overrides it.", "examples": ["data/train.parquet"] }, "current": { "$ref": "#/$defs/paths", "description": "File(s) with the current data (such as last week's requests). The `--current` flag overrides it.", "examples": ["logs/requests-*.jsonl.gz"] }, "features": { "$ref": "#/$defs/columns", "description": "The columns compared. When absent: every column both datasets have.", "examples": [["income", "age", "region"]] }, "tests": { "description": "The test of a feature, by name: `ks` (two-sample Kolmogorov-Smirnov), `psi` (population stability index), `wasserstein`, `chi_square` (test of independence on the categories) or `js` (Jensen-Shannon distance). A feature not listed: `ks` when its values are numbers, else `chi_square`.", "type": "object", "additionalProperties": { "enum": ["ks", "psi", "wasserstein", "chi_square", "js"] }, "default": {}, "examples": [{ "income": "psi", "region": "chi_square" }] }, "bins": { "description": "Number of bins of a numeric feature for `psi` and `js`, by the reference's quantiles.", "type": "integer", "minimum": 2, "maximum": 1e3, "default": 10 }, "max_drifted_share": { "description": "Most share of the features that may drift (their test rejects at the 0.05 level, or exceeds its rule's bound) before the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "examples": [0.25] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on `drifted_share` and on the test statistics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "psi", "max": 0.2 }]] }, "trigger": { "description": "A pipeline to start when the gate fails, such as a retraining: a GitHub `workflow_dispatch` (`workflow`) or `repository_dispatch` (`event_type`), or a GitLab pipeline on `ref`.", "type": "object", "additionalProperties": false, "properties": { "workflow": { "type": "string", "minLength": 1, "description": "GitHub: the workflow file to dispatch.", "examples": ["retrain.yml"] }, "event_type": { "type": "string", "minLength": 1, "maxLength": 100, "description": "GitHub: the `repository_dispatch` event type to send.", "examples": ["model-drift"] }, "ref": { "type": "string", "minLength": 1, "description": "The branch or tag the pipeline runs on. When absent: the default branch.", "examples": ["main"] }, "on": { "enum": ["fail", "warn"], "default": "fail", "description": "Trigger on a failed gate only (`fail`), or on a warning too (`warn`)." } } } } }, "canary": { "type": "object", "additionalProperties": false, "properties": { "provider": { "description": "How traffic is shifted: a command run without a shell, `{weight}` replaced by the step's percentage as one whole argument.", "type": "object", "required": ["command"], "additionalProperties": false, "properties": { "command": { "type": "string", "minLength": 1, "description": "The command that sets the new model's share of traffic.", "examples": ["kubectl argo rollouts set weight my-model {weight}"] } } }, "steps": { "description": "The traffic steps, in order; the gate judges the rules after each step's bake time and stops at the first failure.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/canary_step" }, "examples": [[{ "weight": 10, "bake": "10m" }, { "weight": 50, "bake": "30m" }]] }, "metrics": { "description": "Where the live metrics come from: a Prometheus server's instant queries, or a command that prints one JSON object of numbers.", "type": "object", "required": ["source"], "additionalProperties": false, "properties": { "source": { "enum": ["prometheus", "command"], "description": "`prometheus`: each query is PromQL run against `url`. `command`: `command` is run and prints `{name: number}`." }, "url": { "type": "string", "pattern": "^https?://", "description": "`prometheus`: the server's base URL.", "examples": ["http://prometheus.monitoring:9090"] }, "command": { "type": "string", "minLength": 1, "description": "`command`: the command run without a shell; `{step}` and `{weight}` are replaced.", "examples": ["python3 metrics.py --weight {weight}"] }, "queries": { "description": "The metrics by name, which the rules name: `prometheus`, a PromQL query each; `command`, the key in its output (value ignored when empty).", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,63}$" }, "additionalProperties": { "type": "string" }, "examples": [{ "error_rate": 'sum(rate(http_requests_total{code=~"5..",version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))' }] } } }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the names of `metrics.queries`.", "default": [], "examples": [[{ "metric": "error_rate", "max": 0.01 }]] } } }, "canary_step": { "type": "object", "required": ["weight"], "additionalProperties": false, "description": "One traffic step.", "properties": { "weight": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "The new model's share of traffic, in percent.", "examples": [10] }, "bake": { "$ref": "#/$defs/duration", "description": "How long the step runs before its metrics are judged. When absent: `5m`.", "examples": ["10m"] }, "max_duration": { "$ref": "#/$defs/duration", "description": "Longest time the step may take, shifting and judging included; past it the gate errors.", "examples": ["1h"] } } } } };
var schema32 = { "type": "object", "additionalProperties": false, "properties": { "predictions": { "$ref": "#/$defs/paths", "description": "File(s) with the candidate model's predictions: a path, a glob, or a list of them, read as one dataset. The action input / `--predictions` flag overrides it.", "examples": ["eval/predictions.csv", ["shards/part-*.parquet"]] }, "baseline": { "$ref": "#/$defs/paths", "description": "File(s) with the baseline model's predictions on the same examples, for `max_drop` and `max_relative_drop` rules. The action input / `--baseline` flag overrides it.", "examples": ["eval/baseline.csv"] }, "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with labelled rows and the model's features, scored through `evaluate.model` when no predictions are given; the scores are written to `predictions.csv` in the output directory (with the id, label, weight, group and slice columns) and gated as predictions are. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/test.csv"] }, "format": { "description": "File format. By default it is chosen by extension (`.csv`, `.jsonl`, `.parquet`, each optionally `.gz`).", "enum": ["csv", "jsonl", "parquet"] }, "delimiter": { "description": "CSV field delimiter, one character. When absent, `,`.", "type": "string", "minLength": 1, "maxLength": 1, "examples": [",", ";", "	"] }, "task": { "description": "What the model predicts: `binary` (one positive-class score), `multiclass` (one score per class) or `regression` (a number).", "enum": ["binary", "multiclass", "regression"], "default": "binary" }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label (binary, multiclass) or the true value (regression). `evaluate` and `train` need it.", "examples": ["label"] }, "score": { "$ref": "#/$defs/paths", "description": "Score column(s). Binary: the positive-class probability. Multiclass: one column per class in `classes` order, or one column holding a JSON array. Regression: the predicted value.", "examples": ["score", ["p_cat", "p_dog", "p_bird"]] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with the hard prediction. Binary: when absent, `score >= threshold` is the prediction.", "examples": ["predicted"] }, "threshold": { "description": "Binary: a score at or above this is a positive prediction.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5 }, "positive_label": { "description": "Binary: the label value that counts as positive. When absent: `1` (also `true`, `yes`).", "type": ["string", "number", "boolean"], "minLength": 1, "examples": ["fraud", 1] }, "classes": { "description": "Class labels: multiclass, in score-column order (required); binary, the two label values `[negative, positive]` when they are not 0/1.", "type": "array", "minItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"], "minLength": 1 }, "examples": [["cat", "dog", "bird"]] }, "id": { "$ref": "#/$defs/column", "description": "Column with a stable example id. It seeds the bootstrap so that shards give the same result as one pass, and joins predictions to the baseline.", "examples": ["request_id"] }, "groups": { "$ref": "#/$defs/columns", "description": "Sensitive attributes: columns whose groups are compared by fairness rules and reported separately.", "default": [], "examples": [["sex", "race"]] }, "missing_group": { "description": "A group value for rows whose group column is empty or null, so that they form a group of their own instead of being bad rows (a value already in the column merges with them). When absent, such a row is a bad row (`missing_value`).", "type": "string", "minLength": 1, "maxLength": 1e3, "examples": ["unknown"] }, "slices": { "$ref": "#/$defs/columns", "description": "Other columns to break metrics down by (not sensitive attributes).", "default": [], "examples": [["country", "device"]] }, "weight": { "$ref": "#/$defs/column", "description": "Column with an example weight: 0, or a number from 1e-12 to 1e6 (a row outside that range is a bad row). Metrics do not depend on the weights' scale, so rescale larger or smaller ones.", "examples": ["weight"] }, "max_bad_rows": { "description": "How many malformed rows may be skipped (and counted in the report) before the gate errors.", "type": "integer", "minimum": 0, "default": 0 }, "max_line_bytes": { "description": "Longest line (or CSV record, across the lines of quoted fields) in bytes; a longer one is an error naming its line. Guards the runner's memory against one huge line.", "type": "integer", "minimum": 1024, "default": 16777216 }, "max_field_bytes": { "description": "Longest field (CSV), value (JSONL) or text value (Parquet) in bytes; a longer one is an error naming its line and column.", "type": "integer", "minimum": 64, "default": 1048576 }, "max_group_values": { "description": "Most distinct values one `groups` or `slices` column may take; each is a population with its own metrics (about 20 KB of memory, more with bootstrap). Past it the gate errors: bucket the column into fewer values.", "type": "integer", "minimum": 1, "default": 500 }, "allow_outside_workspace": { "description": "Read data files outside the workspace (GITHUB_WORKSPACE, CI_PROJECT_DIR, else the working directory), symlinks resolved. Off: a path leaving the checkout is an error, so a pull request cannot point the gate at the runner's own files. Files under /proc, /sys and /dev are refused either way.", "type": "boolean", "default": false } } };
var schema33 = { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
var schema36 = { "type": "string", "minLength": 1 };
var schema40 = { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = (function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
});
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.task === void 0) {
      data.task = "binary";
    }
    if (data.threshold === void 0) {
      data.threshold = 0.5;
    }
    if (data.groups === void 0) {
      data.groups = [];
    }
    if (data.slices === void 0) {
      data.slices = [];
    }
    if (data.max_bad_rows === void 0) {
      data.max_bad_rows = 0;
    }
    if (data.max_line_bytes === void 0) {
      data.max_line_bytes = 16777216;
    }
    if (data.max_field_bytes === void 0) {
      data.max_field_bytes = 1048576;
    }
    if (data.max_group_values === void 0) {
      data.max_group_values = 500;
    }
    if (data.allow_outside_workspace === void 0) {
      data.allow_outside_workspace = false;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.predictions !== void 0) {
      let data0 = data.predictions;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/predictions", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/predictions", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/predictions", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/predictions/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/predictions/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data2 = data.baseline;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err6 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataset !== void 0) {
      let data4 = data.dataset;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err11 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err13 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/dataset/" + i2, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/dataset/" + i2, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.format !== void 0) {
      let data6 = data.format;
      if (!(data6 === "csv" || data6 === "jsonl" || data6 === "parquet")) {
        const err16 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.format.enum, parentSchema: schema32.properties.format, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.delimiter !== void 0) {
      let data7 = data.delimiter;
      if (typeof data7 === "string") {
        if (func2(data7) > 1) {
          const err17 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema32.properties.delimiter, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data7) < 1) {
          const err18 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.delimiter, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.delimiter.type, parentSchema: schema32.properties.delimiter, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    let data8 = data.task;
    if (!(data8 === "binary" || data8 === "multiclass" || data8 === "regression")) {
      const err20 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema32.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.task.enum, parentSchema: schema32.properties.task, data: data8 };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.label !== void 0) {
      let data9 = data.label;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err21 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data10 = data.score;
      if (typeof data10 !== "string" && !Array.isArray(data10)) {
        const err23 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err24 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err25 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err26 = { instancePath: instancePath + "/score/" + i3, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/score/" + i3, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      }
    }
    if (data.prediction !== void 0) {
      let data12 = data.prediction;
      if (typeof data12 === "string") {
        if (func2(data12) < 1) {
          const err28 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    let data13 = data.threshold;
    if (typeof data13 == "number" && isFinite(data13)) {
      if (data13 > 1 || isNaN(data13)) {
        const err30 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.threshold, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data13 < 0 || isNaN(data13)) {
        const err31 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.threshold, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    } else {
      const err32 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.threshold.type, parentSchema: schema32.properties.threshold, data: data13 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.positive_label !== void 0) {
      let data14 = data.positive_label;
      if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14)) && typeof data14 !== "boolean") {
        const err33 = { instancePath: instancePath + "/positive_label", schemaPath: "#/properties/positive_label/type", keyword: "type", params: { type: schema32.properties.positive_label.type }, message: "must be string,number,boolean", schema: schema32.properties.positive_label.type, parentSchema: schema32.properties.positive_label, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (func2(data14) < 1) {
          const err34 = { instancePath: instancePath + "/positive_label", schemaPath: "#/properties/positive_label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.positive_label, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.classes !== void 0) {
      let data15 = data.classes;
      if (Array.isArray(data15)) {
        if (data15.length < 2) {
          const err35 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema32.properties.classes, data: data15 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len4 = data15.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data16 = data15[i4];
          if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16))) {
            const err36 = { instancePath: instancePath + "/classes/" + i4, schemaPath: "#/properties/classes/items/type", keyword: "type", params: { type: schema32.properties.classes.items.type }, message: "must be string,number", schema: schema32.properties.classes.items.type, parentSchema: schema32.properties.classes.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err37 = { instancePath: instancePath + "/classes/" + i4, schemaPath: "#/properties/classes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.classes.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        let i5 = data15.length;
        let j0;
        if (i5 > 1) {
          const indices0 = {};
          for (; i5--; ) {
            let item0 = data15[i5];
            if (typeof item0 !== "string" && !(typeof item0 == "number" && isFinite(item0))) {
              continue;
            }
            if (typeof item0 == "string") {
              item0 += "_";
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err38 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema32.properties.classes, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
              break;
            }
            indices0[item0] = i5;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.classes.type, parentSchema: schema32.properties.classes, data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data17 = data.id;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err40 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data17 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data17 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    let data18 = data.groups;
    if (Array.isArray(data18)) {
      const len5 = data18.length;
      for (let i6 = 0; i6 < len5; i6++) {
        let data19 = data18[i6];
        if (typeof data19 === "string") {
          if (func2(data19) < 1) {
            const err42 = { instancePath: instancePath + "/groups/" + i6, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        } else {
          const err43 = { instancePath: instancePath + "/groups/" + i6, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data19 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      let i7 = data18.length;
      let j1;
      if (i7 > 1) {
        const indices1 = {};
        for (; i7--; ) {
          let item1 = data18[i7];
          if (typeof item1 !== "string") {
            continue;
          }
          if (typeof indices1[item1] == "number") {
            j1 = indices1[item1];
            const err44 = { instancePath: instancePath + "/groups", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)", schema: true, parentSchema: schema40, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
            break;
          }
          indices1[item1] = i7;
        }
      }
    } else {
      const err45 = { instancePath: instancePath + "/groups", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data18 };
      if (vErrors === null) {
        vErrors = [err45];
      } else {
        vErrors.push(err45);
      }
      errors++;
    }
    if (data.missing_group !== void 0) {
      let data20 = data.missing_group;
      if (typeof data20 === "string") {
        if (func2(data20) > 1e3) {
          const err46 = { instancePath: instancePath + "/missing_group", schemaPath: "#/properties/missing_group/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema32.properties.missing_group, data: data20 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (func2(data20) < 1) {
          const err47 = { instancePath: instancePath + "/missing_group", schemaPath: "#/properties/missing_group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.missing_group, data: data20 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/missing_group", schemaPath: "#/properties/missing_group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.missing_group.type, parentSchema: schema32.properties.missing_group, data: data20 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    let data21 = data.slices;
    if (Array.isArray(data21)) {
      const len6 = data21.length;
      for (let i8 = 0; i8 < len6; i8++) {
        let data22 = data21[i8];
        if (typeof data22 === "string") {
          if (func2(data22) < 1) {
            const err49 = { instancePath: instancePath + "/slices/" + i8, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        } else {
          const err50 = { instancePath: instancePath + "/slices/" + i8, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data22 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      let i9 = data21.length;
      let j2;
      if (i9 > 1) {
        const indices2 = {};
        for (; i9--; ) {
          let item2 = data21[i9];
          if (typeof item2 !== "string") {
            continue;
          }
          if (typeof indices2[item2] == "number") {
            j2 = indices2[item2];
            const err51 = { instancePath: instancePath + "/slices", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)", schema: true, parentSchema: schema40, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
            break;
          }
          indices2[item2] = i9;
        }
      }
    } else {
      const err52 = { instancePath: instancePath + "/slices", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data21 };
      if (vErrors === null) {
        vErrors = [err52];
      } else {
        vErrors.push(err52);
      }
      errors++;
    }
    if (data.weight !== void 0) {
      let data23 = data.weight;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err53 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data23 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data23 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    let data24 = data.max_bad_rows;
    if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
      const err55 = { instancePath: instancePath + "/max_bad_rows", schemaPath: "#/properties/max_bad_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_bad_rows.type, parentSchema: schema32.properties.max_bad_rows, data: data24 };
      if (vErrors === null) {
        vErrors = [err55];
      } else {
        vErrors.push(err55);
      }
      errors++;
    }
    if (typeof data24 == "number" && isFinite(data24)) {
      if (data24 < 0 || isNaN(data24)) {
        const err56 = { instancePath: instancePath + "/max_bad_rows", schemaPath: "#/properties/max_bad_rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.max_bad_rows, data: data24 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    let data25 = data.max_line_bytes;
    if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
      const err57 = { instancePath: instancePath + "/max_line_bytes", schemaPath: "#/properties/max_line_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_line_bytes.type, parentSchema: schema32.properties.max_line_bytes, data: data25 };
      if (vErrors === null) {
        vErrors = [err57];
      } else {
        vErrors.push(err57);
      }
      errors++;
    }
    if (typeof data25 == "number" && isFinite(data25)) {
      if (data25 < 1024 || isNaN(data25)) {
        const err58 = { instancePath: instancePath + "/max_line_bytes", schemaPath: "#/properties/max_line_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema32.properties.max_line_bytes, data: data25 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    let data26 = data.max_field_bytes;
    if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
      const err59 = { instancePath: instancePath + "/max_field_bytes", schemaPath: "#/properties/max_field_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_field_bytes.type, parentSchema: schema32.properties.max_field_bytes, data: data26 };
      if (vErrors === null) {
        vErrors = [err59];
      } else {
        vErrors.push(err59);
      }
      errors++;
    }
    if (typeof data26 == "number" && isFinite(data26)) {
      if (data26 < 64 || isNaN(data26)) {
        const err60 = { instancePath: instancePath + "/max_field_bytes", schemaPath: "#/properties/max_field_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 64 }, message: "must be >= 64", schema: 64, parentSchema: schema32.properties.max_field_bytes, data: data26 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    let data27 = data.max_group_values;
    if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
      const err61 = { instancePath: instancePath + "/max_group_values", schemaPath: "#/properties/max_group_values/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_group_values.type, parentSchema: schema32.properties.max_group_values, data: data27 };
      if (vErrors === null) {
        vErrors = [err61];
      } else {
        vErrors.push(err61);
      }
      errors++;
    }
    if (typeof data27 == "number" && isFinite(data27)) {
      if (data27 < 1 || isNaN(data27)) {
        const err62 = { instancePath: instancePath + "/max_group_values", schemaPath: "#/properties/max_group_values/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.max_group_values, data: data27 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    let data28 = data.allow_outside_workspace;
    if (typeof data28 !== "boolean") {
      const err63 = { instancePath: instancePath + "/allow_outside_workspace", schemaPath: "#/properties/allow_outside_workspace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allow_outside_workspace.type, parentSchema: schema32.properties.allow_outside_workspace, data: data28 };
      if (vErrors === null) {
        vErrors = [err63];
      } else {
        vErrors.push(err63);
      }
      errors++;
    }
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "type": "object", "additionalProperties": false, "properties": { "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the metrics of `data.task` and their disparities. Each yields one check; the verdict is the worst check after severities.", "default": [] }, "min_group_size": { "description": "Groups with fewer examples make a check inconclusive; they are reported, never silently dropped.", "type": "integer", "minimum": 1, "default": 30 }, "inconclusive": { "description": "What an inconclusive check (too little data to decide) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "intersect": { "description": "Also compute metrics for every intersection of the `data.groups` attributes (such as sex x race).", "type": "boolean", "default": false }, "bootstrap": { "description": "Poisson bootstrap confidence intervals for the gated metrics.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "replicates": { "description": "Number of bootstrap replicates; 0 turns confidence intervals off.", "type": "integer", "minimum": 0, "maximum": 1e4, "default": 0, "examples": [1e3] }, "level": { "description": "Confidence level of the intervals.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "seed": { "description": "Seed of the replicate weights; the same seed and data give the same intervals.", "type": "integer", "default": 0 } } }, "calibration_bins": { "description": "Number of equal-width bins for the calibration error (`ece`) and the reliability diagram.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "beta": { "description": "The beta of the `fbeta` metric (recall is beta times as important as precision).", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "model": { "$ref": "#/$defs/scoring_model", "description": "A model to score `data.dataset` through, when no predictions are given: where it is and how to ask it. The `--model` flag / `model` action input overrides `spec`." }, "behavioral": { "description": "Behavioral tests of the model (`evaluate.model`): named suites of cases, each a check held to its `max_fail_rate` like every rule. `MFT` (minimum functionality): fixed inputs whose `data.label` column is the expected label, or whose score must lie in `score_range`. `INV` (invariance): a perturbation must not move the score by more than `tolerance`. `DIR` (directional): a perturbation must move the score in the `expect`ed direction (by no more than `tolerance` the other way).", "type": "array", "default": [], "items": { "$ref": "#/$defs/behavioral_test" }, "examples": [[{ "name": "race-swap-invariance", "type": "INV", "perturb": { "swap": "race" }, "tolerance": 0.05 }]] }, "behavioral_baseline": { "$ref": "#/$defs/scoring_model", "description": "A baseline model for the behavioral tests (the model in production, say), asked the same way as `evaluate.model`. Every test then runs its cases, with the same seeded perturbations, through both models, and a case that fails on the candidate and passes on the baseline is a new failure, held to the test's `max_new_failures` (default 0). Cases the baseline fails too do not fail the gate unless the test also sets `max_fail_rate`. The `--baseline-model` flag / `baseline-model` action input overrides `spec`.", "examples": [{ "spec": "oip+http://127.0.0.1:8080/credit@1" }] } } };
var schema51 = { "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", "description": "The test's name, which its check is named after.", "examples": ["race-swap-invariance"] }, "type": { "enum": ["MFT", "INV", "DIR"], "description": "`MFT`: each case's expected label (the `data.label` column) must be predicted, or its score lie in `score_range`. `INV`: the perturbed case's score stays within `tolerance` of the case's. `DIR`: the perturbed case's score moves the `expect`ed way." }, "cases": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "description": "The cases: a CSV or JSON Lines file, or rows written inline (column -> value). When absent: the first `max_cases` rows of `data.dataset`.", "examples": ["tests/behavioral/mft.csv", [{ "income": 9, "debt": 0, "age": 40, "label": 1 }]] }, "max_cases": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3, "description": "Most cases the test runs; a case file with more rows is an error, the dataset gives its first rows." }, "perturb": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "`INV` and `DIR`: how each case is changed. Each column must be one the model reads.", "properties": { "set": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Set columns to values.", "examples": [{ "region": "north" }] }, "swap": { "type": "string", "minLength": 1, "description": "A column whose two values trade places in every case (a counterfactual: the same applicant of the other group). Cases with neither value are left out.", "examples": ["race"] }, "swap_values": { "type": "array", "minItems": 2, "maxItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"] }, "description": "The two values `swap` trades. When absent: the column's values in the cases, which must be exactly two.", "examples": [["A", "B"]] }, "noise": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number", "minimum": 0 }, "description": "Add uniform noise in [-a, a] to numeric columns, drawn from `seed`.", "examples": [{ "age": 1 }] }, "scale": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Multiply numeric columns by factors.", "examples": [{ "income": 1.5 }] }, "add": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Add amounts to numeric columns.", "examples": [{ "income": 1 }] } } }, "expect": { "enum": ["increase", "decrease"], "description": "`DIR`: the direction the perturbation must move the score." }, "tolerance": { "type": "number", "minimum": 0, "default": 0, "description": "`INV`: the largest score change that passes. `DIR`: the largest move against `expect` that passes." }, "score_range": { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "number" }, "description": "`MFT`: each case's score (a regression model's predicted value) must lie in [low, high], inclusive, instead of predicting the case's label; the cases then need no label column.", "examples": [[0, 0.2]] }, "max_fail_rate": { "type": "number", "minimum": 0, "maximum": 1, "description": "The share of cases that may fail before the check fails. When absent: 0, or, with `evaluate.behavioral_baseline`, no limit (the test is held to `max_new_failures` instead)." }, "max_new_failures": { "type": "integer", "minimum": 0, "description": "With `evaluate.behavioral_baseline`: how many cases may fail on the candidate that pass on the baseline model (default 0: no new failures)." }, "seed": { "type": "integer", "default": 0, "description": "Seed of `noise`: the same seed and cases give the same perturbations." }, "severity": { "enum": ["fail", "warn"], "default": "fail", "description": "What a failed test does to the verdict: `fail` fails the gate, `warn` reports it and passes." } } };
var schema44 = { "description": "A gate's rules; every gate's rules have the same keys. Each yields one check; the verdict is the worst check after severities.", "type": "array", "items": { "$ref": "#/$defs/rule" } };
var schema45 = { "description": "A rule: a metric, the bound it is held to, and how to read it. Set at least one of `min`, `max`, `max_drop`, `max_relative_drop`.", "type": "object", "required": ["metric"], "additionalProperties": false, "anyOf": [{ "required": ["min"] }, { "required": ["max"] }, { "required": ["max_drop"] }, { "required": ["max_relative_drop"] }], "properties": { "metric": { "description": "The metric to check; each gate has its own names. evaluate and train, by `data.task`. Binary: accuracy balanced_accuracy precision recall tpr specificity tnr fpr fnr f1 fbeta mcc selection_rate roc_auc average_precision log_loss brier ece. Multiclass: accuracy macro_precision macro_recall macro_f1 weighted_precision weighted_recall weighted_f1 micro_precision micro_recall micro_f1 log_loss roc_auc_ovr. Regression: mae mse rmse r2 mape. Disparities between the groups of `over`: demographic_parity_difference demographic_parity_ratio equalized_odds_difference equalized_odds_ratio equal_opportunity_difference equal_opportunity_ratio disparate_impact, and `<metric>_difference` / `<metric>_ratio` for any metric above. shadow_compare: agreement flip_rate cohen_kappa mcnemar wilcoxon score_delta ks psi brier_delta ece_delta abs_error_delta squared_error_delta latency_p50_delta latency_p95_delta latency_p99_delta error_rate_delta join_rate. drift: drifted_share, and ks psi wasserstein chi_square js (the largest over the features, or one feature's with `where: {feature: name}`). canary: a name from `canary.metrics.queries`.", "type": "string", "minLength": 1, "examples": ["roc_auc", "f1", "demographic_parity_ratio", "equalized_odds_difference", "recall_ratio"] }, "id": { "description": "A stable id for the check in reports and annotations. When absent, one is derived from the metric and its scope.", "type": "string", "minLength": 1, "examples": ["auc-floor"] }, "min": { "description": "The value must be at least this.", "type": "number", "examples": [0.8] }, "max": { "description": "The value must be at most this.", "type": "number", "examples": [0.1] }, "max_drop": { "description": "The value may be at most this much worse than the baseline's (absolute, in the metric's units). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.01] }, "max_relative_drop": { "description": "The value may be at most this fraction worse than the baseline's (0.05 = 5%). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.05] }, "on": { "description": "Which number the bound applies to: the point estimate, or the lower or upper bound of its confidence interval.", "enum": ["point", "lower_bound", "upper_bound"], "default": "point" }, "over": { "description": "Sensitive attributes, from `data.groups`. For a disparity: the attributes it is computed over (default: all of `data.groups`). For a plain metric: check it in every group of these attributes. shadow_compare: columns from its `segments`.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "examples": [["sex", "race"]] }, "intersect": { "description": "Treat the intersection of the `over` attributes (such as sex x race) as one attribute. When absent: `evaluate.intersect`.", "type": "boolean" }, "where": { "description": "Restrict the rule to one population: a group of a `data.groups` attribute or a value of a `data.slices` column, such as `{sex: F}`.", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "F" }] }, "relative_to": { "description": "Disparities: compare groups with each other (`between_groups`: max - min, min / max) or each group with the whole population (`overall`). When absent: `between_groups`.", "enum": ["between_groups", "overall"] }, "agg": { "description": "Equalized odds: combine the TPR and FPR disparities by the worse of the two (`worst_case`) or their mean. When absent: `worst_case`.", "enum": ["worst_case", "mean"] }, "privileged": { "description": "Disparities: the privileged group's value for each `over` attribute; each other group is compared with it (AIF360's disparate impact).", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "M" }] }, "severity": { "description": "What a failed check does to the verdict: `fail` fails the gate, `warn` reports it and passes.", "enum": ["fail", "warn"], "default": "fail" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs4 = errors;
      let valid3 = false;
      const _errs5 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.min === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema45.anyOf[0].required, parentSchema: schema45.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid3 = valid3 || _valid0;
      const _errs6 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema45.anyOf[1].required, parentSchema: schema45.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs6 === errors;
      valid3 = valid3 || _valid0;
      const _errs7 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max_drop === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/2/required", keyword: "required", params: { missingProperty: "max_drop" }, message: "must have required property 'max_drop'", schema: schema45.anyOf[2].required, parentSchema: schema45.anyOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs7 === errors;
      valid3 = valid3 || _valid0;
      const _errs8 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max_relative_drop === void 0) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/3/required", keyword: "required", params: { missingProperty: "max_relative_drop" }, message: "must have required property 'max_relative_drop'", schema: schema45.anyOf[3].required, parentSchema: schema45.anyOf[3], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid0 = _errs8 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema45.anyOf, parentSchema: schema45, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.on === void 0) {
          data0.on = "point";
        }
        if (data0.severity === void 0) {
          data0.severity = "fail";
        }
        if (data0.metric === void 0) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema45.required, parentSchema: schema45, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func1.call(schema45.properties, key0)) {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.metric !== void 0) {
          let data1 = data0.metric;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/metric", schemaPath: "#/$defs/rule/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.metric, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/metric", schemaPath: "#/$defs/rule/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.metric.type, parentSchema: schema45.properties.metric, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.id !== void 0) {
          let data2 = data0.id;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err9 = { instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/$defs/rule/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.id, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/$defs/rule/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.id.type, parentSchema: schema45.properties.id, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.min !== void 0) {
          let data3 = data0.min;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err11 = { instancePath: instancePath + "/" + i0 + "/min", schemaPath: "#/$defs/rule/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.min.type, parentSchema: schema45.properties.min, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.max !== void 0) {
          let data4 = data0.max;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err12 = { instancePath: instancePath + "/" + i0 + "/max", schemaPath: "#/$defs/rule/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.max.type, parentSchema: schema45.properties.max, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.max_drop !== void 0) {
          let data5 = data0.max_drop;
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err13 = { instancePath: instancePath + "/" + i0 + "/max_drop", schemaPath: "#/$defs/rule/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.max_drop, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + i0 + "/max_drop", schemaPath: "#/$defs/rule/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.max_drop.type, parentSchema: schema45.properties.max_drop, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.max_relative_drop !== void 0) {
          let data6 = data0.max_relative_drop;
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err15 = { instancePath: instancePath + "/" + i0 + "/max_relative_drop", schemaPath: "#/$defs/rule/properties/max_relative_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.max_relative_drop, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/" + i0 + "/max_relative_drop", schemaPath: "#/$defs/rule/properties/max_relative_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.max_relative_drop.type, parentSchema: schema45.properties.max_relative_drop, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        let data7 = data0.on;
        if (!(data7 === "point" || data7 === "lower_bound" || data7 === "upper_bound")) {
          const err17 = { instancePath: instancePath + "/" + i0 + "/on", schemaPath: "#/$defs/rule/properties/on/enum", keyword: "enum", params: { allowedValues: schema45.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.on.enum, parentSchema: schema45.properties.on, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data0.over !== void 0) {
          let data8 = data0.over;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err18 = { instancePath: instancePath + "/" + i0 + "/over", schemaPath: "#/$defs/rule/properties/over/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.over, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1];
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err19 = { instancePath: instancePath + "/" + i0 + "/over/" + i1, schemaPath: "#/$defs/rule/properties/over/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.over.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/" + i0 + "/over/" + i1, schemaPath: "#/$defs/rule/properties/over/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.over.items.type, parentSchema: schema45.properties.over.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i2 = data8.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data8[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err21 = { instancePath: instancePath + "/" + i0 + "/over", schemaPath: "#/$defs/rule/properties/over/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema45.properties.over, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/" + i0 + "/over", schemaPath: "#/$defs/rule/properties/over/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.over.type, parentSchema: schema45.properties.over, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.intersect !== void 0) {
          let data10 = data0.intersect;
          if (typeof data10 !== "boolean") {
            const err23 = { instancePath: instancePath + "/" + i0 + "/intersect", schemaPath: "#/$defs/rule/properties/intersect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.intersect.type, parentSchema: schema45.properties.intersect, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0.where !== void 0) {
          let data11 = data0.where;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (Object.keys(data11).length < 1) {
              const err24 = { instancePath: instancePath + "/" + i0 + "/where", schemaPath: "#/$defs/rule/properties/where/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45.properties.where, data: data11 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key1 in data11) {
              let data12 = data11[key1];
              if (typeof data12 !== "string" && !(typeof data12 == "number" && isFinite(data12))) {
                const err25 = { instancePath: instancePath + "/" + i0 + "/where/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rule/properties/where/additionalProperties/type", keyword: "type", params: { type: schema45.properties.where.additionalProperties.type }, message: "must be string,number", schema: schema45.properties.where.additionalProperties.type, parentSchema: schema45.properties.where.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/" + i0 + "/where", schemaPath: "#/$defs/rule/properties/where/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.where.type, parentSchema: schema45.properties.where, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.relative_to !== void 0) {
          let data13 = data0.relative_to;
          if (!(data13 === "between_groups" || data13 === "overall")) {
            const err27 = { instancePath: instancePath + "/" + i0 + "/relative_to", schemaPath: "#/$defs/rule/properties/relative_to/enum", keyword: "enum", params: { allowedValues: schema45.properties.relative_to.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.relative_to.enum, parentSchema: schema45.properties.relative_to, data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.agg !== void 0) {
          let data14 = data0.agg;
          if (!(data14 === "worst_case" || data14 === "mean")) {
            const err28 = { instancePath: instancePath + "/" + i0 + "/agg", schemaPath: "#/$defs/rule/properties/agg/enum", keyword: "enum", params: { allowedValues: schema45.properties.agg.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.agg.enum, parentSchema: schema45.properties.agg, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data0.privileged !== void 0) {
          let data15 = data0.privileged;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (Object.keys(data15).length < 1) {
              const err29 = { instancePath: instancePath + "/" + i0 + "/privileged", schemaPath: "#/$defs/rule/properties/privileged/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45.properties.privileged, data: data15 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key2 in data15) {
              let data16 = data15[key2];
              if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16))) {
                const err30 = { instancePath: instancePath + "/" + i0 + "/privileged/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rule/properties/privileged/additionalProperties/type", keyword: "type", params: { type: schema45.properties.privileged.additionalProperties.type }, message: "must be string,number", schema: schema45.properties.privileged.additionalProperties.type, parentSchema: schema45.properties.privileged.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/" + i0 + "/privileged", schemaPath: "#/$defs/rule/properties/privileged/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.privileged.type, parentSchema: schema45.properties.privileged, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let data17 = data0.severity;
        if (!(data17 === "fail" || data17 === "warn")) {
          const err32 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/$defs/rule/properties/severity/enum", keyword: "enum", params: { allowedValues: schema45.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.severity.enum, parentSchema: schema45.properties.severity, data: data17 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data0 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema46 = { "type": "object", "required": ["spec"], "additionalProperties": false, "properties": { "spec": { "type": "string", "minLength": 1, "description": "Where the model is: `oip+http(s)://HOST:PORT/NAME[@VERSION]` or `http(s)://HOST:PORT/v2/models/NAME` (Open Inference Protocol v2: KServe, Triton, MLServer), `tfserving+http(s)://HOST:PORT/NAME[@VERSION]` (TensorFlow Serving REST), `kserve+http(s)://HOST:PORT/NAME` (KServe V1 `:predict`; needs `features`), `json+http(s)://HOST:PORT/PATH` (a JSON API of its own, described by `json`), `command:PROGRAM ARG...` (a program speaking JSON Lines on stdin and stdout, run without a shell) or `tfjs:DIR` (a TensorFlow.js model directory, such as the train gate's). Credentials in a URL become a Basic Authorization header and never reach a log or report.", "examples": ["oip+http://127.0.0.1:8080/credit@2", "tfjs:model", "command:python3 score.py"] }, "features": { "$ref": "#/$defs/columns", "description": "The dataset columns sent to the model, in order. When absent: the input names the model declares (OIP and TF Serving metadata, the TF.js model's preprocessing).", "examples": [["income", "debt_ratio", "age"]] }, "json": { "$ref": "#/$defs/model_json", "description": "A `json+http(s)://` model (a JSON API of its own): how a batch is sent and where its scores are in the answer. Needs `features`." }, "batch_size": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 64, "description": "Rows per request." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 256, "default": 4, "description": "Requests in flight at once (a command model answers one at a time)." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 30, "description": "Longest time one request (one batch, for a command) may take, retries excluded; past it the gate errors naming the request's rows." }, "retries": { "type": "integer", "minimum": 0, "maximum": 10, "default": 2, "description": "Retries of a request that failed for a transient reason (a 5xx answer, no answer). A scoring request whose kept-alive connection closed before any answer is first sent once more at once, beyond these." }, "headers": { "$ref": "#/$defs/model_headers", "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named.", "default": {}, "examples": [{ "Authorization": "MODEL_AUTHORIZATION" }] }, "env": { "$ref": "#/$defs/model_env", "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed.", "default": [], "examples": [["HF_HOME"]] } } };
var schema48 = { "type": "object", "additionalProperties": false, "required": ["output"], "properties": { "template": { "type": ["object", "array", "string"], "description": 'The request body: any JSON value in which the string `"$rows"` (exactly once) stands for the batch\'s rows. By default the rows themselves.', "default": "$rows", "examples": [{ "data": { "rows": "$rows" }, "options": { "explain": false } }] }, "rows": { "enum": ["objects", "arrays"], "default": "objects", "description": "Each row as an object of the features by name (`objects`), or as a list of them in `features` order (`arrays`)." }, "output": { "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "description": 'RFC 6901 JSON pointer to the list of scores in the answer, one per row (a number, a one-element list, or two class probabilities); `""` is the answer itself. Only the answer\'s own keys are followed.', "examples": ["/outputs/0/data", "/predictions"] } } };
var schema49 = { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named." };
var schema50 = { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed." };
var pattern4 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batch_size === void 0) {
      data.batch_size = 64;
    }
    if (data.concurrency === void 0) {
      data.concurrency = 4;
    }
    if (data.timeout_seconds === void 0) {
      data.timeout_seconds = 30;
    }
    if (data.retries === void 0) {
      data.retries = 2;
    }
    if (data.headers === void 0) {
      data.headers = {};
    }
    if (data.env === void 0) {
      data.env = [];
    }
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema46.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.spec.type, parentSchema: schema46.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data1 = data.features;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema40, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.json !== void 0) {
      let data3 = data.json;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.template === void 0) {
          data3.template = "$rows";
        }
        if (data3.rows === void 0) {
          data3.rows = "objects";
        }
        if (data3.output === void 0) {
          const err8 = { instancePath: instancePath + "/json", schemaPath: "#/$defs/model_json/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema48.required, parentSchema: schema48, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "template" || key1 === "rows" || key1 === "output")) {
            const err9 = { instancePath: instancePath + "/json", schemaPath: "#/$defs/model_json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let data4 = data3.template;
        if ((!data4 || typeof data4 != "object") && typeof data4 !== "string") {
          const err10 = { instancePath: instancePath + "/json/template", schemaPath: "#/$defs/model_json/properties/template/type", keyword: "type", params: { type: schema48.properties.template.type }, message: "must be object,array,string", schema: schema48.properties.template.type, parentSchema: schema48.properties.template, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        let data5 = data3.rows;
        if (!(data5 === "objects" || data5 === "arrays")) {
          const err11 = { instancePath: instancePath + "/json/rows", schemaPath: "#/$defs/model_json/properties/rows/enum", keyword: "enum", params: { allowedValues: schema48.properties.rows.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.rows.enum, parentSchema: schema48.properties.rows, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.output !== void 0) {
          let data6 = data3.output;
          if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
              const err12 = { instancePath: instancePath + "/json/output", schemaPath: "#/$defs/model_json/properties/output/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema48.properties.output, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/json/output", schemaPath: "#/$defs/model_json/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.output.type, parentSchema: schema48.properties.output, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/json", schemaPath: "#/$defs/model_json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    let data7 = data.batch_size;
    if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
      const err15 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.batch_size.type, parentSchema: schema46.properties.batch_size, data: data7 };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (typeof data7 == "number" && isFinite(data7)) {
      if (data7 > 1e5 || isNaN(data7)) {
        const err16 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema46.properties.batch_size, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (data7 < 1 || isNaN(data7)) {
        const err17 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema46.properties.batch_size, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    let data8 = data.concurrency;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err18 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.concurrency.type, parentSchema: schema46.properties.concurrency, data: data8 };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 256 || isNaN(data8)) {
        const err19 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema46.properties.concurrency, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (data8 < 1 || isNaN(data8)) {
        const err20 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema46.properties.concurrency, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    let data9 = data.timeout_seconds;
    if (typeof data9 == "number" && isFinite(data9)) {
      if (data9 <= 0 || isNaN(data9)) {
        const err21 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/properties/timeout_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema46.properties.timeout_seconds, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    } else {
      const err22 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/properties/timeout_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema46.properties.timeout_seconds.type, parentSchema: schema46.properties.timeout_seconds, data: data9 };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    let data10 = data.retries;
    if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
      const err23 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.retries.type, parentSchema: schema46.properties.retries, data: data10 };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (typeof data10 == "number" && isFinite(data10)) {
      if (data10 > 10 || isNaN(data10)) {
        const err24 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema46.properties.retries, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (data10 < 0 || isNaN(data10)) {
        const err25 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.retries, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    let data11 = data.headers;
    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
      for (const key2 in data11) {
        const _errs29 = errors;
        if (typeof key2 === "string") {
          if (!pattern5.test(key2)) {
            const err26 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/model_headers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, message: 'must match pattern "^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$"', schema: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", parentSchema: schema49.propertyNames, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        var valid8 = _errs29 === errors;
        if (!valid8) {
          const err27 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/model_headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema49.propertyNames, parentSchema: schema49, data: data11 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      for (const key3 in data11) {
        let data12 = data11[key3];
        if (typeof data12 === "string") {
          if (!pattern6.test(data12)) {
            const err28 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model_headers/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema49.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        } else {
          const err29 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model_headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.additionalProperties.type, parentSchema: schema49.additionalProperties, data: data12 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    } else {
      const err30 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/model_headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data11 };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    let data13 = data.env;
    if (Array.isArray(data13)) {
      const len1 = data13.length;
      for (let i2 = 0; i2 < len1; i2++) {
        let data14 = data13[i2];
        if (typeof data14 === "string") {
          if (!pattern6.test(data14)) {
            const err31 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/$defs/model_env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema50.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        } else {
          const err32 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/$defs/model_env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.items.type, parentSchema: schema50.items, data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      let i3 = data13.length;
      let j1;
      if (i3 > 1) {
        const indices1 = {};
        for (; i3--; ) {
          let item1 = data13[i3];
          if (typeof item1 !== "string") {
            continue;
          }
          if (typeof indices1[item1] == "number") {
            j1 = indices1[item1];
            const err33 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/model_env/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema50, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
            break;
          }
          indices1[item1] = i3;
        }
      }
    } else {
      const err34 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/model_env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.type, parentSchema: schema50, data: data13 };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gates === void 0) {
      data.gates = [];
    }
    if (data.min_group_size === void 0) {
      data.min_group_size = 30;
    }
    if (data.inconclusive === void 0) {
      data.inconclusive = "fail";
    }
    if (data.intersect === void 0) {
      data.intersect = false;
    }
    if (data.bootstrap === void 0) {
      data.bootstrap = {};
    }
    if (data.calibration_bins === void 0) {
      data.calibration_bins = 10;
    }
    if (data.beta === void 0) {
      data.beta = 1;
    }
    if (data.behavioral === void 0) {
      data.behavioral = [];
    }
    for (const key0 in data) {
      if (!func1.call(schema43.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    let data1 = data.min_group_size;
    if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
      const err1 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.min_group_size.type, parentSchema: schema43.properties.min_group_size, data: data1 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data1 == "number" && isFinite(data1)) {
      if (data1 < 1 || isNaN(data1)) {
        const err2 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43.properties.min_group_size, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data2 = data.inconclusive;
    if (!(data2 === "fail" || data2 === "warn" || data2 === "pass")) {
      const err3 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema43.properties.inconclusive.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.inconclusive.enum, parentSchema: schema43.properties.inconclusive, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data3 = data.intersect;
    if (typeof data3 !== "boolean") {
      const err4 = { instancePath: instancePath + "/intersect", schemaPath: "#/properties/intersect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.intersect.type, parentSchema: schema43.properties.intersect, data: data3 };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data4 = data.bootstrap;
    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
      if (data4.replicates === void 0) {
        data4.replicates = 0;
      }
      if (data4.level === void 0) {
        data4.level = 0.95;
      }
      if (data4.seed === void 0) {
        data4.seed = 0;
      }
      for (const key1 in data4) {
        if (!(key1 === "replicates" || key1 === "level" || key1 === "seed")) {
          const err5 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.bootstrap, data: data4 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      let data5 = data4.replicates;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err6 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.bootstrap.properties.replicates.type, parentSchema: schema43.properties.bootstrap.properties.replicates, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1e4 || isNaN(data5)) {
          const err7 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema43.properties.bootstrap.properties.replicates, data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err8 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.properties.bootstrap.properties.replicates, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      let data6 = data4.level;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 >= 1 || isNaN(data6)) {
          const err9 = { instancePath: instancePath + "/bootstrap/level", schemaPath: "#/properties/bootstrap/properties/level/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema43.properties.bootstrap.properties.level, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data6 <= 0 || isNaN(data6)) {
          const err10 = { instancePath: instancePath + "/bootstrap/level", schemaPath: "#/properties/bootstrap/properties/level/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema43.properties.bootstrap.properties.level, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/bootstrap/level", schemaPath: "#/properties/bootstrap/properties/level/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.bootstrap.properties.level.type, parentSchema: schema43.properties.bootstrap.properties.level, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      let data7 = data4.seed;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err12 = { instancePath: instancePath + "/bootstrap/seed", schemaPath: "#/properties/bootstrap/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.bootstrap.properties.seed.type, parentSchema: schema43.properties.bootstrap.properties.seed, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.bootstrap.type, parentSchema: schema43.properties.bootstrap, data: data4 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data8 = data.calibration_bins;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err14 = { instancePath: instancePath + "/calibration_bins", schemaPath: "#/properties/calibration_bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.calibration_bins.type, parentSchema: schema43.properties.calibration_bins, data: data8 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 100 || isNaN(data8)) {
        const err15 = { instancePath: instancePath + "/calibration_bins", schemaPath: "#/properties/calibration_bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema43.properties.calibration_bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data8 < 2 || isNaN(data8)) {
        const err16 = { instancePath: instancePath + "/calibration_bins", schemaPath: "#/properties/calibration_bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema43.properties.calibration_bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    let data9 = data.beta;
    if (typeof data9 == "number" && isFinite(data9)) {
      if (data9 <= 0 || isNaN(data9)) {
        const err17 = { instancePath: instancePath + "/beta", schemaPath: "#/properties/beta/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema43.properties.beta, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    } else {
      const err18 = { instancePath: instancePath + "/beta", schemaPath: "#/properties/beta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.beta.type, parentSchema: schema43.properties.beta, data: data9 };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.model !== void 0) {
      if (!validate26(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    let data11 = data.behavioral;
    if (Array.isArray(data11)) {
      const len0 = data11.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data12 = data11[i0];
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
          if (data12.max_cases === void 0) {
            data12.max_cases = 1e3;
          }
          if (data12.tolerance === void 0) {
            data12.tolerance = 0;
          }
          if (data12.seed === void 0) {
            data12.seed = 0;
          }
          if (data12.severity === void 0) {
            data12.severity = "fail";
          }
          if (data12.name === void 0) {
            const err19 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.required, parentSchema: schema51, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data12.type === void 0) {
            const err20 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema51.required, parentSchema: schema51, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          for (const key2 in data12) {
            if (!func1.call(schema51.properties, key2)) {
              const err21 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data12.name !== void 0) {
            let data13 = data12.name;
            if (typeof data13 === "string") {
              if (!pattern8.test(data13)) {
                const err22 = { instancePath: instancePath + "/behavioral/" + i0 + "/name", schemaPath: "#/$defs/behavioral_test/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", parentSchema: schema51.properties.name, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/behavioral/" + i0 + "/name", schemaPath: "#/$defs/behavioral_test/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.name.type, parentSchema: schema51.properties.name, data: data13 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data12.type !== void 0) {
            let data14 = data12.type;
            if (!(data14 === "MFT" || data14 === "INV" || data14 === "DIR")) {
              const err24 = { instancePath: instancePath + "/behavioral/" + i0 + "/type", schemaPath: "#/$defs/behavioral_test/properties/type/enum", keyword: "enum", params: { allowedValues: schema51.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.type.enum, parentSchema: schema51.properties.type, data: data14 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data12.cases !== void 0) {
            let data15 = data12.cases;
            if (typeof data15 !== "string" && !Array.isArray(data15)) {
              const err25 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases", schemaPath: "#/$defs/behavioral_test/properties/cases/type", keyword: "type", params: { type: schema51.properties.cases.type }, message: "must be string,array", schema: schema51.properties.cases.type, parentSchema: schema51.properties.cases, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (typeof data15 === "string") {
              if (func2(data15) < 1) {
                const err26 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases", schemaPath: "#/$defs/behavioral_test/properties/cases/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.cases, data: data15 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (Array.isArray(data15)) {
              if (data15.length < 1) {
                const err27 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases", schemaPath: "#/$defs/behavioral_test/properties/cases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.cases, data: data15 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              const len1 = data15.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data16 = data15[i1];
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                  if (Object.keys(data16).length < 1) {
                    const err28 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases/" + i1, schemaPath: "#/$defs/behavioral_test/properties/cases/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51.properties.cases.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  for (const key3 in data16) {
                    let data17 = data16[key3];
                    if (typeof data17 !== "string" && !(typeof data17 == "number" && isFinite(data17)) && typeof data17 !== "boolean") {
                      const err29 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases/" + i1 + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/cases/items/additionalProperties/type", keyword: "type", params: { type: schema51.properties.cases.items.additionalProperties.type }, message: "must be string,number,boolean", schema: schema51.properties.cases.items.additionalProperties.type, parentSchema: schema51.properties.cases.items.additionalProperties, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases/" + i1, schemaPath: "#/$defs/behavioral_test/properties/cases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.cases.items.type, parentSchema: schema51.properties.cases.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
          }
          let data18 = data12.max_cases;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err31 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_cases", schemaPath: "#/$defs/behavioral_test/properties/max_cases/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.max_cases.type, parentSchema: schema51.properties.max_cases, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 1e5 || isNaN(data18)) {
              const err32 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_cases", schemaPath: "#/$defs/behavioral_test/properties/max_cases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema51.properties.max_cases, data: data18 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data18 < 1 || isNaN(data18)) {
              const err33 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_cases", schemaPath: "#/$defs/behavioral_test/properties/max_cases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.max_cases, data: data18 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data12.perturb !== void 0) {
            let data19 = data12.perturb;
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
              if (Object.keys(data19).length < 1) {
                const err34 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb", schemaPath: "#/$defs/behavioral_test/properties/perturb/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51.properties.perturb, data: data19 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              for (const key4 in data19) {
                if (!(key4 === "set" || key4 === "swap" || key4 === "swap_values" || key4 === "noise" || key4 === "scale" || key4 === "add")) {
                  const err35 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb", schemaPath: "#/$defs/behavioral_test/properties/perturb/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.perturb, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data19.set !== void 0) {
                let data20 = data19.set;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  if (Object.keys(data20).length < 1) {
                    const err36 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/set", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/set/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51.properties.perturb.properties.set, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  for (const key5 in data20) {
                    let data21 = data20[key5];
                    if (typeof data21 !== "string" && !(typeof data21 == "number" && isFinite(data21)) && typeof data21 !== "boolean") {
                      const err37 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/set/additionalProperties/type", keyword: "type", params: { type: schema51.properties.perturb.properties.set.additionalProperties.type }, message: "must be string,number,boolean", schema: schema51.properties.perturb.properties.set.additionalProperties.type, parentSchema: schema51.properties.perturb.properties.set.additionalProperties, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err38 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/set", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.perturb.properties.set.type, parentSchema: schema51.properties.perturb.properties.set, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              if (data19.swap !== void 0) {
                let data22 = data19.swap;
                if (typeof data22 === "string") {
                  if (func2(data22) < 1) {
                    const err39 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.perturb.properties.swap, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                } else {
                  const err40 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.perturb.properties.swap.type, parentSchema: schema51.properties.perturb.properties.swap, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
              if (data19.swap_values !== void 0) {
                let data23 = data19.swap_values;
                if (Array.isArray(data23)) {
                  if (data23.length > 2) {
                    const err41 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema51.properties.perturb.properties.swap_values, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (data23.length < 2) {
                    const err42 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema51.properties.perturb.properties.swap_values, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  const len2 = data23.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data24 = data23[i2];
                    if (typeof data24 !== "string" && !(typeof data24 == "number" && isFinite(data24))) {
                      const err43 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values/" + i2, schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/items/type", keyword: "type", params: { type: schema51.properties.perturb.properties.swap_values.items.type }, message: "must be string,number", schema: schema51.properties.perturb.properties.swap_values.items.type, parentSchema: schema51.properties.perturb.properties.swap_values.items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                  let i3 = data23.length;
                  let j0;
                  if (i3 > 1) {
                    const indices0 = {};
                    for (; i3--; ) {
                      let item0 = data23[i3];
                      if (typeof item0 !== "string" && !(typeof item0 == "number" && isFinite(item0))) {
                        continue;
                      }
                      if (typeof item0 == "string") {
                        item0 += "_";
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err44 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema51.properties.perturb.properties.swap_values, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i3;
                    }
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.perturb.properties.swap_values.type, parentSchema: schema51.properties.perturb.properties.swap_values, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data19.noise !== void 0) {
                let data25 = data19.noise;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  if (Object.keys(data25).length < 1) {
                    const err46 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51.properties.perturb.properties.noise, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  for (const key6 in data25) {
                    let data26 = data25[key6];
                    if (typeof data26 == "number" && isFinite(data26)) {
                      if (data26 < 0 || isNaN(data26)) {
                        const err47 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.perturb.properties.noise.additionalProperties, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    } else {
                      const err48 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.perturb.properties.noise.additionalProperties.type, parentSchema: schema51.properties.perturb.properties.noise.additionalProperties, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err49 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.perturb.properties.noise.type, parentSchema: schema51.properties.perturb.properties.noise, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              if (data19.scale !== void 0) {
                let data27 = data19.scale;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  if (Object.keys(data27).length < 1) {
                    const err50 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/scale", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/scale/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51.properties.perturb.properties.scale, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  for (const key7 in data27) {
                    let data28 = data27[key7];
                    if (!(typeof data28 == "number" && isFinite(data28))) {
                      const err51 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/scale/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/scale/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.perturb.properties.scale.additionalProperties.type, parentSchema: schema51.properties.perturb.properties.scale.additionalProperties, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/scale", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/scale/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.perturb.properties.scale.type, parentSchema: schema51.properties.perturb.properties.scale, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              if (data19.add !== void 0) {
                let data29 = data19.add;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                  if (Object.keys(data29).length < 1) {
                    const err53 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/add", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/add/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51.properties.perturb.properties.add, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  for (const key8 in data29) {
                    let data30 = data29[key8];
                    if (!(typeof data30 == "number" && isFinite(data30))) {
                      const err54 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/add/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/add/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.perturb.properties.add.additionalProperties.type, parentSchema: schema51.properties.perturb.properties.add.additionalProperties, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err55 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/add", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/add/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.perturb.properties.add.type, parentSchema: schema51.properties.perturb.properties.add, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            } else {
              const err56 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb", schemaPath: "#/$defs/behavioral_test/properties/perturb/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.perturb.type, parentSchema: schema51.properties.perturb, data: data19 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data12.expect !== void 0) {
            let data31 = data12.expect;
            if (!(data31 === "increase" || data31 === "decrease")) {
              const err57 = { instancePath: instancePath + "/behavioral/" + i0 + "/expect", schemaPath: "#/$defs/behavioral_test/properties/expect/enum", keyword: "enum", params: { allowedValues: schema51.properties.expect.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.expect.enum, parentSchema: schema51.properties.expect, data: data31 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          let data32 = data12.tolerance;
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err58 = { instancePath: instancePath + "/behavioral/" + i0 + "/tolerance", schemaPath: "#/$defs/behavioral_test/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.tolerance, data: data32 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/behavioral/" + i0 + "/tolerance", schemaPath: "#/$defs/behavioral_test/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.tolerance.type, parentSchema: schema51.properties.tolerance, data: data32 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (data12.score_range !== void 0) {
            let data33 = data12.score_range;
            if (Array.isArray(data33)) {
              if (data33.length > 2) {
                const err60 = { instancePath: instancePath + "/behavioral/" + i0 + "/score_range", schemaPath: "#/$defs/behavioral_test/properties/score_range/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema51.properties.score_range, data: data33 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (data33.length < 2) {
                const err61 = { instancePath: instancePath + "/behavioral/" + i0 + "/score_range", schemaPath: "#/$defs/behavioral_test/properties/score_range/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema51.properties.score_range, data: data33 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              const len3 = data33.length;
              for (let i4 = 0; i4 < len3; i4++) {
                let data34 = data33[i4];
                if (!(typeof data34 == "number" && isFinite(data34))) {
                  const err62 = { instancePath: instancePath + "/behavioral/" + i0 + "/score_range/" + i4, schemaPath: "#/$defs/behavioral_test/properties/score_range/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.score_range.items.type, parentSchema: schema51.properties.score_range.items, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            } else {
              const err63 = { instancePath: instancePath + "/behavioral/" + i0 + "/score_range", schemaPath: "#/$defs/behavioral_test/properties/score_range/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.score_range.type, parentSchema: schema51.properties.score_range, data: data33 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
          if (data12.max_fail_rate !== void 0) {
            let data35 = data12.max_fail_rate;
            if (typeof data35 == "number" && isFinite(data35)) {
              if (data35 > 1 || isNaN(data35)) {
                const err64 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_fail_rate", schemaPath: "#/$defs/behavioral_test/properties/max_fail_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema51.properties.max_fail_rate, data: data35 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data35 < 0 || isNaN(data35)) {
                const err65 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_fail_rate", schemaPath: "#/$defs/behavioral_test/properties/max_fail_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.max_fail_rate, data: data35 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            } else {
              const err66 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_fail_rate", schemaPath: "#/$defs/behavioral_test/properties/max_fail_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.max_fail_rate.type, parentSchema: schema51.properties.max_fail_rate, data: data35 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          if (data12.max_new_failures !== void 0) {
            let data36 = data12.max_new_failures;
            if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
              const err67 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_new_failures", schemaPath: "#/$defs/behavioral_test/properties/max_new_failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.max_new_failures.type, parentSchema: schema51.properties.max_new_failures, data: data36 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (typeof data36 == "number" && isFinite(data36)) {
              if (data36 < 0 || isNaN(data36)) {
                const err68 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_new_failures", schemaPath: "#/$defs/behavioral_test/properties/max_new_failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.max_new_failures, data: data36 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          }
          let data37 = data12.seed;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err69 = { instancePath: instancePath + "/behavioral/" + i0 + "/seed", schemaPath: "#/$defs/behavioral_test/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.seed.type, parentSchema: schema51.properties.seed, data: data37 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          let data38 = data12.severity;
          if (!(data38 === "fail" || data38 === "warn")) {
            const err70 = { instancePath: instancePath + "/behavioral/" + i0 + "/severity", schemaPath: "#/$defs/behavioral_test/properties/severity/enum", keyword: "enum", params: { allowedValues: schema51.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.severity.enum, parentSchema: schema51.properties.severity, data: data38 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        } else {
          const err71 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data12 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      }
    } else {
      const err72 = { instancePath: instancePath + "/behavioral", schemaPath: "#/properties/behavioral/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.behavioral.type, parentSchema: schema43.properties.behavioral, data: data11 };
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    }
    if (data.behavioral_baseline !== void 0) {
      if (!validate26(data.behavioral_baseline, { instancePath: instancePath + "/behavioral_baseline", parentData: data, parentDataProperty: "behavioral_baseline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "additionalProperties": false, "properties": { "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with the training data (features and the `data.label` column): a path, a glob, or a list of them, read as one dataset. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/train.csv"] }, "sample": { "$ref": "#/$defs/sample", "description": "How the rows to train on are drawn from the dataset, in one pass.", "default": {} }, "holdout": { "$ref": "#/$defs/holdout", "description": "The held-out rows the trained model is evaluated on: a seeded fraction of the sample (stratified like the sample), or a separate file.", "default": {} }, "model": { "$ref": "#/$defs/model", "description": "The built-in TensorFlow.js model: its type, features and training settings. Set either `model` or `command`." }, "command": { "type": "string", "minLength": 1, "description": "An external trainer, run without a shell: `{sample}`, `{holdout}`, `{predictions}`, `{model_dir}`, `{out}` and `{seed}` are replaced by paths and values, each as one whole argument. It must write one row per held-out row, in order, with a `score` column, to `{predictions}`. Set either `model` or `command`.", "examples": ["python3 train.py --data {sample} --test {holdout} --out {predictions} --model {model_dir}"] }, "env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": [], "description": "Environment variables the external trainer gets from the job, beyond PATH, HOME, LANG, LC_*, TZ, TMPDIR, PYTHONPATH, VIRTUAL_ENV and CONDA_PREFIX; no other variable (tokens included) reaches it. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be listed.", "examples": [["HF_HOME", "CUDA_VISIBLE_DEVICES"]] }, "timeout_minutes": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "Longest time the external trainer may run; past it, it is stopped and the gate errors." }, "reproducible": { "type": "boolean", "default": false, "description": "Train the built-in model twice with the same seed and compare the weight hashes; a difference fails the gate and names the first differing tensor." }, "cache": { "type": "boolean", "default": true, "description": "Cache the sample by the content hash of the dataset, the sampling settings and the config (GitHub: `@actions/cache`; elsewhere a local directory), and reuse it on a hit." }, "artifact": { "type": ["string", "boolean"], "minLength": 1, "default": "modelgate-model", "description": "Name of the artifact the model directory, manifest and report are uploaded as after a successful run (GitHub: `@actions/artifact`; elsewhere copied to a local directory); `false` uploads nothing.", "examples": ["modelgate-model", false] }, "baseline_manifest": { "type": "string", "minLength": 1, "description": "A previous run's `manifest.json` (for example from the main branch's train artifact, downloaded with the `predictions.csv` beside it). When its dataset hashes, sampling and held-out split match this run's, the held-out predictions it records (path relative to the manifest, checked against the recorded sha256) are the baseline of `max_drop` and `max_relative_drop` rules; otherwise those rules are errors that say why. Cannot be combined with `data.baseline`. The `baseline-manifest` action input overrides it.", "examples": ["main-model/manifest.json"] } } };
var schema54 = { "type": "object", "additionalProperties": false, "properties": { "method": { "enum": ["uniform", "stratified", "reservoir", "time"], "default": "uniform", "description": "`uniform`: every row equally likely (`fraction` or `n`). `stratified`: the same fraction of every stratum of the `by` columns, at least `min_per_stratum` rows each. `reservoir`: exactly `n` rows from any number of rows, in one pass. `time`: the rows of the last `days` days by `column` (optionally thinned by `fraction`)." }, "fraction": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of the rows (of each stratum, for `stratified`) to keep, in (0, 1]. When neither `fraction` nor `n` is set: all rows.", "examples": [0.1] }, "n": { "type": "integer", "minimum": 1, "description": "Number of rows to keep (`uniform`, `reservoir`). More than the dataset has keeps them all, with a warning.", "examples": [1e5] }, "by": { "$ref": "#/$defs/columns", "description": "`stratified`: the columns whose value combinations are the strata, such as the label and the sensitive groups. When absent: the label and `data.groups`.", "examples": [["label", "sex"]] }, "min_per_stratum": { "type": "integer", "minimum": 0, "default": 30, "description": "`stratified`: the floor, so that small groups are not sampled away: every stratum keeps at least this many rows (or all it has)." }, "column": { "$ref": "#/$defs/column", "description": "`time`: the timestamp column (ISO 8601 text or epoch milliseconds).", "examples": ["event_time"] }, "days": { "type": "number", "exclusiveMinimum": 0, "description": "`time`: keep the rows at most this many days older than the newest row.", "examples": [30] }, "seed": { "type": "integer", "default": 0, "description": "Seed of the per-row draw: the same data and seed give the same rows in the same order, however the input is split into files or chunks." }, "format": { "enum": ["csv", "jsonl"], "default": "csv", "description": "Format the sample is written in for the trainer and the artifacts." } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.method === void 0) {
      data.method = "uniform";
    }
    if (data.min_per_stratum === void 0) {
      data.min_per_stratum = 30;
    }
    if (data.seed === void 0) {
      data.seed = 0;
    }
    if (data.format === void 0) {
      data.format = "csv";
    }
    for (const key0 in data) {
      if (!func1.call(schema54.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.method;
    if (!(data0 === "uniform" || data0 === "stratified" || data0 === "reservoir" || data0 === "time")) {
      const err1 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema54.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.method.enum, parentSchema: schema54.properties.method, data: data0 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fraction !== void 0) {
      let data1 = data.fraction;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema54.properties.fraction, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data1 <= 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.fraction, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.fraction.type, parentSchema: schema54.properties.fraction, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.n !== void 0) {
      let data2 = data.n;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err5 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.n.type, parentSchema: schema54.properties.n, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.n, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.by !== void 0) {
      let data3 = data.by;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err7 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema40, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data5 = data.min_per_stratum;
    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
      const err11 = { instancePath: instancePath + "/min_per_stratum", schemaPath: "#/properties/min_per_stratum/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.min_per_stratum.type, parentSchema: schema54.properties.min_per_stratum, data: data5 };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data5 == "number" && isFinite(data5)) {
      if (data5 < 0 || isNaN(data5)) {
        const err12 = { instancePath: instancePath + "/min_per_stratum", schemaPath: "#/properties/min_per_stratum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.min_per_stratum, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.column !== void 0) {
      let data6 = data.column;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err13 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data7 = data.days;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 <= 0 || isNaN(data7)) {
          const err15 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.days, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.days.type, parentSchema: schema54.properties.days, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    let data8 = data.seed;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err17 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.seed.type, parentSchema: schema54.properties.seed, data: data8 };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data9 = data.format;
    if (!(data9 === "csv" || data9 === "jsonl")) {
      const err18 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema54.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.format.enum, parentSchema: schema54.properties.format, data: data9 };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema57 = { "type": "object", "additionalProperties": false, "properties": { "fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.2, "description": "Share of the sample held out for evaluation, drawn per stratum like the sample." }, "seed": { "type": "integer", "description": "Seed of the held-out draw. When absent: `sample.seed`." }, "file": { "$ref": "#/$defs/paths", "description": "Evaluate on this separate file instead of a share of the sample.", "examples": ["data/test.csv"] } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fraction === void 0) {
      data.fraction = 0.2;
    }
    for (const key0 in data) {
      if (!(key0 === "fraction" || key0 === "seed" || key0 === "file")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.fraction;
    if (typeof data0 == "number" && isFinite(data0)) {
      if (data0 >= 1 || isNaN(data0)) {
        const err1 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema57.properties.fraction, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data0 <= 0 || isNaN(data0)) {
        const err2 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.fraction, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.fraction.type, parentSchema: schema57.properties.fraction, data: data0 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.seed !== void 0) {
      let data1 = data.seed;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.properties.seed.type, parentSchema: schema57.properties.seed, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err5 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/file/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/file/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema59 = { "type": "object", "required": ["features"], "additionalProperties": false, "properties": { "type": { "enum": ["logistic_regression", "mlp"], "default": "logistic_regression", "description": "`logistic_regression`: one sigmoid unit on the features. `mlp`: the hidden `layers`, then a sigmoid unit." }, "features": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Columns the model reads. A column whose sample values are all numbers is standardised; any other is one-hot encoded with an unknown bucket. Statistics come from the training rows only and are saved with the model.", "examples": [["income", "debt_ratio", "region"]] }, "categorical": { "$ref": "#/$defs/columns", "description": "Feature columns to one-hot encode even when their values look like numbers (codes, zip codes).", "examples": [["branch_code"]] }, "max_categories": { "type": "integer", "minimum": 1, "default": 50, "description": "Most distinct values one-hot encoded per categorical column; rarer values share the unknown bucket." }, "impute": { "enum": ["error", "mean", "zero"], "default": "error", "description": "A missing or non-numeric value in a numeric feature: `error` stops the gate naming the row, `mean` uses the training mean, `zero` uses 0." }, "layers": { "type": "array", "items": { "$ref": "#/$defs/layer" }, "default": [], "description": "`mlp`: the hidden layers, in order.", "examples": [[{ "units": 16, "activation": "relu" }]] }, "optimizer": { "enum": ["sgd", "adam", "rmsprop", "adagrad"], "default": "adam", "description": "Optimizer of the training loss (binary cross-entropy)." }, "learning_rate": { "type": "number", "exclusiveMinimum": 0, "default": 0.05, "description": "Learning rate of the optimizer." }, "epochs": { "type": "integer", "minimum": 1, "maximum": 1e4, "default": 10, "description": "Passes over the training rows." }, "batch_size": { "type": "integer", "minimum": 1, "default": 64, "description": "Rows per gradient step." }, "l2": { "type": "number", "minimum": 0, "default": 0, "description": "L2 penalty on the weights." }, "early_stopping": { "type": "object", "additionalProperties": false, "description": "Stop when the validation loss has not improved for `patience` epochs; the validation rows are a seeded share of the training rows.", "properties": { "patience": { "type": "integer", "minimum": 1, "default": 3, "description": "Epochs without improvement before training stops." }, "min_delta": { "type": "number", "minimum": 0, "default": 0, "description": "Smallest decrease of the validation loss that counts as an improvement." }, "validation_fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.1, "description": "Share of the training rows used for the validation loss." } } } } };
var schema61 = { "type": "object", "required": ["units"], "additionalProperties": false, "description": "One hidden layer.", "properties": { "units": { "type": "integer", "minimum": 1, "maximum": 4096, "description": "Number of units of the layer.", "examples": [16] }, "activation": { "enum": ["relu", "tanh", "sigmoid", "elu", "selu", "linear"], "default": "relu", "description": "Activation function of the layer." } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      data.type = "logistic_regression";
    }
    if (data.max_categories === void 0) {
      data.max_categories = 50;
    }
    if (data.impute === void 0) {
      data.impute = "error";
    }
    if (data.layers === void 0) {
      data.layers = [];
    }
    if (data.optimizer === void 0) {
      data.optimizer = "adam";
    }
    if (data.learning_rate === void 0) {
      data.learning_rate = 0.05;
    }
    if (data.epochs === void 0) {
      data.epochs = 10;
    }
    if (data.batch_size === void 0) {
      data.batch_size = 64;
    }
    if (data.l2 === void 0) {
      data.l2 = 0;
    }
    if (data.features === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema59.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let data0 = data.type;
    if (!(data0 === "logistic_regression" || data0 === "mlp")) {
      const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema59.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.type.enum, parentSchema: schema59.properties.type, data: data0 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.features !== void 0) {
      let data1 = data.features;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.properties.features, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/properties/features/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.features.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.features.items.type, parentSchema: schema59.properties.features.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema59.properties.features, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.features.type, parentSchema: schema59.properties.features, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.categorical !== void 0) {
      let data3 = data.categorical;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/categorical/" + i2, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/categorical/" + i2, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data3[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err10 = { instancePath: instancePath + "/categorical", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema40, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/categorical", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    let data5 = data.max_categories;
    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
      const err12 = { instancePath: instancePath + "/max_categories", schemaPath: "#/properties/max_categories/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.max_categories.type, parentSchema: schema59.properties.max_categories, data: data5 };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (typeof data5 == "number" && isFinite(data5)) {
      if (data5 < 1 || isNaN(data5)) {
        const err13 = { instancePath: instancePath + "/max_categories", schemaPath: "#/properties/max_categories/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.max_categories, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    let data6 = data.impute;
    if (!(data6 === "error" || data6 === "mean" || data6 === "zero")) {
      const err14 = { instancePath: instancePath + "/impute", schemaPath: "#/properties/impute/enum", keyword: "enum", params: { allowedValues: schema59.properties.impute.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.impute.enum, parentSchema: schema59.properties.impute, data: data6 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data7 = data.layers;
    if (Array.isArray(data7)) {
      const len2 = data7.length;
      for (let i4 = 0; i4 < len2; i4++) {
        let data8 = data7[i4];
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          if (data8.activation === void 0) {
            data8.activation = "relu";
          }
          if (data8.units === void 0) {
            const err15 = { instancePath: instancePath + "/layers/" + i4, schemaPath: "#/$defs/layer/required", keyword: "required", params: { missingProperty: "units" }, message: "must have required property 'units'", schema: schema61.required, parentSchema: schema61, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          for (const key1 in data8) {
            if (!(key1 === "units" || key1 === "activation")) {
              const err16 = { instancePath: instancePath + "/layers/" + i4, schemaPath: "#/$defs/layer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data8.units !== void 0) {
            let data9 = data8.units;
            if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
              const err17 = { instancePath: instancePath + "/layers/" + i4 + "/units", schemaPath: "#/$defs/layer/properties/units/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.units.type, parentSchema: schema61.properties.units, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (typeof data9 == "number" && isFinite(data9)) {
              if (data9 > 4096 || isNaN(data9)) {
                const err18 = { instancePath: instancePath + "/layers/" + i4 + "/units", schemaPath: "#/$defs/layer/properties/units/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema61.properties.units, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (data9 < 1 || isNaN(data9)) {
                const err19 = { instancePath: instancePath + "/layers/" + i4 + "/units", schemaPath: "#/$defs/layer/properties/units/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.units, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
          let data10 = data8.activation;
          if (!(data10 === "relu" || data10 === "tanh" || data10 === "sigmoid" || data10 === "elu" || data10 === "selu" || data10 === "linear")) {
            const err20 = { instancePath: instancePath + "/layers/" + i4 + "/activation", schemaPath: "#/$defs/layer/properties/activation/enum", keyword: "enum", params: { allowedValues: schema61.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.activation.enum, parentSchema: schema61.properties.activation, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/layers/" + i4, schemaPath: "#/$defs/layer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data: data8 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.layers.type, parentSchema: schema59.properties.layers, data: data7 };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    let data11 = data.optimizer;
    if (!(data11 === "sgd" || data11 === "adam" || data11 === "rmsprop" || data11 === "adagrad")) {
      const err23 = { instancePath: instancePath + "/optimizer", schemaPath: "#/properties/optimizer/enum", keyword: "enum", params: { allowedValues: schema59.properties.optimizer.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.optimizer.enum, parentSchema: schema59.properties.optimizer, data: data11 };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    let data12 = data.learning_rate;
    if (typeof data12 == "number" && isFinite(data12)) {
      if (data12 <= 0 || isNaN(data12)) {
        const err24 = { instancePath: instancePath + "/learning_rate", schemaPath: "#/properties/learning_rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema59.properties.learning_rate, data: data12 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    } else {
      const err25 = { instancePath: instancePath + "/learning_rate", schemaPath: "#/properties/learning_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.learning_rate.type, parentSchema: schema59.properties.learning_rate, data: data12 };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    let data13 = data.epochs;
    if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
      const err26 = { instancePath: instancePath + "/epochs", schemaPath: "#/properties/epochs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.epochs.type, parentSchema: schema59.properties.epochs, data: data13 };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    if (typeof data13 == "number" && isFinite(data13)) {
      if (data13 > 1e4 || isNaN(data13)) {
        const err27 = { instancePath: instancePath + "/epochs", schemaPath: "#/properties/epochs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema59.properties.epochs, data: data13 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (data13 < 1 || isNaN(data13)) {
        const err28 = { instancePath: instancePath + "/epochs", schemaPath: "#/properties/epochs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.epochs, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    let data14 = data.batch_size;
    if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
      const err29 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.batch_size.type, parentSchema: schema59.properties.batch_size, data: data14 };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (typeof data14 == "number" && isFinite(data14)) {
      if (data14 < 1 || isNaN(data14)) {
        const err30 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.batch_size, data: data14 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    let data15 = data.l2;
    if (typeof data15 == "number" && isFinite(data15)) {
      if (data15 < 0 || isNaN(data15)) {
        const err31 = { instancePath: instancePath + "/l2", schemaPath: "#/properties/l2/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema59.properties.l2, data: data15 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    } else {
      const err32 = { instancePath: instancePath + "/l2", schemaPath: "#/properties/l2/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.l2.type, parentSchema: schema59.properties.l2, data: data15 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.early_stopping !== void 0) {
      let data16 = data.early_stopping;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.patience === void 0) {
          data16.patience = 3;
        }
        if (data16.min_delta === void 0) {
          data16.min_delta = 0;
        }
        if (data16.validation_fraction === void 0) {
          data16.validation_fraction = 0.1;
        }
        for (const key2 in data16) {
          if (!(key2 === "patience" || key2 === "min_delta" || key2 === "validation_fraction")) {
            const err33 = { instancePath: instancePath + "/early_stopping", schemaPath: "#/properties/early_stopping/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59.properties.early_stopping, data: data16 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        let data17 = data16.patience;
        if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
          const err34 = { instancePath: instancePath + "/early_stopping/patience", schemaPath: "#/properties/early_stopping/properties/patience/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.early_stopping.properties.patience.type, parentSchema: schema59.properties.early_stopping.properties.patience, data: data17 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (typeof data17 == "number" && isFinite(data17)) {
          if (data17 < 1 || isNaN(data17)) {
            const err35 = { instancePath: instancePath + "/early_stopping/patience", schemaPath: "#/properties/early_stopping/properties/patience/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.early_stopping.properties.patience, data: data17 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        let data18 = data16.min_delta;
        if (typeof data18 == "number" && isFinite(data18)) {
          if (data18 < 0 || isNaN(data18)) {
            const err36 = { instancePath: instancePath + "/early_stopping/min_delta", schemaPath: "#/properties/early_stopping/properties/min_delta/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema59.properties.early_stopping.properties.min_delta, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        } else {
          const err37 = { instancePath: instancePath + "/early_stopping/min_delta", schemaPath: "#/properties/early_stopping/properties/min_delta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.early_stopping.properties.min_delta.type, parentSchema: schema59.properties.early_stopping.properties.min_delta, data: data18 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        let data19 = data16.validation_fraction;
        if (typeof data19 == "number" && isFinite(data19)) {
          if (data19 >= 1 || isNaN(data19)) {
            const err38 = { instancePath: instancePath + "/early_stopping/validation_fraction", schemaPath: "#/properties/early_stopping/properties/validation_fraction/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema59.properties.early_stopping.properties.validation_fraction, data: data19 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data19 <= 0 || isNaN(data19)) {
            const err39 = { instancePath: instancePath + "/early_stopping/validation_fraction", schemaPath: "#/properties/early_stopping/properties/validation_fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema59.properties.early_stopping.properties.validation_fraction, data: data19 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        } else {
          const err40 = { instancePath: instancePath + "/early_stopping/validation_fraction", schemaPath: "#/properties/early_stopping/properties/validation_fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.early_stopping.properties.validation_fraction.type, parentSchema: schema59.properties.early_stopping.properties.validation_fraction, data: data19 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/early_stopping", schemaPath: "#/properties/early_stopping/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.early_stopping.type, parentSchema: schema59.properties.early_stopping, data: data16 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sample === void 0) {
      data.sample = {};
    }
    if (data.holdout === void 0) {
      data.holdout = {};
    }
    if (data.env === void 0) {
      data.env = [];
    }
    if (data.timeout_minutes === void 0) {
      data.timeout_minutes = 60;
    }
    if (data.reproducible === void 0) {
      data.reproducible = false;
    }
    if (data.cache === void 0) {
      data.cache = true;
    }
    if (data.artifact === void 0) {
      data.artifact = "modelgate-model";
    }
    for (const key0 in data) {
      if (!func1.call(schema52.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data0 = data.dataset;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/dataset/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/dataset/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (!validate31(data.sample, { instancePath: instancePath + "/sample", parentData: data, parentDataProperty: "sample", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
      errors = vErrors.length;
    }
    if (!validate33(data.holdout, { instancePath: instancePath + "/holdout", parentData: data, parentDataProperty: "holdout", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
      errors = vErrors.length;
    }
    if (data.model !== void 0) {
      if (!validate35(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.command !== void 0) {
      let data5 = data.command;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err6 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.command, data: data5 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.command.type, parentSchema: schema52.properties.command, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data6 = data.env;
    if (Array.isArray(data6)) {
      const len1 = data6.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data7 = data6[i1];
        if (typeof data7 === "string") {
          if (!pattern6.test(data7)) {
            const err8 = { instancePath: instancePath + "/env/" + i1, schemaPath: "#/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema52.properties.env.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/env/" + i1, schemaPath: "#/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.env.items.type, parentSchema: schema52.properties.env.items, data: data7 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      let i2 = data6.length;
      let j0;
      if (i2 > 1) {
        const indices0 = {};
        for (; i2--; ) {
          let item0 = data6[i2];
          if (typeof item0 !== "string") {
            continue;
          }
          if (typeof indices0[item0] == "number") {
            j0 = indices0[item0];
            const err10 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema52.properties.env, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
            break;
          }
          indices0[item0] = i2;
        }
      }
    } else {
      const err11 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.env.type, parentSchema: schema52.properties.env, data: data6 };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    let data8 = data.timeout_minutes;
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 <= 0 || isNaN(data8)) {
        const err12 = { instancePath: instancePath + "/timeout_minutes", schemaPath: "#/properties/timeout_minutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema52.properties.timeout_minutes, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = { instancePath: instancePath + "/timeout_minutes", schemaPath: "#/properties/timeout_minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.properties.timeout_minutes.type, parentSchema: schema52.properties.timeout_minutes, data: data8 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data9 = data.reproducible;
    if (typeof data9 !== "boolean") {
      const err14 = { instancePath: instancePath + "/reproducible", schemaPath: "#/properties/reproducible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.properties.reproducible.type, parentSchema: schema52.properties.reproducible, data: data9 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data10 = data.cache;
    if (typeof data10 !== "boolean") {
      const err15 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.properties.cache.type, parentSchema: schema52.properties.cache, data: data10 };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data11 = data.artifact;
    if (typeof data11 !== "string" && typeof data11 !== "boolean") {
      const err16 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: schema52.properties.artifact.type }, message: "must be string,boolean", schema: schema52.properties.artifact.type, parentSchema: schema52.properties.artifact, data: data11 };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (typeof data11 === "string") {
      if (func2(data11) < 1) {
        const err17 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.artifact, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.baseline_manifest !== void 0) {
      let data12 = data.baseline_manifest;
      if (typeof data12 === "string") {
        if (func2(data12) < 1) {
          const err18 = { instancePath: instancePath + "/baseline_manifest", schemaPath: "#/properties/baseline_manifest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.baseline_manifest, data: data12 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/baseline_manifest", schemaPath: "#/properties/baseline_manifest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.baseline_manifest.type, parentSchema: schema52.properties.baseline_manifest, data: data12 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema62 = { "type": "object", "additionalProperties": false, "properties": { "production": { "$ref": "#/$defs/paths", "description": "Production's prediction log(s): CSV, JSONL or Parquet (optionally gzip), globs, or Seldon / KServe CloudEvents as JSON Lines. The `--production` flag overrides it.", "examples": ["logs/production-*.jsonl.gz"] }, "shadow": { "$ref": "#/$defs/paths", "description": "The shadow model's prediction log(s), in the same forms as `production`. The `--shadow` flag overrides it.", "examples": ["logs/shadow-*.jsonl.gz"] }, "labels": { "$ref": "#/$defs/paths", "description": "Optional delayed ground truth, joined to both logs by `id`. The `--labels` flag overrides it.", "examples": ["labels/2026-12-*.csv"] }, "replay": { "$ref": "#/$defs/paths", "description": "Replay mode, instead of `production` and `shadow` logs: recorded requests (an `id` column and the feature columns, in any reader format) sent to both `production_model` and `shadow_model`, whose answers are compared as the logs would be. Streamed in blocks, never held whole. The `--replay` flag overrides it.", "examples": ["requests/2026-12-01.jsonl.gz"] }, "production_model": { "$ref": "#/$defs/replay_model", "description": "Replay mode: the production model, as `evaluate --model` takes it (`oip+http://host:port/NAME@VERSION`, `tfserving+http://\u2026`, `kserve+http://\u2026`, `json+http://\u2026`, `command:PROGRAM ARGS`, `tfjs:DIR`), or a mapping of its `spec` and how to ask it, as `evaluate.model` is (`features`, `json`, `headers`, `env`). The `--production-model` flag overrides the spec.", "examples": ["oip+http://127.0.0.1:8080/credit@1"] }, "shadow_model": { "$ref": "#/$defs/replay_model", "description": "Replay mode: the shadow model, in the same forms as `production_model`. The `--shadow-model` flag overrides the spec.", "examples": ["oip+http://127.0.0.1:8081/credit@2"] }, "features": { "$ref": "#/$defs/columns", "description": "Replay mode: the feature columns sent to each model, in order. When absent: the inputs each model's metadata declares (a command model needs them).", "examples": [["income", "debt", "age"]] }, "batch_size": { "description": "Replay mode: recorded requests per model request; 1 replays each as it was made. A batched request's latency is spread evenly over its rows.", "type": "integer", "minimum": 1, "maximum": 1e4, "default": 1 }, "concurrency": { "description": "Replay mode: requests in flight at once to each model (a command or TF.js model takes one at a time).", "type": "integer", "minimum": 1, "maximum": 256, "default": 8 }, "max_requests": { "description": "Replay mode: the request budget, the most requests sent to each model. The replay stops there and the report says so; when absent, the whole file is replayed.", "type": "integer", "minimum": 1, "examples": [1e4] }, "timeout_ms": { "description": "Replay mode: bound on one request in milliseconds; a request that takes longer counts as failed.", "type": "integer", "minimum": 1, "default": 3e4 }, "retries": { "description": "Replay mode: retries of a request that failed for a transient reason (5xx, no answer) before it counts as failed. A request whose kept-alive connection closed before any answer is first sent once more at once, beyond these.", "type": "integer", "minimum": 0, "maximum": 10, "default": 2 }, "id": { "$ref": "#/$defs/column", "description": "Column with the request id both logs are joined by. When absent: `data.id`; one of them is required.", "examples": ["request_id"] }, "score": { "$ref": "#/$defs/column", "description": "Column with each side's score. When absent: `data.score`.", "examples": ["score"] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with each side's hard prediction. When absent: `data.prediction`.", "examples": ["predicted"] }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label in `labels`. When absent: `data.label`.", "examples": ["label"] }, "latency": { "$ref": "#/$defs/column", "description": "Column with each request's latency in milliseconds.", "examples": ["latency_ms"] }, "error": { "$ref": "#/$defs/column", "description": "Column that is true (`1`, `true`, `yes`) when the request failed on that side, for `error_rate_delta`. When absent: no request counts as failed.", "examples": ["error"] }, "segments": { "$ref": "#/$defs/columns", "description": "Columns whose values split the requests into segments, compared one by one (flips by segment, the worst named). When absent: `data.groups` and `data.slices`.", "examples": [["country", "device"]] }, "min_join_rate": { "description": "Least share of requests found in both logs; below it the gate errors, since the comparison would rest on a biased subset.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.95 }, "max_error_rate": { "description": "Replay mode: most share of requests an endpoint may fail (HTTP error, timeout, unreadable answer); past it the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.01 }, "correction": { "description": "Multiple-testing correction of the p-values of many segments at once: Holm (family-wise error) or Benjamini-Hochberg (`bh`, false discovery rate).", "enum": ["holm", "bh"], "default": "holm" }, "psi_bins": { "description": "Number of bins of the score distributions for `psi`, cut at production's score quantiles; an empty bin counts as a share of 1e-4.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "level": { "description": "Confidence level of every interval (agreement, flip rate, score and latency deltas).", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "bootstrap": { "description": "Paired Poisson bootstrap of the latency quantile deltas (`latency_p50_delta`, `latency_p95_delta`, `latency_p99_delta`): a request's production and shadow latencies share its weight in every replicate, and the interval is the percentile interval at `level`.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "replicates": { "description": "Number of bootstrap replicates; 0 leaves the latency deltas without an interval.", "type": "integer", "minimum": 0, "maximum": 1e4, "default": 1e3 }, "seed": { "description": "Seed of the replicate weights; the same seed and logs give the same intervals, in one job or merged from shards.", "type": "integer", "default": 0 } } }, "inconclusive": { "description": "What an inconclusive check (too few paired requests to detect the configured effect, or nothing to measure) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "redact": { "$ref": "#/$defs/columns", "description": "Columns that never leave the runner: not in any report, log or list of top disagreements.", "default": [], "examples": [["email", "user_id"]] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the shadow-compare metrics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "agreement", "min": 0.98, "on": "lower_bound" }]] } } };
var schema67 = { "type": ["string", "object"], "minLength": 1, "required": ["spec"], "additionalProperties": false, "properties": { "spec": { "type": "string", "minLength": 1, "description": "Where the model is, in the forms of `evaluate.model.spec`. The side's `--production-model` / `--shadow-model` flag overrides it and keeps the other keys.", "examples": ["json+http://127.0.0.1:8080/score"] }, "features": { "$ref": "#/$defs/columns", "description": "The request columns sent to this model, in order. When absent: `shadow_compare.features`, else the inputs the model declares (a command, KServe V1 or json+http model needs them named)." }, "json": { "$ref": "#/$defs/model_json", "description": "A `json+http(s)://` model: how a batch is sent and where its scores are in the answer, as in `evaluate.model.json`." }, "headers": { "$ref": "#/$defs/model_headers", "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named. As in `evaluate.model.headers`; none by default.", "examples": [{ "Authorization": "SHADOW_MODEL_AUTHORIZATION" }] }, "env": { "$ref": "#/$defs/model_env", "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed. None by default." } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema67.type }, message: "must be string,object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "spec" || key0 === "features" || key0 === "json" || key0 === "headers" || key0 === "env")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.spec.type, parentSchema: schema67.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data1 = data.features;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err6 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema40, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.json !== void 0) {
      let data3 = data.json;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.template === void 0) {
          data3.template = "$rows";
        }
        if (data3.rows === void 0) {
          data3.rows = "objects";
        }
        if (data3.output === void 0) {
          const err10 = { instancePath: instancePath + "/json", schemaPath: "#/$defs/model_json/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema48.required, parentSchema: schema48, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "template" || key1 === "rows" || key1 === "output")) {
            const err11 = { instancePath: instancePath + "/json", schemaPath: "#/$defs/model_json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let data4 = data3.template;
        if ((!data4 || typeof data4 != "object") && typeof data4 !== "string") {
          const err12 = { instancePath: instancePath + "/json/template", schemaPath: "#/$defs/model_json/properties/template/type", keyword: "type", params: { type: schema48.properties.template.type }, message: "must be object,array,string", schema: schema48.properties.template.type, parentSchema: schema48.properties.template, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        let data5 = data3.rows;
        if (!(data5 === "objects" || data5 === "arrays")) {
          const err13 = { instancePath: instancePath + "/json/rows", schemaPath: "#/$defs/model_json/properties/rows/enum", keyword: "enum", params: { allowedValues: schema48.properties.rows.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.rows.enum, parentSchema: schema48.properties.rows, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3.output !== void 0) {
          let data6 = data3.output;
          if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
              const err14 = { instancePath: instancePath + "/json/output", schemaPath: "#/$defs/model_json/properties/output/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema48.properties.output, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/json/output", schemaPath: "#/$defs/model_json/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.output.type, parentSchema: schema48.properties.output, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/json", schemaPath: "#/$defs/model_json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data7 = data.headers;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          const _errs21 = errors;
          if (typeof key2 === "string") {
            if (!pattern5.test(key2)) {
              const err17 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/model_headers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, message: 'must match pattern "^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$"', schema: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", parentSchema: schema49.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          var valid8 = _errs21 === errors;
          if (!valid8) {
            const err18 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/model_headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema49.propertyNames, parentSchema: schema49, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key3 in data7) {
          let data8 = data7[key3];
          if (typeof data8 === "string") {
            if (!pattern6.test(data8)) {
              const err19 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model_headers/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema49.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model_headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.additionalProperties.type, parentSchema: schema49.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/model_headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data9 = data.env;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === "string") {
            if (!pattern6.test(data10)) {
              const err22 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/$defs/model_env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema50.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/$defs/model_env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.items.type, parentSchema: schema50.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i3 = data9.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data9[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err24 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/model_env/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema50, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/model_env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.type, parentSchema: schema50, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batch_size === void 0) {
      data.batch_size = 1;
    }
    if (data.concurrency === void 0) {
      data.concurrency = 8;
    }
    if (data.timeout_ms === void 0) {
      data.timeout_ms = 3e4;
    }
    if (data.retries === void 0) {
      data.retries = 2;
    }
    if (data.min_join_rate === void 0) {
      data.min_join_rate = 0.95;
    }
    if (data.max_error_rate === void 0) {
      data.max_error_rate = 0.01;
    }
    if (data.correction === void 0) {
      data.correction = "holm";
    }
    if (data.psi_bins === void 0) {
      data.psi_bins = 10;
    }
    if (data.level === void 0) {
      data.level = 0.95;
    }
    if (data.bootstrap === void 0) {
      data.bootstrap = {};
    }
    if (data.inconclusive === void 0) {
      data.inconclusive = "fail";
    }
    if (data.redact === void 0) {
      data.redact = [];
    }
    if (data.gates === void 0) {
      data.gates = [];
    }
    for (const key0 in data) {
      if (!func1.call(schema62.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.production !== void 0) {
      let data0 = data.production;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/production", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/production", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/production", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/production/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/production/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.shadow !== void 0) {
      let data2 = data.shadow;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err6 = { instancePath: instancePath + "/shadow", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/shadow", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/shadow", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/shadow/" + i1, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/shadow/" + i1, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/labels/" + i2, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/labels/" + i2, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.replay !== void 0) {
      let data6 = data.replay;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err16 = { instancePath: instancePath + "/replay", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err17 = { instancePath: instancePath + "/replay", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err18 = { instancePath: instancePath + "/replay", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err19 = { instancePath: instancePath + "/replay/" + i3, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/replay/" + i3, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
    }
    if (data.production_model !== void 0) {
      if (!validate39(data.production_model, { instancePath: instancePath + "/production_model", parentData: data, parentDataProperty: "production_model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.shadow_model !== void 0) {
      if (!validate39(data.shadow_model, { instancePath: instancePath + "/shadow_model", parentData: data, parentDataProperty: "shadow_model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.features !== void 0) {
      let data10 = data.features;
      if (Array.isArray(data10)) {
        const len4 = data10.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data11 = data10[i4];
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err21 = { instancePath: instancePath + "/features/" + i4, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/features/" + i4, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i5 = data10.length;
        let j0;
        if (i5 > 1) {
          const indices0 = {};
          for (; i5--; ) {
            let item0 = data10[i5];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err23 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema40, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
              break;
            }
            indices0[item0] = i5;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    let data12 = data.batch_size;
    if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
      const err25 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.batch_size.type, parentSchema: schema62.properties.batch_size, data: data12 };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    if (typeof data12 == "number" && isFinite(data12)) {
      if (data12 > 1e4 || isNaN(data12)) {
        const err26 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema62.properties.batch_size, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (data12 < 1 || isNaN(data12)) {
        const err27 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.batch_size, data: data12 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    let data13 = data.concurrency;
    if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
      const err28 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.concurrency.type, parentSchema: schema62.properties.concurrency, data: data13 };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    if (typeof data13 == "number" && isFinite(data13)) {
      if (data13 > 256 || isNaN(data13)) {
        const err29 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema62.properties.concurrency, data: data13 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (data13 < 1 || isNaN(data13)) {
        const err30 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.concurrency, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.max_requests !== void 0) {
      let data14 = data.max_requests;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err31 = { instancePath: instancePath + "/max_requests", schemaPath: "#/properties/max_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.max_requests.type, parentSchema: schema62.properties.max_requests, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 1 || isNaN(data14)) {
          const err32 = { instancePath: instancePath + "/max_requests", schemaPath: "#/properties/max_requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.max_requests, data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    let data15 = data.timeout_ms;
    if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
      const err33 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.timeout_ms.type, parentSchema: schema62.properties.timeout_ms, data: data15 };
      if (vErrors === null) {
        vErrors = [err33];
      } else {
        vErrors.push(err33);
      }
      errors++;
    }
    if (typeof data15 == "number" && isFinite(data15)) {
      if (data15 < 1 || isNaN(data15)) {
        const err34 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.timeout_ms, data: data15 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    let data16 = data.retries;
    if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
      const err35 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.retries.type, parentSchema: schema62.properties.retries, data: data16 };
      if (vErrors === null) {
        vErrors = [err35];
      } else {
        vErrors.push(err35);
      }
      errors++;
    }
    if (typeof data16 == "number" && isFinite(data16)) {
      if (data16 > 10 || isNaN(data16)) {
        const err36 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema62.properties.retries, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (data16 < 0 || isNaN(data16)) {
        const err37 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.retries, data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data17 = data.id;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err38 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data17 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data17 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data18 = data.score;
      if (typeof data18 === "string") {
        if (func2(data18) < 1) {
          const err40 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data18 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data18 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.prediction !== void 0) {
      let data19 = data.prediction;
      if (typeof data19 === "string") {
        if (func2(data19) < 1) {
          const err42 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data19 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data19 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data20 = data.label;
      if (typeof data20 === "string") {
        if (func2(data20) < 1) {
          const err44 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data20 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data20 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.latency !== void 0) {
      let data21 = data.latency;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err46 = { instancePath: instancePath + "/latency", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/latency", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data21 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data22 = data.error;
      if (typeof data22 === "string") {
        if (func2(data22) < 1) {
          const err48 = { instancePath: instancePath + "/error", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data22 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/error", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data22 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.segments !== void 0) {
      let data23 = data.segments;
      if (Array.isArray(data23)) {
        const len5 = data23.length;
        for (let i6 = 0; i6 < len5; i6++) {
          let data24 = data23[i6];
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err50 = { instancePath: instancePath + "/segments/" + i6, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/segments/" + i6, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        let i7 = data23.length;
        let j1;
        if (i7 > 1) {
          const indices1 = {};
          for (; i7--; ) {
            let item1 = data23[i7];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err52 = { instancePath: instancePath + "/segments", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)", schema: true, parentSchema: schema40, data: data23 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
              break;
            }
            indices1[item1] = i7;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/segments", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data23 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    let data25 = data.min_join_rate;
    if (typeof data25 == "number" && isFinite(data25)) {
      if (data25 > 1 || isNaN(data25)) {
        const err54 = { instancePath: instancePath + "/min_join_rate", schemaPath: "#/properties/min_join_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema62.properties.min_join_rate, data: data25 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      if (data25 < 0 || isNaN(data25)) {
        const err55 = { instancePath: instancePath + "/min_join_rate", schemaPath: "#/properties/min_join_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.min_join_rate, data: data25 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    } else {
      const err56 = { instancePath: instancePath + "/min_join_rate", schemaPath: "#/properties/min_join_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.min_join_rate.type, parentSchema: schema62.properties.min_join_rate, data: data25 };
      if (vErrors === null) {
        vErrors = [err56];
      } else {
        vErrors.push(err56);
      }
      errors++;
    }
    let data26 = data.max_error_rate;
    if (typeof data26 == "number" && isFinite(data26)) {
      if (data26 > 1 || isNaN(data26)) {
        const err57 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema62.properties.max_error_rate, data: data26 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (data26 < 0 || isNaN(data26)) {
        const err58 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_error_rate, data: data26 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    } else {
      const err59 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.max_error_rate.type, parentSchema: schema62.properties.max_error_rate, data: data26 };
      if (vErrors === null) {
        vErrors = [err59];
      } else {
        vErrors.push(err59);
      }
      errors++;
    }
    let data27 = data.correction;
    if (!(data27 === "holm" || data27 === "bh")) {
      const err60 = { instancePath: instancePath + "/correction", schemaPath: "#/properties/correction/enum", keyword: "enum", params: { allowedValues: schema62.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.correction.enum, parentSchema: schema62.properties.correction, data: data27 };
      if (vErrors === null) {
        vErrors = [err60];
      } else {
        vErrors.push(err60);
      }
      errors++;
    }
    let data28 = data.psi_bins;
    if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
      const err61 = { instancePath: instancePath + "/psi_bins", schemaPath: "#/properties/psi_bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.psi_bins.type, parentSchema: schema62.properties.psi_bins, data: data28 };
      if (vErrors === null) {
        vErrors = [err61];
      } else {
        vErrors.push(err61);
      }
      errors++;
    }
    if (typeof data28 == "number" && isFinite(data28)) {
      if (data28 > 100 || isNaN(data28)) {
        const err62 = { instancePath: instancePath + "/psi_bins", schemaPath: "#/properties/psi_bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema62.properties.psi_bins, data: data28 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      if (data28 < 2 || isNaN(data28)) {
        const err63 = { instancePath: instancePath + "/psi_bins", schemaPath: "#/properties/psi_bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema62.properties.psi_bins, data: data28 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    let data29 = data.level;
    if (typeof data29 == "number" && isFinite(data29)) {
      if (data29 >= 1 || isNaN(data29)) {
        const err64 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema62.properties.level, data: data29 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (data29 <= 0 || isNaN(data29)) {
        const err65 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema62.properties.level, data: data29 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    } else {
      const err66 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.level.type, parentSchema: schema62.properties.level, data: data29 };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    let data30 = data.bootstrap;
    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
      if (data30.replicates === void 0) {
        data30.replicates = 1e3;
      }
      if (data30.seed === void 0) {
        data30.seed = 0;
      }
      for (const key1 in data30) {
        if (!(key1 === "replicates" || key1 === "seed")) {
          const err67 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.bootstrap, data: data30 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
      }
      let data31 = data30.replicates;
      if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
        const err68 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.bootstrap.properties.replicates.type, parentSchema: schema62.properties.bootstrap.properties.replicates, data: data31 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      if (typeof data31 == "number" && isFinite(data31)) {
        if (data31 > 1e4 || isNaN(data31)) {
          const err69 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema62.properties.bootstrap.properties.replicates, data: data31 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data31 < 0 || isNaN(data31)) {
          const err70 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.bootstrap.properties.replicates, data: data31 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
      }
      let data32 = data30.seed;
      if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
        const err71 = { instancePath: instancePath + "/bootstrap/seed", schemaPath: "#/properties/bootstrap/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.bootstrap.properties.seed.type, parentSchema: schema62.properties.bootstrap.properties.seed, data: data32 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    } else {
      const err72 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.bootstrap.type, parentSchema: schema62.properties.bootstrap, data: data30 };
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    }
    let data33 = data.inconclusive;
    if (!(data33 === "fail" || data33 === "warn" || data33 === "pass")) {
      const err73 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema62.properties.inconclusive.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.inconclusive.enum, parentSchema: schema62.properties.inconclusive, data: data33 };
      if (vErrors === null) {
        vErrors = [err73];
      } else {
        vErrors.push(err73);
      }
      errors++;
    }
    let data34 = data.redact;
    if (Array.isArray(data34)) {
      const len6 = data34.length;
      for (let i8 = 0; i8 < len6; i8++) {
        let data35 = data34[i8];
        if (typeof data35 === "string") {
          if (func2(data35) < 1) {
            const err74 = { instancePath: instancePath + "/redact/" + i8, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        } else {
          const err75 = { instancePath: instancePath + "/redact/" + i8, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data35 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
      }
      let i9 = data34.length;
      let j2;
      if (i9 > 1) {
        const indices2 = {};
        for (; i9--; ) {
          let item2 = data34[i9];
          if (typeof item2 !== "string") {
            continue;
          }
          if (typeof indices2[item2] == "number") {
            j2 = indices2[item2];
            const err76 = { instancePath: instancePath + "/redact", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)", schema: true, parentSchema: schema40, data: data34 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
            break;
          }
          indices2[item2] = i9;
        }
      }
    } else {
      const err77 = { instancePath: instancePath + "/redact", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data34 };
      if (vErrors === null) {
        vErrors = [err77];
      } else {
        vErrors.push(err77);
      }
      errors++;
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
  } else {
    const err78 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema81 = { "type": "object", "additionalProperties": false, "properties": { "provider": { "description": "How traffic is shifted: a command run without a shell, `{weight}` replaced by the step's percentage as one whole argument.", "type": "object", "required": ["command"], "additionalProperties": false, "properties": { "command": { "type": "string", "minLength": 1, "description": "The command that sets the new model's share of traffic.", "examples": ["kubectl argo rollouts set weight my-model {weight}"] } } }, "steps": { "description": "The traffic steps, in order; the gate judges the rules after each step's bake time and stops at the first failure.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/canary_step" }, "examples": [[{ "weight": 10, "bake": "10m" }, { "weight": 50, "bake": "30m" }]] }, "metrics": { "description": "Where the live metrics come from: a Prometheus server's instant queries, or a command that prints one JSON object of numbers.", "type": "object", "required": ["source"], "additionalProperties": false, "properties": { "source": { "enum": ["prometheus", "command"], "description": "`prometheus`: each query is PromQL run against `url`. `command`: `command` is run and prints `{name: number}`." }, "url": { "type": "string", "pattern": "^https?://", "description": "`prometheus`: the server's base URL.", "examples": ["http://prometheus.monitoring:9090"] }, "command": { "type": "string", "minLength": 1, "description": "`command`: the command run without a shell; `{step}` and `{weight}` are replaced.", "examples": ["python3 metrics.py --weight {weight}"] }, "queries": { "description": "The metrics by name, which the rules name: `prometheus`, a PromQL query each; `command`, the key in its output (value ignored when empty).", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,63}$" }, "additionalProperties": { "type": "string" }, "examples": [{ "error_rate": 'sum(rate(http_requests_total{code=~"5..",version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))' }] } } }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the names of `metrics.queries`.", "default": [], "examples": [[{ "metric": "error_rate", "max": 0.01 }]] } } };
var schema82 = { "type": "object", "required": ["weight"], "additionalProperties": false, "description": "One traffic step.", "properties": { "weight": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "The new model's share of traffic, in percent.", "examples": [10] }, "bake": { "$ref": "#/$defs/duration", "description": "How long the step runs before its metrics are judged. When absent: `5m`.", "examples": ["10m"] }, "max_duration": { "$ref": "#/$defs/duration", "description": "Longest time the step may take, shifting and judging included; past it the gate errors.", "examples": ["1h"] } } };
var schema83 = { "description": "A duration: a whole number of seconds (`s`), minutes (`m`) or hours (`h`).", "type": "string", "pattern": "^[1-9][0-9]{0,5}(s|m|h)$", "examples": ["30s", "10m", "1h"] };
var pattern14 = new RegExp("^[1-9][0-9]{0,5}(s|m|h)$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema82.required, parentSchema: schema82, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "weight" || key0 === "bake" || key0 === "max_duration")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data0 = data.weight;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema82.properties.weight, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 <= 0 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema82.properties.weight, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema82.properties.weight.type, parentSchema: schema82.properties.weight, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.bake !== void 0) {
      let data1 = data.bake;
      if (typeof data1 === "string") {
        if (!pattern14.test(data1)) {
          const err5 = { instancePath: instancePath + "/bake", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m|h)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m|h)$"', schema: "^[1-9][0-9]{0,5}(s|m|h)$", parentSchema: schema83, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/bake", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.type, parentSchema: schema83, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.max_duration !== void 0) {
      let data2 = data.max_duration;
      if (typeof data2 === "string") {
        if (!pattern14.test(data2)) {
          const err7 = { instancePath: instancePath + "/max_duration", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m|h)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m|h)$"', schema: "^[1-9][0-9]{0,5}(s|m|h)$", parentSchema: schema83, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/max_duration", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.type, parentSchema: schema83, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern16 = new RegExp("^https?://", "u");
var pattern17 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,63}$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gates === void 0) {
      data.gates = [];
    }
    for (const key0 in data) {
      if (!(key0 === "provider" || key0 === "steps" || key0 === "metrics" || key0 === "gates")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.command === void 0) {
          const err1 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema81.properties.provider.required, parentSchema: schema81.properties.provider, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "command")) {
            const err2 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81.properties.provider, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.command !== void 0) {
          let data1 = data0.command;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err3 = { instancePath: instancePath + "/provider/command", schemaPath: "#/properties/provider/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema81.properties.provider.properties.command, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/provider/command", schemaPath: "#/properties/provider/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.provider.properties.command.type, parentSchema: schema81.properties.provider.properties.command, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.properties.provider.type, parentSchema: schema81.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.steps !== void 0) {
      let data2 = data.steps;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema81.properties.steps, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate45(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema81.properties.steps.type, parentSchema: schema81.properties.steps, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data4 = data.metrics;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.source === void 0) {
          const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema81.properties.metrics.required, parentSchema: schema81.properties.metrics, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "source" || key2 === "url" || key2 === "command" || key2 === "queries")) {
            const err9 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81.properties.metrics, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.source !== void 0) {
          let data5 = data4.source;
          if (!(data5 === "prometheus" || data5 === "command")) {
            const err10 = { instancePath: instancePath + "/metrics/source", schemaPath: "#/properties/metrics/properties/source/enum", keyword: "enum", params: { allowedValues: schema81.properties.metrics.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema81.properties.metrics.properties.source.enum, parentSchema: schema81.properties.metrics.properties.source, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.url !== void 0) {
          let data6 = data4.url;
          if (typeof data6 === "string") {
            if (!pattern16.test(data6)) {
              const err11 = { instancePath: instancePath + "/metrics/url", schemaPath: "#/properties/metrics/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema81.properties.metrics.properties.url, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metrics/url", schemaPath: "#/properties/metrics/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.metrics.properties.url.type, parentSchema: schema81.properties.metrics.properties.url, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.command !== void 0) {
          let data7 = data4.command;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err13 = { instancePath: instancePath + "/metrics/command", schemaPath: "#/properties/metrics/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema81.properties.metrics.properties.command, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/metrics/command", schemaPath: "#/properties/metrics/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.metrics.properties.command.type, parentSchema: schema81.properties.metrics.properties.command, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.queries !== void 0) {
          let data8 = data4.queries;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (Object.keys(data8).length < 1) {
              const err15 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema81.properties.metrics.properties.queries, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key3 in data8) {
              const _errs20 = errors;
              if (typeof key3 === "string") {
                if (!pattern17.test(key3)) {
                  const err16 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,63}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,63}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,63}$", parentSchema: schema81.properties.metrics.properties.queries.propertyNames, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              var valid5 = _errs20 === errors;
              if (!valid5) {
                const err17 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema81.properties.metrics.properties.queries.propertyNames, parentSchema: schema81.properties.metrics.properties.queries, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key4 in data8) {
              let data9 = data8[key4];
              if (typeof data9 !== "string") {
                const err18 = { instancePath: instancePath + "/metrics/queries/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/properties/queries/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.metrics.properties.queries.additionalProperties.type, parentSchema: schema81.properties.metrics.properties.queries.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.properties.metrics.properties.queries.type, parentSchema: schema81.properties.metrics.properties.queries, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.properties.metrics.type, parentSchema: schema81.properties.metrics, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.type, parentSchema: schema81, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema85 = { "type": "object", "additionalProperties": false, "properties": { "reference": { "$ref": "#/$defs/paths", "description": "File(s) with the reference data (such as the training data). The `--reference` flag overrides it.", "examples": ["data/train.parquet"] }, "current": { "$ref": "#/$defs/paths", "description": "File(s) with the current data (such as last week's requests). The `--current` flag overrides it.", "examples": ["logs/requests-*.jsonl.gz"] }, "features": { "$ref": "#/$defs/columns", "description": "The columns compared. When absent: every column both datasets have.", "examples": [["income", "age", "region"]] }, "tests": { "description": "The test of a feature, by name: `ks` (two-sample Kolmogorov-Smirnov), `psi` (population stability index), `wasserstein`, `chi_square` (test of independence on the categories) or `js` (Jensen-Shannon distance). A feature not listed: `ks` when its values are numbers, else `chi_square`.", "type": "object", "additionalProperties": { "enum": ["ks", "psi", "wasserstein", "chi_square", "js"] }, "default": {}, "examples": [{ "income": "psi", "region": "chi_square" }] }, "bins": { "description": "Number of bins of a numeric feature for `psi` and `js`, by the reference's quantiles.", "type": "integer", "minimum": 2, "maximum": 1e3, "default": 10 }, "max_drifted_share": { "description": "Most share of the features that may drift (their test rejects at the 0.05 level, or exceeds its rule's bound) before the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "examples": [0.25] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on `drifted_share` and on the test statistics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "psi", "max": 0.2 }]] }, "trigger": { "description": "A pipeline to start when the gate fails, such as a retraining: a GitHub `workflow_dispatch` (`workflow`) or `repository_dispatch` (`event_type`), or a GitLab pipeline on `ref`.", "type": "object", "additionalProperties": false, "properties": { "workflow": { "type": "string", "minLength": 1, "description": "GitHub: the workflow file to dispatch.", "examples": ["retrain.yml"] }, "event_type": { "type": "string", "minLength": 1, "maxLength": 100, "description": "GitHub: the `repository_dispatch` event type to send.", "examples": ["model-drift"] }, "ref": { "type": "string", "minLength": 1, "description": "The branch or tag the pipeline runs on. When absent: the default branch.", "examples": ["main"] }, "on": { "enum": ["fail", "warn"], "default": "fail", "description": "Trigger on a failed gate only (`fail`), or on a warning too (`warn`)." } } } } };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tests === void 0) {
      data.tests = {};
    }
    if (data.bins === void 0) {
      data.bins = 10;
    }
    if (data.gates === void 0) {
      data.gates = [];
    }
    for (const key0 in data) {
      if (!(key0 === "reference" || key0 === "current" || key0 === "features" || key0 === "tests" || key0 === "bins" || key0 === "max_drifted_share" || key0 === "gates" || key0 === "trigger")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data0 = data.reference;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/reference/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/reference/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.current !== void 0) {
      let data2 = data.current;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err6 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/current/" + i1, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/current/" + i1, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.features !== void 0) {
      let data4 = data.features;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err11 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j0;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data4[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    let data6 = data.tests;
    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
      for (const key1 in data6) {
        let data7 = data6[key1];
        if (!(data7 === "ks" || data7 === "psi" || data7 === "wasserstein" || data7 === "chi_square" || data7 === "js")) {
          const err15 = { instancePath: instancePath + "/tests/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema85.properties.tests.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema85.properties.tests.additionalProperties.enum, parentSchema: schema85.properties.tests.additionalProperties, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    } else {
      const err16 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.properties.tests.type, parentSchema: schema85.properties.tests, data: data6 };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    let data8 = data.bins;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err17 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema85.properties.bins.type, parentSchema: schema85.properties.bins, data: data8 };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 1e3 || isNaN(data8)) {
        const err18 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema85.properties.bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data8 < 2 || isNaN(data8)) {
        const err19 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema85.properties.bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.max_drifted_share !== void 0) {
      let data9 = data.max_drifted_share;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 1 || isNaN(data9)) {
          const err20 = { instancePath: instancePath + "/max_drifted_share", schemaPath: "#/properties/max_drifted_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema85.properties.max_drifted_share, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err21 = { instancePath: instancePath + "/max_drifted_share", schemaPath: "#/properties/max_drifted_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema85.properties.max_drifted_share, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/max_drifted_share", schemaPath: "#/properties/max_drifted_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema85.properties.max_drifted_share.type, parentSchema: schema85.properties.max_drifted_share, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    if (data.trigger !== void 0) {
      let data11 = data.trigger;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.on === void 0) {
          data11.on = "fail";
        }
        for (const key2 in data11) {
          if (!(key2 === "workflow" || key2 === "event_type" || key2 === "ref" || key2 === "on")) {
            const err23 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85.properties.trigger, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.workflow !== void 0) {
          let data12 = data11.workflow;
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err24 = { instancePath: instancePath + "/trigger/workflow", schemaPath: "#/properties/trigger/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema85.properties.trigger.properties.workflow, data: data12 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/trigger/workflow", schemaPath: "#/properties/trigger/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.trigger.properties.workflow.type, parentSchema: schema85.properties.trigger.properties.workflow, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.event_type !== void 0) {
          let data13 = data11.event_type;
          if (typeof data13 === "string") {
            if (func2(data13) > 100) {
              const err26 = { instancePath: instancePath + "/trigger/event_type", schemaPath: "#/properties/trigger/properties/event_type/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema85.properties.trigger.properties.event_type, data: data13 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (func2(data13) < 1) {
              const err27 = { instancePath: instancePath + "/trigger/event_type", schemaPath: "#/properties/trigger/properties/event_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema85.properties.trigger.properties.event_type, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/trigger/event_type", schemaPath: "#/properties/trigger/properties/event_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.trigger.properties.event_type.type, parentSchema: schema85.properties.trigger.properties.event_type, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data11.ref !== void 0) {
          let data14 = data11.ref;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err29 = { instancePath: instancePath + "/trigger/ref", schemaPath: "#/properties/trigger/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema85.properties.trigger.properties.ref, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/trigger/ref", schemaPath: "#/properties/trigger/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.trigger.properties.ref.type, parentSchema: schema85.properties.trigger.properties.ref, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let data15 = data11.on;
        if (!(data15 === "fail" || data15 === "warn")) {
          const err31 = { instancePath: instancePath + "/trigger/on", schemaPath: "#/properties/trigger/properties/on/enum", keyword: "enum", params: { allowedValues: schema85.properties.trigger.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema85.properties.trigger.properties.on.enum, parentSchema: schema85.properties.trigger.properties.on, data: data15 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.properties.trigger.type, parentSchema: schema85.properties.trigger, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.evaluate === void 0) {
      data.evaluate = {};
    }
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "data" || key0 === "evaluate" || key0 === "train" || key0 === "shadow_compare" || key0 === "canary" || key0 === "drift")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate21(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (!validate23(data.evaluate, { instancePath: instancePath + "/evaluate", parentData: data, parentDataProperty: "evaluate", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    if (data.train !== void 0) {
      if (!validate30(data.train, { instancePath: instancePath + "/train", parentData: data, parentDataProperty: "train", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.shadow_compare !== void 0) {
      if (!validate38(data.shadow_compare, { instancePath: instancePath + "/shadow_compare", parentData: data, parentDataProperty: "shadow_compare", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.canary !== void 0) {
      if (!validate44(data.canary, { instancePath: instancePath + "/canary", parentData: data, parentDataProperty: "canary", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.drift !== void 0) {
      if (!validate49(data.drift, { instancePath: instancePath + "/drift", parentData: data, parentDataProperty: "drift", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var fingerprint = "8000371b83317670761134a0865861a222f398b2bb7329ef961fb8fae30a1053";

// shared/config/load.ts
var MORE_ISSUES = 5;
var validator;
async function validate2() {
  if (validator) return validator;
  const current = createHash("sha256").update(JSON.stringify(modelgate_schema_default)).update("\0").update(JSON.stringify(ajv_options_default)).digest("hex");
  if (current === fingerprint) return validator = validate;
  const { Ajv2020 } = await import("./2020-PZC5A525.js");
  return validator = new Ajv2020(ajv_options_default).compile(modelgate_schema_default);
}
async function loadConfig(file, overrides = {}, gate = "evaluate") {
  const bytes = await readConfigFile(file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ConfigError(`config file ${file} is not valid UTF-8 text`, { file }, { cause });
  }
  const isJson = /\.json$/i.test(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: isJson ? "json" : "core", prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const position = error.linePos?.[0];
    const reason = error.message.split(/ at line \d+, column \d+/)[0];
    throw new ConfigError(
      `${isJson ? "JSON" : "YAML"} syntax error: ${reason}`,
      { file, line: position?.line, column: position?.col },
      { cause: error }
    );
  }
  rejectNonDecimalNumbers(doc, file, lineCounter);
  let raw;
  try {
    raw = doc.toJS();
  } catch (cause) {
    throw new ConfigError(`cannot read ${file}: ${cause.message}`, { file }, { cause });
  }
  const positions = documentPositions(doc, lineCounter);
  const overridden = applyOverrides(raw, overrides);
  if (isRecord(raw)) {
    for (const section of DEFAULTED_SECTIONS[gate]) if (raw[section] === void 0) raw[section] = {};
  }
  const check = await validate2();
  if (!check(raw)) throw configError(schemaIssues(check.errors ?? [], raw), file, positions, overridden);
  const config = raw;
  completeBeforeChecks(config, gate);
  const issues = semanticIssues(config, gate);
  if (issues.length > 0) throw configError(issues, file, positions, overridden);
  completeConfig(config, gate);
  const sourceMap = positions.values;
  for (const pointer of [...sourceMap.keys()]) {
    if (overridden.some((o) => pointer === o || pointer.startsWith(`${o}/`))) sourceMap.delete(pointer);
  }
  return { config, file, sha256, sourceMap };
}
function rejectNonDecimalNumbers(doc, file, lineCounter) {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "number" || node.format !== "HEX" && node.format !== "OCT") return;
      const position = node.range ? lineCounter.linePos(node.range[0]) : void 0;
      const written = String(node.source ?? node.value).slice(0, 40);
      throw new ConfigError(
        `${written} is ${node.format === "HEX" ? "a hexadecimal" : "an octal"} number; write numbers in decimal`,
        { file, line: position?.line, column: position?.col },
        { hint: `write ${node.value}, or quote the value if it is text` }
      );
    }
  });
}
async function readConfigFile(file) {
  try {
    return await readFile(file);
  } catch (cause) {
    const code = cause.code;
    if (code === "ENOENT")
      throw new ConfigError(
        `config file not found: ${file}`,
        { file },
        { hint: "create .modelgate.yml (see the README) or pass the path of your config", cause }
      );
    if (code === "EISDIR") throw new ConfigError(`config path is a directory, not a file: ${file}`, { file }, { cause });
    throw new ConfigError(`cannot read config file ${file}: ${cause.message}`, { file }, { cause });
  }
}
function applyOverrides(raw, overrides) {
  const pointers = [];
  if (!isRecord(raw)) return pointers;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === void 0 || Array.isArray(value) && value.length === 0) continue;
    const segments = key.includes(".") ? key.split(".") : ["data", key];
    if (segments.some((s) => s === "" || s === "__proto__" || s === "constructor" || s === "prototype")) {
      throw new ConfigError(
        `invalid override key \`${key}\``,
        {},
        { hint: "use a config key such as `threshold` or a dotted path such as `evaluate.min_group_size`" }
      );
    }
    let target = raw;
    let settable = true;
    for (const segment of segments.slice(0, -1)) {
      if (target[segment] === void 0 || target[segment] === null) target[segment] = {};
      const next = target[segment];
      if (!isRecord(next)) {
        settable = false;
        break;
      }
      target = next;
    }
    if (!settable) continue;
    const last = segments[segments.length - 1];
    const pointer = `/${segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
    const current = target[last];
    if (isRecord(value) && isRecord(current)) {
      for (const [key2, item] of Object.entries(value)) {
        current[key2] = item;
        pointers.push(`${pointer}/${key2.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      }
      continue;
    }
    target[last] = value;
    pointers.push(pointer);
  }
  return pointers;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function configError(issues, file, positions, overridden) {
  const located = issues.map((issue) => {
    const fromOverride = overridden.some((o) => issue.path === o || issue.path.startsWith(`${o}/`));
    const location = { file, path: issue.path };
    if (!fromOverride) Object.assign(location, locate(issue, positions));
    return { ...issue, location, message: fromOverride ? `${issue.message} (set by an override)` : issue.message };
  });
  located.sort(
    (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || Number(a.location.column ?? 0) - Number(b.location.column ?? 0)
  );
  const [first, ...rest] = located;
  const lines = rest.slice(0, MORE_ISSUES).map((issue) => {
    const where = issue.location.line === void 0 ? "" : ` at line ${issue.location.line}, column ${issue.location.column}`;
    return `  also${where}: ${issue.message}`;
  });
  if (rest.length > MORE_ISSUES) lines.push(`  ... and ${rest.length - MORE_ISSUES} more`);
  const message = [first.message, ...lines].join("\n");
  return new ConfigError(message, first.location, { hint: first.hint });
}
function locate(issue, positions) {
  let pointer = issue.at === "parent" ? parentPointer(issue.path) : issue.path;
  const exact = issue.at === "key" ? positions.keys.get(pointer) : void 0;
  if (exact) return exact;
  for (; ; ) {
    const position = positions.values.get(pointer);
    if (position) return position;
    if (pointer === "") return { line: 1, column: 1 };
    pointer = parentPointer(pointer);
  }
}
function locateInConfig(error, loaded) {
  if (!(error instanceof ConfigError) || error.location.file !== void 0 || error.location.path === void 0) return error;
  const { line, column } = configPosition(loaded, error.location.path);
  Object.assign(error.location, { file: loaded.file }, line === void 0 ? {} : { line, column });
  return error;
}

// shared/version.ts
var MODELGATE_VERSION = "0.1.0";

export {
  loadConfig,
  locateInConfig,
  MODELGATE_VERSION
};
