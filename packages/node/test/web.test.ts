// NodeHeaders, NodeRequest and NodeResponse (what zadigctl's bundle uses instead of undici's classes)
// behave as the Fetch standard's do for what the client, openapi-fetch and the transport use: checked
// side by side with the global classes on the same inputs.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { NodeHeaders, NodeRequest, NodeResponse } from '../src/index.js';

// Set-Cookie is the one field Headers iterates unjoined; the client never reads it.
const name = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,10}$/)
  .filter((n) => n.toLowerCase() !== 'set-cookie');
const value = fc.stringMatching(/^[ -~]{0,12}$/).map((v) => v.trim());

describe('NodeHeaders', () => {
  it('reads, joins and iterates like Headers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 8 }), (pairs) => {
        const ours = new NodeHeaders();
        const theirs = new Headers();
        for (const [k, v] of pairs) {
          ours.append(k, v);
          theirs.append(k, v);
        }
        expect([...ours]).toEqual([...theirs]);
        for (const [k] of pairs) expect(ours.get(k.toUpperCase())).toBe(theirs.get(k));
        expect(new NodeHeaders(ours).get('x')).toBe(ours.get('x'));
      }),
    );
  });

  it('takes records, pairs and other Headers', () => {
    expect(new NodeHeaders({ A: '1', b: ['2', '3'] }).get('b')).toBe('2, 3');
    expect(new NodeHeaders([['a', '1']]).has('A')).toBe(true);
    expect(new NodeHeaders(new Headers({ c: 'x' })).get('c')).toBe('x');
  });
});

describe('NodeRequest', () => {
  it('keeps the URL, method, headers, signal and body as given', async () => {
    const signal = new AbortController().signal;
    const request = new NodeRequest('http://h/p?q=1', {
      method: 'post',
      body: '{"a":1}',
      headers: { x: 'y' },
      signal,
    });
    expect([request.url, request.method, request.headers.get('x'), request.signal]).toEqual([
      'http://h/p?q=1',
      'POST',
      'y',
      signal,
    ]);
    expect(request.headers.get('content-type')).toBe(
      new Request('http://h', { method: 'POST', body: 'x' }).headers.get('content-type'),
    );
    expect(request.bodySource).toBe('{"a":1}');
    expect(await request.clone().text()).toBe('{"a":1}');
    expect(await request.json()).toEqual({ a: 1 });
    await expect(request.text()).rejects.toThrow(TypeError);
  });

  it('refuses a body on GET, as Request does', () => {
    expect(() => new NodeRequest('http://h', { body: 'x' })).toThrow(TypeError);
    expect(() => new Request('http://h', { body: 'x' })).toThrow(TypeError);
  });
});

describe('NodeResponse', () => {
  it('reads a Node stream as text, JSON or bytes, once', async () => {
    const response = new NodeResponse(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
    expect([response.status, response.ok, response.headers.get('content-type')]).toEqual([
      201,
      true,
      'application/json',
    ]);
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('offers a web stream for live reading, and clones', async () => {
    const response = new NodeResponse(Readable.from(['data: 1\n\n', 'data: 2\n\n']));
    const copy = response.clone();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    for (let r = await reader.read(); !r.done; r = await reader.read())
      text += Buffer.from(r.value).toString();
    expect(text).toBe('data: 1\n\ndata: 2\n\n');
    expect(await copy.text()).toBe(text);
  });

  it('checks status and null-body statuses as Response does', () => {
    for (const status of [199, 600]) {
      expect(() => new NodeResponse(null, { status })).toThrow(RangeError);
      expect(() => new Response(null, { status })).toThrow(RangeError);
    }
    expect(() => new NodeResponse('x', { status: 204 })).toThrow(TypeError);
    expect(new NodeResponse(null, { status: 302, headers: { location: '/x' } }).headers.get('location')).toBe(
      '/x',
    );
  });

  it('carries openapi-fetch calls: a request built with NodeRequest, a NodeResponse parsed', async () => {
    const seen: NodeRequest[] = [];
    const client = createClient<never>({
      baseUrl: 'http://zadig.test',
      Request: NodeRequest as unknown as typeof Request,
      fetch: async (request: Request) => {
        seen.push(request as unknown as NodeRequest);
        return new NodeResponse(JSON.stringify({ list: [1] }), {
          headers: { 'content-type': 'application/json' },
        }) as unknown as Response;
      },
    });
    const { data } = await (
      client as unknown as { GET: (p: string, o: unknown) => Promise<{ data: unknown }> }
    ).GET('/openapi/x', { params: { query: { a: 1 } } });
    expect(data).toEqual({ list: [1] });
    expect(seen[0]?.url).toBe('http://zadig.test/openapi/x?a=1');
  });
});
