/**
 * The keep-alive race: fetch keeps connections open for the next requests, and the server closes them as a request
 * goes out on one. The server here tells the client it keeps connections for 60 s, but its idle connections expire
 * as soon as they have served a response: the first request that arrives on one finds it expired, and the server
 * closes it unanswered together with every other idle connection (Server.closeIdleConnections), which is what the
 * client sees when the server's idle timeout fires as a request crosses it on the wire. An idempotent request (a
 * model's scoring POST) is sent once more, on a new connection; any other request is not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError, httpRequest } from '../../shared/net/http.js';
import { postBatch } from '../../shared/model/http-model.js';

let server: Server;
let base: string;
/** Per request: the connection it came on (1-based) and whether it was answered. */
let seen: { connection: number; answered: boolean }[];
/** When set, even a new connection's first request is closed unanswered. */
let closeAll: boolean;

beforeEach(async () => {
  seen = [];
  closeAll = false;
  const connections = new WeakMap<Socket, { id: number; served: number }>();
  let opened = 0;
  server = createServer((request, response) => {
    let connection = connections.get(request.socket);
    if (connection === undefined) connections.set(request.socket, (connection = { id: ++opened, served: 0 }));
    if (connection.served > 0 || closeAll) {
      seen.push({ connection: connection.id, answered: false });
      request.socket.destroy();
      server.closeIdleConnections();
      return;
    }
    connection.served++;
    seen.push({ connection: connection.id, answered: true });
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'keep-alive': 'timeout=60' });
      response.end('{"outputs":[0.5]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const NO_RETRIES = { retries: 0, backoffMs: 1 };

describe('a kept-alive connection the server closes as the next request arrives', () => {
  it('an idempotent POST is sent once more, on a new connection, even with no retries', async () => {
    const post = () => httpRequest({ method: 'POST', url: `${base}/score`, body: '{}', idempotent: true }, NO_RETRIES);
    for (let i = 0; i < 6; i++) await expect(post()).resolves.toMatchObject({ status: 200 });
    const closed = seen.filter((r) => !r.answered);
    expect(closed.length).toBeGreaterThan(0);
    // Each request closed unanswered is followed by its resend, answered on a connection not used before.
    seen.forEach((r, i) => {
      if (r.answered) return;
      expect(seen[i + 1]).toMatchObject({ answered: true });
      expect(seen.slice(0, i + 1).some((earlier) => earlier.connection === seen[i + 1].connection)).toBe(false);
    });
    expect(seen.filter((r) => r.answered)).toHaveLength(6);
  });

  it("a model's scoring request (postBatch) survives it", async () => {
    const score = () => postBatch(`${base}/score`, 'model', {}, { inputs: [1] }, { timeoutMs: 5000, ...NO_RETRIES }, 0, 1);
    for (let i = 0; i < 6; i++) expect(await score()).toEqual({ outputs: [0.5] });
    expect(seen.filter((r) => !r.answered).length).toBeGreaterThan(0);
    expect(seen.filter((r) => r.answered)).toHaveLength(6);
  });

  it('a POST that is not idempotent is not sent again: the failure is the answer', async () => {
    const post = () => httpRequest({ method: 'POST', url: `${base}/comment`, body: 'x' }, NO_RETRIES);
    let error: unknown;
    for (let i = 0; i < 6 && error === undefined; i++)
      error = await post().then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: undefined, tries: 1, closedBeforeAnswer: true });
    expect(seen.at(-1)).toMatchObject({ answered: false });
    expect(seen.filter((r) => !r.answered)).toHaveLength(1);
  });

  it('sends it once more only: a server that closes every connection unanswered fails the request', async () => {
    closeAll = true;
    const error = await httpRequest({ method: 'POST', url: `${base}/score`, body: '{}', idempotent: true }, NO_RETRIES).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: undefined, tries: 2 });
    expect((error as HttpError).message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/score: no answer: .* \(after 2 tries\)$/);
    expect(seen).toEqual([
      { connection: 1, answered: false },
      { connection: 2, answered: false },
    ]);
  });
});
