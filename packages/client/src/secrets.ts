// Secrets in answers: the client hands data over as the server sent it; apps that show it to people or models
// call redactSecrets first. Where the secrets are comes from the spec (src/generated/secrets.ts).
import type { OperationId } from './call.js';
import { CREDENTIAL_FIELDS, SECRET_NAMES, SECRET_PATH_SETS, SECRET_PATHS_OF } from './generated/secrets.js';

/** What replaces a secret value. */
export const REDACTED = '[redacted]';

/** Options of {@link redactSecrets}. */
export interface RedactOptions {
  /** What replaces each secret value (default `[redacted]`). */
  replacement?: string | undefined;
}

/** A redacted copy of an answer, and where its secrets were. */
export interface Redacted<T> {
  /** The copy: each secret value that was not empty replaced by the replacement. `T` stays the declared type. */
  data: T;
  /** JSON pointers (RFC 6901) of the values replaced, in document order; empty when nothing was. */
  redacted: string[];
}

/** A node of an operation's secret paths, by segment (`[]` any item, `*` any key). */
interface PathNode {
  next: Map<string, PathNode>;
  /** Secret here. */
  secret: boolean;
  /** Secret here when the object holding it has these flags true. */
  when: string[];
}

const node = (): PathNode => ({ next: new Map(), secret: false, when: [] });
const tries = new Map<number, PathNode>();
const NAMES = new Set(SECRET_NAMES);

function trieOf(index: number | undefined): PathNode | undefined {
  if (index === undefined) return undefined;
  let root = tries.get(index);
  if (root) return root;
  root = node();
  for (const path of SECRET_PATH_SETS[index] ?? []) {
    const [spelled = '', flag] = path.split('?');
    let at = root;
    for (const segment of spelled.split('/')) {
      const child = at.next.get(segment) ?? node();
      at.next.set(segment, child);
      at = child;
    }
    if (flag) at.when.push(flag);
    else at.secret = true;
  }
  tries.set(index, root);
  return root;
}

const pointerPart = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Nothing to hide: absent, null and empty values stay as they are, so "no password set" still shows. */
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The operations whose answers hold secrets the spec marks, each with its secret paths (segments joined by
 * `/`, `[]` for array items, `*` for map keys, `?is_credential` for a value secret only when that flag is true).
 */
export function secretPaths(operationId: OperationId): readonly string[] {
  const index = SECRET_PATHS_OF[operationId as keyof typeof SECRET_PATHS_OF];
  return index === undefined ? [] : (SECRET_PATH_SETS[index] ?? []);
}

/**
 * A copy of `data`, an answer of `operationId` (or of an unknown route: `null`), with every secret value
 * replaced by `[redacted]`; `data` itself is not changed. Secrets are the properties the spec marks
 * `x-zadig-secret` on the operation's 2xx answer; `value` (`default`, `default_value`) of any object whose
 * `is_credential` is true; and, anywhere, properties with a name the spec lists in `x-zadig-secret-names`
 * (`oauth_token`, `password`, `auth_config`, …), which also covers open objects such as job specs.
 * `redacted` lists the JSON pointers of what was replaced, so an app can say that it hid something.
 */
export function redactSecrets<T>(
  operationId: OperationId | null,
  data: T,
  options: RedactOptions = {},
): Redacted<T> {
  const replacement = options.replacement ?? REDACTED;
  const redacted: string[] = [];
  const root =
    operationId === null ? undefined : trieOf(SECRET_PATHS_OF[operationId as keyof typeof SECRET_PATHS_OF]);

  const visit = (value: unknown, at: PathNode | undefined, pointer: string): unknown => {
    if (Array.isArray(value)) {
      const item = at?.next.get('[]');
      return value.map((entry, i) => visit(entry, item, `${pointer}/${i}`));
    }
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(object)) {
      const child = at?.next.get(key) ?? at?.next.get('*');
      const secret =
        NAMES.has(key) ||
        child?.secret === true ||
        child?.when.some((flag) => object[flag] === true) === true ||
        (object.is_credential === true && CREDENTIAL_FIELDS.includes(key));
      const here = `${pointer}/${pointerPart(key)}`;
      if (secret && !isEmpty(entry)) {
        out[key] = replacement;
        redacted.push(here);
      } else {
        out[key] = visit(entry, child, here);
      }
    }
    return out;
  };

  return { data: visit(data, root, '') as T, redacted };
}
