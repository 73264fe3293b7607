// Payload-logger CloudEvents in the shapes Seldon Core and KServe write (structured mode, JSON Lines).
import { describe, expect, it } from 'vitest';
import { CloudEventPairer } from '../../shared/shadow-compare/cloudevents.js';
import type { Answer } from '../../shared/shadow-compare/join.js';
import { DataError } from '../../shared/errors.js';

function collect(events: unknown[]): { answers: [string, Answer][]; counts: ReturnType<CloudEventPairer['finish']> } {
  const answers: [string, Answer][] = [];
  const pairer = new CloudEventPairer((id, answer) => answers.push([id, answer]));
  events.forEach((event, i) => pairer.add(event, { file: 'log.jsonl', line: i + 1 }));
  return { answers, counts: pairer.finish() };
}

const kserve = (type: 'request' | 'response', id: string, time: string, data: unknown, extra: object = {}) => ({
  specversion: '1.0',
  type: `org.kubeflow.serving.inference.${type}`,
  source: 'http://localhost:9081/',
  id,
  time,
  datacontenttype: 'application/json',
  inferenceservicename: 'sklearn-iris',
  namespace: 'default',
  endpoint: '',
  data,
  ...extra,
});

describe('CloudEvents prediction logs', () => {
  it('KServe v1: a batch of two instances, request and response paired by event id, latency from their times', () => {
    const { answers, counts } = collect([
      kserve(
        'request',
        'e1',
        '2026-12-01T10:00:00.000Z',
        {
          instances: [
            [6.8, 2.8, 4.8, 1.4],
            [6.0, 3.4, 4.5, 1.6],
          ],
        },
        { metadata: { 'x-request-id': ['r-1'] } },
      ),
      kserve('response', 'e1', '2026-12-01T10:00:00.042Z', { predictions: [1, 1] }),
    ]);
    expect(answers).toEqual([
      ['r-1#0', { score: null, prediction: '1', latency: 42, error: false, label: null, segments: [] }],
      ['r-1#1', { score: null, prediction: '1', latency: 42, error: false, label: null, segments: [] }],
    ]);
    expect(counts).toMatchObject({ requests: 1, responses: 1, requestsWithoutResponse: 0 });
  });

  it('Seldon Core: ndarray class probabilities, the response before its request, keyed by the requestid extension', () => {
    const seldon = (type: string, data: unknown) => ({
      specversion: '1.0',
      type: `io.seldon.serving.inference.${type}`,
      id: 'abc',
      requestid: 'shared-7',
      source: 'seldon',
      time: '2026-12-01T10:00:01Z',
      data,
    });
    const { answers } = collect([
      seldon('response', { data: { names: ['t:0', 't:1'], ndarray: [[0.2, 0.8]] }, meta: {} }),
      seldon('request', { data: { ndarray: [[1, 2, 3]] } }),
    ]);
    expect(answers).toEqual([['shared-7', { score: 0.8, prediction: '1', latency: 0, error: false, label: null, segments: [] }]]);
  });

  it('Open Inference Protocol v2 bodies: flat data split by shape', () => {
    const { answers } = collect([
      kserve('request', 'v2', '2026-12-01T10:00:00Z', {
        inputs: [{ name: 'x', shape: [2, 3], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6] }],
      }),
      kserve('response', 'v2', '2026-12-01T10:00:00Z', {
        outputs: [{ name: 'p', shape: [2, 2], datatype: 'FP32', data: [0.9, 0.1, 0.3, 0.7] }],
      }),
    ]);
    expect(answers.map(([id, a]) => [id, a.score, a.prediction])).toEqual([
      ['v2#0', 0.1, '0'],
      ['v2#1', 0.7, '1'],
    ]);
  });

  it('an error body, a request never answered and a NaN output are errors, never answers with a score', () => {
    const { answers, counts } = collect([
      kserve('request', 'a', '2026-12-01T10:00:00Z', { instances: [[1]] }),
      kserve('response', 'a', '2026-12-01T10:00:01Z', { error: 'model crashed' }),
      kserve('request', 'b', '2026-12-01T10:00:00Z', { instances: [[1]] }),
      kserve('request', 'c', '2026-12-01T10:00:00Z', { instances: [[1]] }),
      kserve('response', 'c', '2026-12-01T10:00:00Z', { predictions: [null] }),
      kserve('response', 'z', '2026-12-01T10:00:00Z', { predictions: [0.5] }),
      { specversion: '1.0', type: 'io.seldon.serving.outlier', id: 'o' },
    ]);
    expect(answers.every(([, a]) => a.error && a.score === null)).toBe(true);
    expect(answers.map(([id]) => id).sort()).toEqual(['a', 'b', 'c']);
    expect(counts).toMatchObject({ requestsWithoutResponse: 1, responsesWithoutRequest: 1, otherEvents: 1 });
  });

  it('malformed logs are DataErrors naming the line: not an object, no id, outputs that do not match the batch, another schema', () => {
    expect(() => collect([[1, 2]])).toThrow(DataError);
    expect(() => collect([{ type: 'org.kubeflow.serving.inference.request' }])).toThrow(/"type" and "id"/);
    try {
      collect([kserve('request', 'x', '', { instances: [[1], [2]] }), kserve('response', 'x', '', { predictions: [1] })]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).location).toMatchObject({ file: 'log.jsonl', line: 2 });
      expect((error as Error).message).toMatch(/1 outputs for a request of 2 instances/);
    }
    expect(() => collect([{ id: '1', type: 'com.example.order.created' }])).toThrow(/none of the 1 events/);
  });
});
