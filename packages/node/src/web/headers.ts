// Headers, Request and Response that a command line can use instead of the global ones: touching any of
// the globals makes Node load undici, its fetch implementation (most of a short command's start-up). These
// cover what the client, openapi-fetch and the transport use; a bundler swaps them in for the globals.

type HeadersInput =
  | NodeHeaders
  | Headers
  | Array<[string, string]>
  | Record<string, string | readonly string[] | undefined>
  | undefined;

/** Case-insensitive header fields in insertion order, as the Fetch standard's Headers. */
export class NodeHeaders {
  readonly #fields = new Map<string, string[]>();

  constructor(init?: HeadersInput) {
    if (!init) return;
    const source = init as { forEach?: unknown };
    if (typeof source.forEach === 'function' && !Array.isArray(init)) {
      (init as NodeHeaders).forEach((value, key) => {
        this.append(key, value);
      });
    } else if (Array.isArray(init)) {
      for (const [key, value] of init) this.append(key, value);
    } else {
      for (const [key, value] of Object.entries(init as Record<string, unknown>)) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [value]) this.append(key, String(one));
      }
    }
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const list = this.#fields.get(key);
    const clean = String(value).trim();
    if (list) list.push(clean);
    else this.#fields.set(key, [clean]);
  }

  set(name: string, value: string): void {
    this.#fields.set(name.toLowerCase(), [String(value).trim()]);
  }

  get(name: string): string | null {
    return this.#fields.get(name.toLowerCase())?.join(', ') ?? null;
  }

  getSetCookie(): string[] {
    return [...(this.#fields.get('set-cookie') ?? [])];
  }

  has(name: string): boolean {
    return this.#fields.has(name.toLowerCase());
  }

  delete(name: string): void {
    this.#fields.delete(name.toLowerCase());
  }

  forEach(callback: (value: string, key: string, parent: NodeHeaders) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): IterableIterator<[string, string]> {
    // Sorted by name, as the standard's iteration is.
    for (const key of [...this.#fields.keys()].sort()) yield [key, this.get(key) as string];
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
