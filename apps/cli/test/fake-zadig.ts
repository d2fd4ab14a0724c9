// A fake Zadig on 127.0.0.1 for contract tests: every operation of the spec answers its documented 200
// with the spec's own example (so discovered values are the examples' values), except the operations a
// test breaks on purpose. Requests are matched to operations by path template and recorded.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { resolveRef } from '@zadig-ts/openapi/validator';

const require = createRequire(import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
type Json = any;

/** The bundled spec, read as a file (not through the code under test). */
export const spec: Json = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8'));

export interface SpecOperation {
  operationId: string;
  tag: string;
  method: string;
  path: string;
  deprecated: boolean;
  /** The documented 200 response's media type and example. */
  mediaType: string;
  example: unknown;
}

function deref(node: Json): Json {
  return resolveRef(spec, node);
}

function firstExample(media: Json): unknown {
  if (media?.example !== undefined) return media.example;
  const first = Object.values(media?.examples ?? {})[0];
  return first === undefined ? undefined : deref(first).value;
}

/** Every operation of the spec with its 200 example. */
export const specOperations: SpecOperation[] = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  Object.entries<Json>(item)
    .filter(([, op]) => op?.operationId)
    .map(([method, op]) => {
      const [mediaType, media] = Object.entries<Json>(deref(op.responses['200']).content)[0] ?? [];
      return {
        operationId: op.operationId,
        tag: op.tags[0],
        method: method.toUpperCase(),
        path,
        deprecated: Boolean(op.deprecated),
        mediaType: String(mediaType),
        example: firstExample(media),
      };
    }),
);

/** The request body example of an operation. */
export function exampleRequestBody(operationId: string): unknown {
  const op = specOperations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  const body = deref(spec.paths[op.path][op.method.toLowerCase()].requestBody);
  return firstExample(body?.content?.['application/json']);
}

/** The 200 example of an operation, deep-copied so that a test can break it. */
export function example<T = Json>(operationId: string): T {
  const op = specOperations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  return structuredClone(op.example) as T;
}

/** What the fake sends for an operation. */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  /** Send the headers and the body, then keep the connection open (an event stream that never ends). */
  keepOpen?: boolean;
  delayMs?: number;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  /** The operation the request matched, if any. */
  operationId: string | undefined;
}

export interface FakeZadig {
  readonly url: string;
  readonly requests: FakeRequest[];
  /** Requests that matched an operation. */
  requestsFor(operationId: string): FakeRequest[];
  close(): Promise<void>;
}

interface Route {
  op: SpecOperation;
  pattern: RegExp;
  literals: number;
}

function routeOf(op: SpecOperation): Route {
  const segments = op.path.split('/');
  const pattern = new RegExp(
    `^${segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`,
  );
  return { op, pattern, literals: segments.filter((s) => !s.startsWith('{')).length };
}

// More literal segments first: /environments/production beats /environments/{envName}.
const routes = specOperations.map(routeOf).sort((a, b) => b.literals - a.literals);

function defaultAnswer(op: SpecOperation): FakeAnswer {
  return {
    status: 200,
    headers: { 'content-type': op.mediaType },
    body: op.example,
    keepOpen: op.mediaType === 'text/event-stream',
  };
}

function send(res: ServerResponse, answer: FakeAnswer): void {
  const isJson = answer.body !== undefined && typeof answer.body !== 'string';
  const payload = answer.body === undefined ? '' : isJson ? JSON.stringify(answer.body) : String(answer.body);
  res.writeHead(answer.status ?? 200, {
    ...(isJson ? { 'content-type': 'application/json' } : {}),
    ...answer.headers,
  });
  if (answer.keepOpen) {
    res.flushHeaders();
    res.write(payload);
    return;
  }
  res.end(payload);
}

/**
 * Starts the fake. `answers` replace the default answer of operations, by operationId; with `token`, a
 * request without `Authorization: Bearer <token>` gets 401.
 */
export async function startFakeZadig(
  options: {
    answers?: Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;
    token?: string;
  } = {},
): Promise<FakeZadig> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const route = routes.find((r) => r.op.method === method && r.pattern.test(url.pathname));
      const request: FakeRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
        operationId: route?.op.operationId,
      };
      requests.push(request);
      if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
        send(res, {
          status: 401,
          body: {
            type: 'error',
            code: 401,
            message: 'Unauthorized',
            description: 'token is invalid',
            extra: {},
          },
        });
        return;
      }
      if (!route) {
        send(res, {
          status: 404,
          headers: { 'content-type': 'text/plain' },
          body: `no route ${url.pathname}`,
        });
        return;
      }
      const override = options.answers?.[route.op.operationId];
      const answer =
        typeof override === 'function' ? override(request) : (override ?? defaultAnswer(route.op));
      if (answer.delayMs) setTimeout(() => send(res, answer), answer.delayMs);
      else send(res, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsFor: (operationId) => requests.filter((r) => r.operationId === operationId),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
