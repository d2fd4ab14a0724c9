import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { readEvents, streamLogLines, ZadigConnectionError } from '../src/index.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function body(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode(text));
      c.close();
    },
  });
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('server-sent events', () => {
  it('parses data, event and id fields, multi-line data and comments', async () => {
    const events = await collect(
      readEvents(body(': hi\ndata: one\n\nevent: log\nid: 7\ndata: two\ndata: three\n\ndata: tail')),
    );
    expect(events).toEqual([
      { event: 'message', data: 'one' },
      { event: 'log', data: 'two\nthree', id: '7' },
      { event: 'message', data: 'tail', id: '7' }, // the last event id carries over, as the SSE spec says
    ]);
  });

  it('streams log lines over HTTP and reconnects after a drop without repeating lines', async () => {
    const route = 'GET /logs';
    server = await startFaultServer({
      [route]: [
        {
          chunks: [{ data: 'data: line 1\n\n' }, { data: 'data: line 2\n\n', delayMs: 20 }],
          thenReset: true,
        },
        { chunks: [{ data: 'data: line 1\n\ndata: line 2\n\n' }, { data: 'data: line 3\n\n', delayMs: 20 }] },
      ],
    });
    const url = `${server.url}/logs`;
    const open = async (signal?: AbortSignal) => {
      const response = await fetch(url, { signal }).catch((cause) => {
        throw new ZadigConnectionError('GET', url, { cause });
      });
      return response.body as ReadableStream<Uint8Array>;
    };
    const lines = await collect(streamLogLines(open, async () => {}, { maxReconnects: 2 }));
    expect(lines).toEqual(['line 1', 'line 2', 'line 3']);
    expect(server.requestsTo(route)).toHaveLength(2);
  });
});

describe('zadig.logs', () => {
  it('streams a workflow job log as lines until the server ends it', async () => {
    const { createZadigClient } = await import('../src/index.js');
    const route = 'GET /openapi/logs/sse/v4/workflow/deploy/7/build/500';
    server = await startFaultServer({
      [route]: [
        { chunks: [{ data: 'data: step 1\n\n' }, { data: 'data: step 2\ndata: step 3\n\n', delayMs: 30 }] },
      ],
    });
    const zadig = createZadigClient({ baseUrl: server.url, token: 't' });
    const lines = await collect(
      zadig.logs.workflowJob({ workflowName: 'deploy', taskID: 7, jobName: 'build', lines: 500 }),
    );
    expect(lines).toEqual(['step 1', 'step 2', 'step 3']);
    expect(server.requestsTo(route)[0]?.headers.accept).toBe('text/event-stream');
  });
});
