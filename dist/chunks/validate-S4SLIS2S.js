import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-N7SHT4AB.js";
import {
  __toESM
} from "./chunk-ZGDBGMMU.js";

// shared/report/validate.ts
var import__ = __toESM(require__(), 1);

// schema/report.schema.json
var report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schema/v2/report.schema.json",
  title: "modelgate report (report.json)",
  description: "What every modelgate gate writes as report.json: the verdict, its checks with their evidence, and the gate's own sections. docs/report-schema.md lists what changed between schema versions.",
  type: "object",
  required: ["schema_version", "gate", "verdict", "counts", "checks", "config", "notes"],
  additionalProperties: false,
  properties: {
    schema_version: { const: 2, description: "Bumped on any breaking change to this shape (docs/report-schema.md lists the changes)." },
    gate: { enum: ["evaluate", "train", "shadow-compare", "canary", "drift"] },
    verdict: { enum: ["pass", "warn", "fail", "error"], description: "The worst check status after severities and the inconclusive policy; error when the gate could not be evaluated." },
    counts: {
      type: "object",
      required: ["pass", "warn", "fail", "inconclusive", "error"],
      additionalProperties: false,
      properties: {
        pass: { $ref: "#/$defs/count" },
        warn: { $ref: "#/$defs/count" },
        fail: { $ref: "#/$defs/count" },
        inconclusive: { $ref: "#/$defs/count" },
        error: { $ref: "#/$defs/count" }
      }
    },
    checks: { type: "array", items: { $ref: "#/$defs/check" } },
    metrics: {
      type: "object",
      description: "evaluate and train: metric values of every population.",
      required: ["overall", "groups", "intersections", "slices"],
      additionalProperties: false,
      properties: {
        overall: { $ref: "#/$defs/metricBlock" },
        groups: { $ref: "#/$defs/blocksByAttribute" },
        intersections: { $ref: "#/$defs/blocksByAttribute" },
        slices: { $ref: "#/$defs/blocksByAttribute" }
      }
    },
    intervals: {
      type: "object",
      required: ["overall", "groups"],
      additionalProperties: false,
      properties: {
        overall: { type: "object", additionalProperties: { $ref: "#/$defs/interval" } },
        groups: { type: "object", additionalProperties: { type: "object", additionalProperties: { type: "object", additionalProperties: { $ref: "#/$defs/interval" } } } },
        none: {
          type: "object",
          description: "With bootstrap on: metrics with a point value but no interval in this task, each with why.",
          additionalProperties: { type: "string" }
        }
      }
    },
    disparities: { type: "object", additionalProperties: { type: "object", additionalProperties: { $ref: "#/$defs/disparity" } } },
    baseline: {
      type: "object",
      required: ["file", "join", "metrics"],
      properties: {
        file: { type: "string" },
        join: { enum: ["id", "position"] },
        metrics: { $ref: "#/$defs/metricBlock" },
        groups: { $ref: "#/$defs/blocksByAttribute" },
        disparities: { type: "object", additionalProperties: { type: "object", additionalProperties: { $ref: "#/$defs/disparity" } } }
      }
    },
    data: {
      type: "object",
      description: "What was read: files, format, rows read, used and skipped (with reasons and samples). Rows a gate held in memory (train's held-out predictions) have format `memory`, bytes 0, and files naming where the rows came from.",
      required: ["files", "format", "rowsRead", "rowsUsed", "rowsSkipped", "skippedSamples", "bytes"],
      properties: {
        files: { type: "array", items: { type: "string" } },
        format: { type: "string" },
        rowsRead: { $ref: "#/$defs/count" },
        rowsUsed: { $ref: "#/$defs/count" },
        rowsSkipped: { type: "object", additionalProperties: { $ref: "#/$defs/count" } },
        skippedSamples: { type: "array" },
        bytes: { $ref: "#/$defs/count" },
        task: { type: "string" },
        threshold: { type: "number" },
        threshold_rule: { type: "string" },
        model: {
          type: "object",
          description: "Set when evaluate scored a dataset through a model (`--model`): the model, where it was asked (no credentials), and how.",
          required: ["kind", "endpoint", "features", "dataset", "predictions", "rows", "requests", "batch_size", "concurrency", "latency_ms"],
          additionalProperties: false,
          properties: {
            kind: { enum: ["oip", "tfserving", "kserve", "json", "command", "tfjs"] },
            endpoint: { type: "string" },
            features: { type: "array", items: { type: "string" } },
            dataset: { type: "array", items: { type: "string" } },
            predictions: { type: "string" },
            rows: { $ref: "#/$defs/count" },
            requests: { $ref: "#/$defs/count" },
            batch_size: { type: "integer", minimum: 1 },
            concurrency: { type: "integer", minimum: 1 },
            latency_ms: {
              type: "object",
              required: ["mean", "max"],
              additionalProperties: false,
              properties: { mean: { type: "number", minimum: 0 }, max: { type: "number", minimum: 0 } }
            }
          }
        }
      }
    },
    bootstrap: {
      type: "object",
      required: ["replicates", "level", "seed", "method"],
      properties: { replicates: { $ref: "#/$defs/count" }, level: { type: "number" }, seed: { type: "integer" }, method: { type: "string" } }
    },
    config: { type: "object", additionalProperties: false, properties: { file: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } } },
    notes: { type: "array", items: { type: "string" } },
    error: {
      type: "object",
      description: "Set when the gate could not be evaluated at all (then the verdict is error): why, and where. A verdict of error can also come from a check whose rule could not be applied; that check says why.",
      required: ["kind", "message"],
      additionalProperties: false,
      properties: {
        kind: { type: "string" },
        message: { type: "string" },
        file: { type: "string" },
        line: { type: "integer" },
        column: { type: ["integer", "string"] },
        path: { type: "string" }
      }
    },
    calibration: { type: "array", items: { type: "object", required: ["lower", "upper", "weight"] } },
    score_histogram: { type: "array", items: { type: "object", required: ["lower", "upper", "negative", "positive"] } },
    curves: { type: "object", required: ["overall", "groups"] },
    sections: {
      type: "object",
      description: "Sections of gates other than evaluate (train: train and lineage; shadow-compare: shadow_compare), each typed below.",
      properties: {
        shadow_compare: {
          oneOf: [
            { $ref: "#/$defs/shadowCompareSection" },
            {
              type: "object",
              description: "An error report of a replay a model's failures stopped: each model's requests, failures and first failure up to the stop; nothing was compared.",
              required: ["replay"],
              additionalProperties: false,
              properties: { replay: { $ref: "#/$defs/shadowCompareSection/properties/replay" } }
            }
          ]
        },
        train: { $ref: "#/$defs/trainSection" },
        lineage: { $ref: "#/$defs/lineageSection" },
        behavioral: {
          type: "object",
          description: "evaluate with `evaluate.behavioral`: each test's counts and failing cases (tests with failures first).",
          required: ["tests"],
          additionalProperties: false,
          properties: {
            tests: {
              type: "array",
              items: {
                type: "object",
                required: ["name", "type", "cases", "failed", "fail_rate", "failing"],
                additionalProperties: false,
                properties: {
                  name: { type: "string" },
                  type: { enum: ["MFT", "INV", "DIR"] },
                  cases: { $ref: "#/$defs/count" },
                  failed: { $ref: "#/$defs/count" },
                  fail_rate: { $ref: "#/$defs/number" },
                  baseline: {
                    type: "object",
                    description: "With `evaluate.behavioral_baseline`: the cases the baseline model fails, and those failing on the candidate only.",
                    required: ["failed", "new_failures"],
                    additionalProperties: false,
                    properties: { failed: { $ref: "#/$defs/count" }, new_failures: { $ref: "#/$defs/count" } }
                  },
                  failing: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["case", "at", "input", "expected", "got"],
                      additionalProperties: false,
                      properties: {
                        case: { type: "integer", minimum: 1 },
                        at: { type: "string" },
                        input: { type: "object" },
                        perturbed: { type: "object" },
                        expected: { type: "string" },
                        got: { type: "string" },
                        new: { type: "boolean", description: "With a baseline model: the baseline passes this case." },
                        baseline_got: { type: "string" }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  allOf: [
    { if: { required: ["error"] }, then: { properties: { verdict: { const: "error" } } } },
    { if: { properties: { gate: { enum: ["evaluate", "train"] } }, not: { required: ["error"] } }, then: { required: ["metrics", "intervals", "disparities", "data"] } }
  ],
  $defs: {
    shadowRegressionErrors: {
      type: "object",
      required: ["mae", "rmse"],
      properties: { mae: { type: "number", minimum: 0 }, rmse: { type: "number", minimum: 0 } }
    },
    shadowCalibration: {
      type: "object",
      required: ["brier", "ece"],
      properties: { brier: { type: "number", minimum: 0, maximum: 1 }, ece: { type: "number", minimum: 0, maximum: 1 } }
    },
    count: { type: "number", minimum: 0 },
    number: { type: ["number", "null"] },
    interval: { type: "array", prefixItems: [{ type: "number" }, { type: "number" }], minItems: 2, maxItems: 2 },
    metricBlock: {
      type: "object",
      required: ["n", "weighted_n"],
      properties: { n: { $ref: "#/$defs/count" }, weighted_n: { type: "number" } },
      additionalProperties: { $ref: "#/$defs/number" }
    },
    blocksByAttribute: { type: "object", additionalProperties: { type: "object", additionalProperties: { $ref: "#/$defs/metricBlock" } } },
    disparity: {
      type: "object",
      required: ["value", "relative_to", "groups", "interval", "undefined_groups", "definition"],
      properties: {
        metric: { type: "string" },
        value: { $ref: "#/$defs/number" },
        relative_to: { type: "string" },
        groups: { type: "object" },
        interval: { oneOf: [{ $ref: "#/$defs/interval" }, { type: "null" }] },
        undefined_replicates: { type: "object", required: ["count", "share"] },
        undefined_groups: { type: "array", items: { type: "string" } },
        definition: { type: "string" }
      }
    },
    check: {
      type: "object",
      required: ["id", "title", "status", "raw_status", "severity", "metric", "value", "bound", "interval", "n", "reason", "rule"],
      additionalProperties: false,
      properties: {
        id: { type: "string", minLength: 1 },
        title: { type: "string" },
        status: { $ref: "#/$defs/status" },
        raw_status: { $ref: "#/$defs/status" },
        severity: { enum: ["fail", "warn"] },
        metric: { type: "string" },
        scope: { type: "object", additionalProperties: { type: "string" } },
        value: { $ref: "#/$defs/number" },
        bound: {
          type: "object",
          required: ["on"],
          additionalProperties: false,
          properties: {
            min: { type: "number" },
            max: { type: "number" },
            max_drop: { type: "number" },
            max_relative_drop: { type: "number" },
            on: { enum: ["point", "lower_bound", "upper_bound"] }
          }
        },
        interval: { oneOf: [{ $ref: "#/$defs/interval" }, { type: "null" }] },
        n: { oneOf: [{ $ref: "#/$defs/count" }, { type: "null" }] },
        disparity_key: { type: "string" },
        baseline: {
          type: "object",
          required: ["value", "delta", "delta_interval"],
          additionalProperties: false,
          properties: {
            value: { $ref: "#/$defs/number" },
            delta: { $ref: "#/$defs/number" },
            delta_interval: { oneOf: [{ $ref: "#/$defs/interval" }, { type: "null" }] }
          }
        },
        reason: { type: "string", minLength: 1 },
        evidence: { $ref: "#/$defs/evidence" },
        rule: {
          type: "object",
          required: ["index"],
          additionalProperties: false,
          properties: { index: { type: "integer", minimum: -1 }, file: { type: "string" }, line: { type: "integer" }, column: { type: "integer" } }
        }
      }
    },
    status: { enum: ["pass", "warn", "fail", "inconclusive", "error"] },
    evidence: {
      type: "object",
      required: ["test", "statistic", "p_value"],
      additionalProperties: false,
      properties: {
        test: { type: "string" },
        statistic: { $ref: "#/$defs/number" },
        p_value: { oneOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "null" }] },
        p_value_adjusted: { oneOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "null" }] },
        adjustment: { type: "string" },
        effect: {
          type: "object",
          required: ["name", "value"],
          additionalProperties: false,
          properties: { name: { type: "string" }, value: { $ref: "#/$defs/number" }, interval: { oneOf: [{ $ref: "#/$defs/interval" }, { type: "null" }] } }
        },
        power: { $ref: "#/$defs/number" },
        sample_size_needed: { oneOf: [{ type: "integer", minimum: 0 }, { type: "null" }] },
        replicates: { type: "integer", minimum: 0, description: "A bootstrap interval's replicates." },
        seed: { type: "integer", description: "The seed of the bootstrap's replicate weights." },
        failures: {
          type: "object",
          description: "A behavioral test run against a baseline model: its failing cases on the candidate and on the baseline, and those failing on the candidate only.",
          required: ["candidate", "baseline", "new"],
          additionalProperties: false,
          properties: { candidate: { $ref: "#/$defs/count" }, baseline: { $ref: "#/$defs/count" }, new: { $ref: "#/$defs/count" } }
        }
      }
    },
    shadowCompareSection: {
      type: "object",
      description: "What shadow-compare measured: the join of both logs, the comparison's tables, the top disagreements and what was read.",
      required: ["join", "comparison", "top_disagreements", "redacted", "data", "options"],
      additionalProperties: false,
      properties: {
        join: {
          type: "object",
          description: "Rows of each log, pairs joined by request id, unmatched and repeated ids, the join rate, and the delayed labels.",
          required: ["production", "shadow", "pairs", "duplicateProduction", "duplicateShadow", "unmatchedProduction", "unmatchedShadow", "joinRate", "labels", "duplicateLabels", "labelledPairs"],
          additionalProperties: false,
          properties: {
            production: { $ref: "#/$defs/count" },
            shadow: { $ref: "#/$defs/count" },
            pairs: { $ref: "#/$defs/count" },
            duplicateProduction: { $ref: "#/$defs/count" },
            duplicateShadow: { $ref: "#/$defs/count" },
            unmatchedProduction: { $ref: "#/$defs/count" },
            unmatchedShadow: { $ref: "#/$defs/count" },
            labels: { $ref: "#/$defs/count" },
            duplicateLabels: { $ref: "#/$defs/count" },
            labelledPairs: { $ref: "#/$defs/count" },
            joinRate: { type: ["number", "null"], minimum: 0, maximum: 1 }
          }
        },
        comparison: {
          type: "object",
          description: "Agreement and the flip matrix, score deltas, calibration, latency quantiles, error rates and flips per segment.",
          required: ["pairs", "classification", "scores", "calibration", "regression", "latency", "errors", "segments", "worstSegment"],
          properties: {
            pairs: { $ref: "#/$defs/count" },
            classification: {
              type: ["object", "null"],
              required: ["n", "agreement", "flips", "classes", "flipMatrix"],
              properties: {
                n: { $ref: "#/$defs/count" },
                agreement: { type: "number", minimum: 0, maximum: 1 },
                flips: { $ref: "#/$defs/count" },
                classes: { type: "array", items: { type: "string" } },
                flipMatrix: { type: "array", items: { type: "array", items: { $ref: "#/$defs/count" } } }
              }
            },
            scores: {
              type: ["object", "null"],
              required: ["n", "meanDelta", "deltaQuantiles", "psiCuts", "psiEpsilon", "relativeDeltaQuantiles"],
              properties: {
                n: { $ref: "#/$defs/count" },
                meanDelta: { type: "number" },
                deltaQuantiles: { type: "object", additionalProperties: { type: "number" } },
                psiCuts: { type: "array", items: { type: "number" } },
                psiEpsilon: { type: "number" },
                relativeDeltaQuantiles: { type: ["object", "null"], additionalProperties: { type: "number" } }
              }
            },
            calibration: {
              type: ["object", "null"],
              description: "Brier score and expected calibration error (10 equal-width bins) per side, over the labelled pairs; null without labels or when the scores are not binary probabilities.",
              required: ["n", "production", "shadow"],
              properties: {
                n: { $ref: "#/$defs/count" },
                production: { $ref: "#/$defs/shadowCalibration" },
                shadow: { $ref: "#/$defs/shadowCalibration" }
              }
            },
            regression: {
              type: ["object", "null"],
              description: "Mean absolute and root mean squared error per side over the pairs with a numeric label (data.task regression); null otherwise.",
              required: ["n", "production", "shadow"],
              properties: {
                n: { $ref: "#/$defs/count" },
                production: { $ref: "#/$defs/shadowRegressionErrors" },
                shadow: { $ref: "#/$defs/shadowRegressionErrors" }
              }
            },
            latency: {
              type: ["object", "null"],
              required: ["n", "production", "shadow", "deltaIntervals"],
              properties: {
                n: { $ref: "#/$defs/count" },
                production: { type: "object", additionalProperties: { type: "number" } },
                shadow: { type: "object", additionalProperties: { type: "number" } },
                deltaIntervals: {
                  type: "object",
                  description: "Per quantile, the paired Poisson bootstrap percentile interval of shadow - production (null with no replicates).",
                  additionalProperties: { oneOf: [{ $ref: "#/$defs/interval" }, { type: "null" }] }
                }
              }
            },
            errors: {
              type: ["object", "null"],
              required: ["n", "production", "shadow"],
              properties: {
                n: { $ref: "#/$defs/count" },
                production: { type: "number", minimum: 0, maximum: 1 },
                shadow: { type: "number", minimum: 0, maximum: 1 }
              }
            },
            segments: {
              type: "array",
              items: {
                type: "object",
                required: ["attribute", "value", "n", "flips", "flipRate", "pValue", "pValueAdjusted"],
                properties: {
                  attribute: { type: "string" },
                  value: { type: "string" },
                  n: { $ref: "#/$defs/count" },
                  flips: { $ref: "#/$defs/count" },
                  flipRate: { type: ["number", "null"] },
                  pValue: { type: ["number", "null"] },
                  pValueAdjusted: { type: ["number", "null"] }
                }
              }
            },
            worstSegment: {
              type: ["object", "null"],
              required: ["attribute", "value", "flipRate"],
              properties: { attribute: { type: "string" }, value: { type: "string" }, flipRate: { type: "number" } }
            }
          }
        },
        top_disagreements: {
          type: "array",
          maxItems: 20,
          items: {
            type: "object",
            required: ["id", "production", "shadow", "segments"],
            properties: {
              id: { type: "string" },
              production: { $ref: "#/$defs/shadowAnswer" },
              shadow: { $ref: "#/$defs/shadowAnswer" },
              segments: { type: "object", additionalProperties: { type: ["string", "null"] } }
            }
          }
        },
        redacted: { type: "array", items: { type: "string" } },
        data: {
          type: "object",
          required: ["production", "shadow"],
          properties: {
            production: { $ref: "#/$defs/shadowLog" },
            shadow: { $ref: "#/$defs/shadowLog" },
            labels: { $ref: "#/$defs/shadowLog" },
            replay_file: { $ref: "#/$defs/shadowLog" }
          }
        },
        replay: {
          type: "object",
          description: "Replay mode: the file of recorded requests, the batching, the request budget, and each model's requests, failures and latency.",
          required: ["files", "rows", "batch_size", "concurrency", "max_requests", "budget_reached", "endpoints"],
          additionalProperties: false,
          properties: {
            files: { type: "array", items: { type: "string" } },
            rows: { $ref: "#/$defs/count" },
            batch_size: { type: "integer", minimum: 1 },
            concurrency: { type: "integer", minimum: 1 },
            max_requests: { type: ["integer", "null"], minimum: 1 },
            budget_reached: { type: "boolean" },
            endpoints: {
              type: "object",
              required: ["production", "shadow"],
              additionalProperties: false,
              properties: { production: { $ref: "#/$defs/replayEndpoint" }, shadow: { $ref: "#/$defs/replayEndpoint" } }
            }
          }
        },
        options: {
          type: "object",
          required: ["level", "correction", "psi_bins", "psi_epsilon", "min_segment_size", "bootstrap"],
          properties: {
            level: { type: "number" },
            correction: { enum: ["holm", "bh"] },
            psi_bins: { type: "integer" },
            psi_epsilon: { type: "number" },
            min_segment_size: { type: "integer" },
            bootstrap: {
              type: "object",
              description: "The paired Poisson bootstrap behind the latency deltas' intervals: replicates (0: none), the seed of their weights, and the method.",
              required: ["replicates", "seed", "method"],
              additionalProperties: false,
              properties: { replicates: { $ref: "#/$defs/count" }, seed: { type: "integer" }, method: { type: "string" } }
            }
          }
        }
      }
    },
    shadowAnswer: {
      type: "object",
      required: ["score", "prediction"],
      properties: { score: { type: ["number", "null"] }, prediction: { type: ["string", "null"] } }
    },
    replayEndpoint: {
      type: "object",
      description: "One model of a replay: where it is (no credentials), what it was sent, how much failed, and its latency per answered request.",
      required: ["kind", "endpoint", "features", "requests", "failed_requests", "rows", "failed_rows", "error_rate", "latency_ms", "first_error"],
      additionalProperties: false,
      properties: {
        kind: { enum: ["oip", "tfserving", "kserve", "json", "command", "tfjs"] },
        endpoint: { type: "string" },
        features: { type: "array", items: { type: "string" } },
        requests: { $ref: "#/$defs/count" },
        failed_requests: { $ref: "#/$defs/count" },
        rows: { $ref: "#/$defs/count" },
        failed_rows: { $ref: "#/$defs/count" },
        error_rate: { type: ["number", "null"], minimum: 0, maximum: 1 },
        latency_ms: {
          type: ["object", "null"],
          required: ["mean", "p50", "p95", "p99", "max"],
          additionalProperties: { type: "number", minimum: 0 }
        },
        first_error: { type: ["string", "null"] }
      }
    },
    shadowLog: {
      type: "object",
      required: ["files", "rows"],
      properties: {
        files: { type: "array", items: { type: "string" } },
        rows: { $ref: "#/$defs/count" },
        cloud_events: { type: "object", additionalProperties: { $ref: "#/$defs/count" } }
      }
    },
    trainSection: {
      type: "object",
      description: "How train trained: the trainer (built-in model and its backend, or an external command), its features and loss curve, the sample it drew, and what it read.",
      required: ["trainer", "sample", "data"],
      properties: {
        trainer: { enum: ["built-in", "command"] },
        command: { type: "string" },
        model: { type: "string" },
        backend: { type: "string" },
        backend_notes: { type: "array", items: { type: "string" } },
        features: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "kind"],
            properties: { name: { type: "string" }, kind: { enum: ["numeric", "categorical"] }, categories: { $ref: "#/$defs/count" } }
          }
        },
        epochs: { $ref: "#/$defs/count" },
        stopped_early_after: { $ref: "#/$defs/count" },
        loss: { type: "array", items: { type: "number" } },
        val_loss: { type: "array", items: { type: "number" } },
        weights_sha256: { $ref: "#/$defs/sha256" },
        sample: {
          type: "object",
          required: ["method", "seed", "rows_read", "rows", "train_rows", "holdout_rows", "strata"],
          properties: {
            method: { type: "string" },
            seed: { type: "integer" },
            rows_read: { $ref: "#/$defs/count" },
            rows: { $ref: "#/$defs/count" },
            train_rows: { $ref: "#/$defs/count" },
            holdout_rows: { $ref: "#/$defs/count" },
            strata: {
              type: "object",
              additionalProperties: {
                type: "object",
                required: ["rows", "sampled"],
                properties: { rows: { $ref: "#/$defs/count" }, sampled: { $ref: "#/$defs/count" } }
              }
            },
            cache_hit: { type: "boolean" },
            file: { type: "string" }
          }
        },
        data: {
          type: "object",
          required: ["files", "rowsRead"],
          properties: { files: { type: "array", items: { type: "string" } }, rowsRead: { $ref: "#/$defs/count" } }
        }
      }
    },
    lineageSection: {
      type: "object",
      description: "The model card (manifest.json): the commit, config, inputs and sample by sha256, the trainer, the model files and the held-out predictions, and the verdict they earned.",
      required: ["modelgate_manifest", "git", "config", "inputs", "sample", "trainer", "model", "predictions", "verdict"],
      properties: {
        modelgate_manifest: { const: 1 },
        git: {
          type: "object",
          required: ["commit", "ref"],
          properties: { commit: { type: ["string", "null"] }, ref: { type: ["string", "null"] } }
        },
        config: {
          type: "object",
          required: ["file", "sha256"],
          properties: { file: { type: "string" }, sha256: { $ref: "#/$defs/sha256" } }
        },
        inputs: { type: "array", items: { $ref: "#/$defs/fileHash" } },
        sample: {
          type: "object",
          required: ["file", "sha256", "method", "seed", "rows", "holdout_sha256"],
          properties: {
            file: { type: "string" },
            sha256: { $ref: "#/$defs/sha256" },
            method: { type: "string" },
            seed: { type: "integer" },
            rows: { $ref: "#/$defs/count" },
            holdout_sha256: { $ref: "#/$defs/sha256" },
            strata: {
              type: "object",
              additionalProperties: {
                type: "object",
                required: ["rows", "sampled"],
                properties: { rows: { $ref: "#/$defs/count" }, sampled: { $ref: "#/$defs/count" } }
              }
            }
          }
        },
        trainer: { type: "object", required: ["kind"], properties: { kind: { enum: ["built-in", "command"] } } },
        model: {
          type: "object",
          required: ["dir", "files"],
          properties: { dir: { type: "string" }, files: { type: "array", items: { $ref: "#/$defs/fileHash" } } }
        },
        predictions: { $ref: "#/$defs/fileHash" },
        verdict: { enum: ["pass", "warn", "fail", "error"] }
      }
    },
    fileHash: {
      type: "object",
      required: ["file", "sha256", "bytes"],
      properties: { file: { type: "string" }, sha256: { $ref: "#/$defs/sha256" }, bytes: { $ref: "#/$defs/count" } }
    },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }
  }
};

// shared/report/validate.ts
var validator = null;
function assertValidReport(json) {
  validator ??= new import__.Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allowMatchingProperties: true
  }).compile(report_schema_default);
  if (validator(json)) return;
  const problems = (validator.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
  throw new Error(`report.json breaks schema/report.schema.json: ${problems.join("; ")}`);
}
export {
  assertValidReport
};
