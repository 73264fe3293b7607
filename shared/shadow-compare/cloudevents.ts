/**
 * Prediction logs as the Seldon Core and KServe payload loggers write them: CloudEvents (structured mode, one JSON
 * object a line) of type `io.seldon.serving.inference.request|response` or
 * `org.kubeflow.serving.inference.request|response`, a request and its response sharing the event id. Each pair
 * becomes one answer per instance of the request's batch, keyed by the request id the two deployments share: the
 * `requestid` extension (Seldon's x-request-id), else `metadata["x-request-id"]` (KServe's metadataHeaders), else
 * the event id; instance i of a batch of several is `<id>#<i>`.
 */
import { DataError } from '../errors.js';
import type { Answer } from './join.js';

const REQUEST_TYPES = new Set(['io.seldon.serving.inference.request', 'org.kubeflow.serving.inference.request']);
const RESPONSE_TYPES = new Set(['io.seldon.serving.inference.response', 'org.kubeflow.serving.inference.response']);
/** Instances a single event may carry: more is not a prediction log. */
const MAX_BATCH = 100_000;

export interface CloudEventCounts {
  events: number;
  requests: number;
  responses: number;
  /** Responses whose request is not in the log, and requests that never got one (counted as errors). */
  responsesWithoutRequest: number;
  requestsWithoutResponse: number;
  /** Events of another type (e.g. outlier detector events), skipped. */
  otherEvents: number;
}

interface Where {
  file: string;
  line: number;
}

interface PendingRequest {
  key: string;
  time: number;
  instances: number;
}

type Emit = (id: string, answer: Answer) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Pairs one side's request and response events and emits its answers. Call `finish()` after the last event. */
export class CloudEventPairer {
  readonly counts: CloudEventCounts = {
    events: 0,
    requests: 0,
    responses: 0,
    responsesWithoutRequest: 0,
    requestsWithoutResponse: 0,
    otherEvents: 0,
  };
  private readonly requests = new Map<string, PendingRequest>();
  private readonly responses = new Map<string, { data: unknown; time: number; where: Where }>();

  constructor(private readonly emit: Emit) {}

  add(event: unknown, where: Where): void {
    this.counts.events++;
    if (!isObject(event)) throw new DataError('a CloudEvent must be a JSON object', where);
    const type = event.type;
    const id = event.id;
    if (typeof type !== 'string' || typeof id !== 'string' || id === '')
      throw new DataError('a CloudEvent needs string attributes "type" and "id"', where);
    const time = typeof event.time === 'string' ? Date.parse(event.time) : NaN;
    if (REQUEST_TYPES.has(type)) {
      this.counts.requests++;
      const request = { key: requestKey(event), time, instances: instanceCount(event.data, where) };
      const response = this.responses.get(id);
      if (response) {
        this.responses.delete(id);
        this.pair(request, response.data, response.time, response.where);
      } else this.requests.set(id, request);
    } else if (RESPONSE_TYPES.has(type)) {
      this.counts.responses++;
      const request = this.requests.get(id);
      if (request) {
        this.requests.delete(id);
        this.pair(request, event.data, time, where);
      } else this.responses.set(id, { data: event.data, time, where });
    } else this.counts.otherEvents++;
  }

  finish(): CloudEventCounts {
    this.counts.responsesWithoutRequest += this.responses.size;
    this.responses.clear();
    for (const request of this.requests.values()) {
      this.counts.requestsWithoutResponse++;
      this.emitEach(request, () => failed());
    }
    this.requests.clear();
    if (this.counts.requests + this.counts.responses === 0 && this.counts.events > 0) {
      throw new DataError(
        `none of the ${this.counts.events} events is a Seldon or KServe inference request or response`,
        {},
        { hint: 'is this the payload log of an inference service?' },
      );
    }
    return this.counts;
  }

  private pair(request: PendingRequest, data: unknown, time: number, where: Where): void {
    const latency = Number.isFinite(time) && Number.isFinite(request.time) ? time - request.time : null;
    if (isObject(data) && 'error' in data) {
      this.emitEach(request, () => failed(latency));
      return;
    }
    const outputs = outputRows(data, where);
    if (outputs.length !== request.instances)
      throw new DataError(`the response has ${outputs.length} outputs for a request of ${request.instances} instances`, where);
    this.emitEach(request, (i) => ({ ...answerOf(outputs[i]), latency }));
  }

  private emitEach(request: PendingRequest, answer: (i: number) => Answer): void {
    if (request.instances === 1) this.emit(request.key, answer(0));
    else for (let i = 0; i < request.instances; i++) this.emit(`${request.key}#${i}`, answer(i));
  }
}

function failed(latency: number | null = null): Answer {
  return { score: null, prediction: null, latency, error: true, label: null, segments: [] };
}

function requestKey(event: Record<string, unknown>): string {
  if (typeof event.requestid === 'string' && event.requestid !== '') return event.requestid;
  const metadata = event.metadata;
  if (isObject(metadata)) {
    const header = metadata['x-request-id'];
    if (typeof header === 'string' && header !== '') return header;
    if (Array.isArray(header) && typeof header[0] === 'string') return header[0];
  }
  return event.id as string;
}

/** Rows of a request body: KServe v1 `instances`, Open Inference Protocol v2 `inputs[0]`, Seldon `data`. */
function instanceCount(data: unknown, where: Where): number {
  const rows =
    isObject(data) && Array.isArray(data.instances)
      ? data.instances.length
      : tensorRows(isObject(data) && Array.isArray(data.inputs) ? data.inputs[0] : seldonTensor(data), where);
  if (rows === null) throw new DataError('the request has no instances, inputs or Seldon data', where);
  if (rows < 1 || rows > MAX_BATCH) throw new DataError(`the request has ${rows} instances; between 1 and ${MAX_BATCH} are read`, where);
  return rows;
}

/** Per instance, the output: a number (score or class) or an array (class scores). */
function outputRows(data: unknown, where: Where): unknown[] {
  if (isObject(data) && Array.isArray(data.predictions)) return data.predictions;
  const tensor = isObject(data) && Array.isArray(data.outputs) ? data.outputs[0] : seldonTensor(data);
  const rows = tensorRows(tensor, where);
  if (rows === null || !isObject(tensor)) throw new DataError('the response has no predictions, outputs or Seldon data', where);
  const values = (tensor.data ?? tensor.values ?? tensor.ndarray) as unknown[];
  if (Array.isArray(values[0])) return values;
  const width = values.length / rows;
  if (!Number.isInteger(width)) throw new DataError(`the response's ${values.length} values do not split into ${rows} rows`, where);
  return width === 1 ? values : Array.from({ length: rows }, (_, i) => values.slice(i * width, (i + 1) * width));
}

function seldonTensor(data: unknown): unknown {
  if (!isObject(data) || !isObject(data.data)) return undefined;
  const inner = data.data;
  if (Array.isArray(inner.ndarray)) return { ndarray: inner.ndarray, shape: [inner.ndarray.length] };
  return inner.tensor;
}

function tensorRows(tensor: unknown, where: Where): number | null {
  if (!isObject(tensor)) return null;
  const shape = tensor.shape;
  if (Array.isArray(shape) && Number.isSafeInteger(shape[0])) return shape[0] as number;
  const values = tensor.data ?? tensor.values ?? tensor.ndarray;
  if (Array.isArray(values)) return values.length;
  throw new DataError('a tensor needs a shape or data', where);
}

/** A binary score is the last of two class scores (or the one number); the prediction is the top class. */
function answerOf(output: unknown): Answer {
  if (typeof output === 'number' && Number.isFinite(output)) {
    const isClass = Number.isInteger(output);
    return {
      score: isClass ? null : output,
      prediction: isClass ? String(output) : null,
      latency: null,
      error: false,
      label: null,
      segments: [],
    };
  }
  if (typeof output === 'string') return { score: null, prediction: output, latency: null, error: false, label: null, segments: [] };
  if (Array.isArray(output) && output.length > 0 && output.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const scores = output as number[];
    let top = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k] > scores[top]) top = k;
    return {
      score: scores.length <= 2 ? scores[scores.length - 1] : scores[top],
      prediction: String(top),
      latency: null,
      error: false,
      label: null,
      segments: [],
    };
  }
  // NaN, null or a shape we cannot read: an answer without evidence, counted as an error rather than guessed.
  return failed();
}
