import { Body, impliedType, type NodeBodyInit } from './body.js';
import { NodeHeaders } from './headers.js';

export interface NodeResponseInit {
  status?: number;
  statusText?: string;
  headers?: ConstructorParameters<typeof NodeHeaders>[0];
}

const NULL_BODY = new Set([101, 204, 205, 304]);

/** What the client reads of a response, without undici. Takes a Node stream as its body, unconverted. */
export class NodeResponse {
  /** The transport may hand this class Node streams as they are. */
  static readonly acceptsNodeStreams = true;

  readonly status: number;
  readonly statusText: string;
  readonly headers: NodeHeaders;
  readonly url = '';
  readonly redirected = false;
  readonly type = 'default';
  readonly #body: Body;

  constructor(body: NodeBodyInit = null, init: NodeResponseInit = {}) {
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive (got ${status})`);
    }
    if (body !== null && body !== undefined && NULL_BODY.has(status)) {
      throw new TypeError(`Response with null body status ${status} cannot have body`);
    }
    this.status = status;
    this.statusText = init.statusText ?? '';
    this.headers = new NodeHeaders(init.headers);
    this.#body = new Body(body);
    const type = impliedType(body);
    if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#body.stream();
  }

  get bodyUsed(): boolean {
    return this.#body.used;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#body.bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.#body.bytes());
  }

  async text(): Promise<string> {
    return (await this.#body.bytes()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  clone(): NodeResponse {
    if (this.#body.used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new NodeResponse(this.#body.clone(), {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
  }
}
