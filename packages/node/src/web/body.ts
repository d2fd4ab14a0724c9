// The body of a NodeRequest or NodeResponse: bytes, text, or a stream (Node's or the web's), read once.
import { Readable } from 'node:stream';

export type NodeBodyInit =
  | string
  | Uint8Array
  | ArrayBuffer
  | URLSearchParams
  | Readable
  | ReadableStream<Uint8Array>
  | null
  | undefined;

const isNodeStream = (value: unknown): value is Readable =>
  typeof (value as Readable | null)?.pipe === 'function' &&
  typeof (value as ReadableStream).getReader !== 'function';

/** A body read at most once; streams stay streams until read. */
export class Body {
  #source: NodeBodyInit;
  #used = false;

  constructor(source: NodeBodyInit) {
    this.#source = source ?? null;
  }

  get isNull(): boolean {
    return this.#source === null || this.#source === undefined;
  }

  get used(): boolean {
    return this.#used;
  }

  /** The raw source, for a transport that can send it as it is. */
  get source(): NodeBodyInit {
    return this.#source;
  }

  /** The body as a web stream (loaded only when asked for: live logs read it so). */
  stream(): ReadableStream<Uint8Array> | null {
    const source = this.#source;
    if (source === null || source === undefined) return null;
    if (typeof (source as ReadableStream).getReader === 'function')
      return source as ReadableStream<Uint8Array>;
    const node = isNodeStream(source) ? source : Readable.from([bytesOf(source as never)]);
    const web = Readable.toWeb(node) as unknown as ReadableStream<Uint8Array>;
    this.#source = web;
    return web;
  }

  async bytes(): Promise<Buffer> {
    if (this.#used) throw new TypeError('Body is unusable: it has already been read');
    this.#used = true;
    const source = this.#source;
    if (source === null || source === undefined) return Buffer.alloc(0);
    if (isNodeStream(source) || typeof (source as ReadableStream).getReader === 'function') {
      const chunks: Buffer[] = [];
      for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
      }
      return Buffer.concat(chunks);
    }
    return bytesOf(source as string | Uint8Array | ArrayBuffer | URLSearchParams);
  }

  /** A copy for clone(): bytes and text are shared; a stream is teed (through the web's tee). */
  clone(): NodeBodyInit {
    const source = this.#source;
    if (source === null || source === undefined || typeof source === 'string') return source;
    if (source instanceof Uint8Array || source instanceof ArrayBuffer || source instanceof URLSearchParams)
      return source;
    const [a, b] = (this.stream() as ReadableStream<Uint8Array>).tee();
    this.#source = a;
    return b;
  }
}

function bytesOf(source: string | Uint8Array | ArrayBuffer | URLSearchParams): Buffer {
  if (typeof source === 'string') return Buffer.from(source);
  if (source instanceof URLSearchParams) return Buffer.from(source.toString());
  if (source instanceof ArrayBuffer) return Buffer.from(source);
  return Buffer.from(source.buffer, source.byteOffset, source.byteLength);
}

/** The content type a body of this kind implies, when the caller set none. */
export function impliedType(source: NodeBodyInit): string | undefined {
  if (typeof source === 'string') return 'text/plain;charset=UTF-8';
  if (source instanceof URLSearchParams) return 'application/x-www-form-urlencoded;charset=UTF-8';
  return undefined;
}
