import { Body, impliedType, type NodeBodyInit } from './body.js';
import { NodeHeaders } from './headers.js';

export interface NodeRequestInit {
  method?: string;
  headers?: ConstructorParameters<typeof NodeHeaders>[0];
  body?: NodeBodyInit;
  signal?: AbortSignal | null;
  redirect?: RequestRedirect;
  [extra: string]: unknown;
}

/** What a fetch needs of a request, without undici. */
export class NodeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: NodeHeaders;
  readonly signal: AbortSignal | null;
  readonly redirect: RequestRedirect;
  readonly #body: Body;

  constructor(input: string | URL | NodeRequest, init: NodeRequestInit = {}) {
    const from = input instanceof NodeRequest ? input : undefined;
    this.url = new URL(from ? from.url : String(input)).href;
    this.method = (init.method ?? from?.method ?? 'GET').toUpperCase();
    this.headers = new NodeHeaders(init.headers ?? from?.headers);
    this.signal = init.signal ?? from?.signal ?? null;
    this.redirect = init.redirect ?? from?.redirect ?? 'follow';
    const body = init.body !== undefined ? init.body : from ? from.#body.clone() : null;
    if (body !== null && body !== undefined && (this.method === 'GET' || this.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    this.#body = new Body(body);
    const type = impliedType(body);
    if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#body.stream();
  }

  get bodyUsed(): boolean {
    return this.#body.used;
  }

  /** The body as given (a string, bytes, a stream), so a transport can send it without a web stream. */
  get bodySource(): NodeBodyInit {
    return this.#body.source;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#body.bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return (await this.#body.bytes()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  clone(): NodeRequest {
    return new NodeRequest(this);
  }
}
