/**
 * The reference model server's /metrics as a real Prometheus sees it: Debian's `prometheus` scrapes the server on
 * 127.0.0.1 every second, and its HTTP query API must give back the requests the test sent, by protocol and status,
 * a latency histogram that counts every request, and the in-flight gauge; `promtool check metrics` lints the exposition text.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { missingPackages, skipNote, SYSTEM_TOOLS } from '../helpers/system.js';
import { startServer } from './server.js';

const missing = missingPackages(SYSTEM_TOOLS.prometheus);
const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-prometheus-'));
let prometheus: ChildProcess | undefined;

afterAll(() => {
  prometheus?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `ask` every 250 ms until it gives a value, for at most `seconds`. */
async function eventually<T>(ask: () => Promise<T | undefined>, seconds: number, what: string): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await ask().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Prometheus did not ${what} within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

async function query(api: string, promql: string): Promise<Sample[]> {
  const answer = (await (await fetch(`${api}/api/v1/query?query=${encodeURIComponent(promql)}`)).json()) as {
    status: string;
    data: { result: Sample[] };
  };
  if (answer.status !== 'success') throw new Error(`query ${promql}: ${JSON.stringify(answer)}`);
  return answer.data.result;
}

describe('the reference model server scraped by a real Prometheus', () => {
  test.skipIf(missing.length > 0)(
    `Debian's prometheus scrapes /metrics: requests by protocol and code, the histogram's count and the in-flight gauge as sent; promtool lints the text${skipNote(missing)}`,
    async () => {
      const server = await startServer();
      const post = (route: string, body: unknown) =>
        fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      for (let i = 0; i < 3; i++)
        expect((await post('/v1/models/credit:predict', { instances: [{ income: i, debt: 1, age: 30 }] })).status).toBe(200);
      const oip = { inputs: ['income', 'debt', 'age'].map((name) => ({ name, shape: [1], datatype: 'FP64', data: [1] })) };
      for (let i = 0; i < 4; i++) expect((await post('/v2/models/credit/infer', oip)).status).toBe(200);
      for (let i = 0; i < 2; i++) expect((await fetch(`${server.url}/v2/models/nope`)).status).toBe(404);

      const text = await (await fetch(`${server.url}/metrics`)).text();
      const lint = spawnSync('/usr/bin/promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect(lint.status, lint.stdout + lint.stderr).toBe(0);

      const port = await freePort();
      const target = new URL(server.url).host;
      writeFileSync(
        path.join(dir, 'prometheus.yml'),
        `global: {scrape_interval: 1s, evaluation_interval: 1s}\nscrape_configs:\n  - job_name: model-server\n    static_configs: [{targets: ['${target}']}]\n`,
      );
      prometheus = spawn(
        '/usr/bin/prometheus',
        [
          `--config.file=${path.join(dir, 'prometheus.yml')}`,
          `--storage.tsdb.path=${path.join(dir, 'data')}`,
          `--web.listen-address=127.0.0.1:${port}`,
          '--log.level=warn',
        ],
        { stdio: 'ignore' },
      );
      const api = `http://127.0.0.1:${port}`;
      await eventually(async () => ((await fetch(`${api}/-/ready`)).ok ? true : undefined), 60, 'get ready');
      const up = await eventually(
        async () => {
          const found = await query(api, 'up{job="model-server"}');
          return found.length === 1 && found[0].value[1] === '1' ? found : undefined;
        },
        60,
        'scrape the model server',
      );
      expect(up[0].metric.instance).toBe(target);

      const byRoute = await query(
        api,
        'sum by (protocol, code) (modelgate_model_requests_total{model="credit",version="1",protocol!="other"})',
      );
      const counts = Object.fromEntries(byRoute.map((s) => [`${s.metric.protocol} ${s.metric.code}`, Number(s.value[1])]));
      expect(counts).toEqual({ 'tfserving 200': 3, 'oip 200': 4, 'oip 404': 2 });
      // Every request is in the histogram, /metrics too (protocol "other"): both read from the same scrape.
      const [all] = await query(api, 'sum(modelgate_model_requests_total{model="credit"})');
      const [count] = await query(api, 'modelgate_model_request_duration_seconds_count{model="credit"}');
      expect(Number(all.value[1])).toBeGreaterThanOrEqual(10);
      expect(Number(count.value[1])).toBe(Number(all.value[1]));
      const [inFlight] = await query(api, 'modelgate_model_requests_in_flight{model="credit"}');
      // The scrape itself is the one request in flight when the gauge is read.
      expect(Number(inFlight.value[1])).toBe(1);
    },
    120_000,
  );
});
