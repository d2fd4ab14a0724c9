// `-f key=value` / `-F key=value` fields, with gh's key syntax: `a[b]=1` nests, `a[]=x` appends to an array,
// `a[][b]=1` builds an array of objects (a new object starts when the last one already has that key,
// unless the key holds an array).
import { UsageError } from '../../exit-codes.js';

/** A value a field can hold once parsed and nested. */
export type FieldValue = string | number | boolean | null | FieldValue[] | FieldMap;
/** The fields of a request, nested by their keys. */
export type FieldMap = { [key: string]: FieldValue };

/** One `-f`/`-F` occurrence, in command-line order. */
export interface FieldArg {
  /** The flag as typed (`-f`, `--raw-field`, `-F`, `--field`), for messages. */
  flag: string;
  /** `-F`: convert `true`/`false`/`null`/numbers and read `@file`. */
  typed: boolean;
  text: string;
}

/** Reads `@file` / `@-` contents for typed fields. */
export type ContentReader = (source: string, owner: string) => Promise<string>;

const KEY = /^([^[\]=]+)((?:\[[^[\]]*\])*)$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function isMap(value: FieldValue | undefined): value is FieldMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: FieldValue): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return isMap(value) ? 'an object' : `a ${typeof value}`;
}

/** The key's segments: `a[b][]` -> ['a', 'b', '']. */
function keySegments(arg: FieldArg, key: string): string[] {
  const match = KEY.exec(key);
  if (!match) {
    throw new UsageError(
      `${arg.flag} ${JSON.stringify(arg.text)}: invalid key ${JSON.stringify(key)}`,
      'Keys are a name, optionally followed by [name] to nest or [] to append: a, a[b], a[], a[][b].',
    );
  }
  const nested = [...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '');
  return [match[1] ?? '', ...nested];
}

async function typedValue(arg: FieldArg, raw: string, read: ContentReader): Promise<FieldValue> {
  if (raw.startsWith('@')) return read(raw.slice(1), `${arg.flag} ${arg.text}`);
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'null') return null;
  if (INTEGER.test(raw)) {
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) {
      throw new UsageError(
        `${arg.flag} ${JSON.stringify(arg.text)}: ${raw} is too large to send as a JSON number exactly`,
        'Send it as a string with -f instead.',
      );
    }
    return value;
  }
  return NUMBER.test(raw) ? Number(raw) : raw;
}

function fail(arg: FieldArg, message: string): never {
  throw new UsageError(`${arg.flag} ${JSON.stringify(arg.text)}: ${message}`);
}

/** The object under `key`, created when absent. */
function childMap(arg: FieldArg, parent: FieldMap, key: string): FieldMap {
  const existing = parent[key];
  if (existing === undefined) {
    const created: FieldMap = {};
    parent[key] = created;
    return created;
  }
  if (!isMap(existing))
    fail(arg, `expected an object under ${JSON.stringify(key)}, but it is ${describe(existing)}`);
  return existing;
}

/** The object of array `key` to put `next` in: the last one while it lacks `next` (or has an array there). */
function itemMap(arg: FieldArg, parent: FieldMap, key: string, next: string): FieldMap {
  const existing = parent[key] ?? [];
  if (!Array.isArray(existing))
    fail(arg, `expected an array under ${JSON.stringify(key)}, but it is ${describe(existing)}`);
  parent[key] = existing;
  const last = existing[existing.length - 1];
  // An array under `next` is appended to, as gh does: a[][v][]=1 -f a[][v][]=2 gives [{v:[1,2]}].
  if (isMap(last) && (!(next in last) || Array.isArray(last[next]))) return last;
  const created: FieldMap = {};
  existing.push(created);
  return created;
}

function insert(arg: FieldArg, root: FieldMap, segments: string[], value: FieldValue | undefined): void {
  let target = root;
  let appending = false;
  let key: string | undefined;
  for (const segment of segments) {
    if (segment === '') {
      appending = true;
      continue;
    }
    if (key !== undefined) {
      target = appending ? itemMap(arg, target, key, segment) : childMap(arg, target, key);
      appending = false;
    }
    key = segment;
  }
  if (key === undefined) fail(arg, 'missing key');
  if (appending) {
    const existing = target[key] ?? [];
    if (!Array.isArray(existing))
      fail(arg, `expected an array under ${JSON.stringify(key)}, but it is ${describe(existing)}`);
    // `a[]` without a value is gh's way to send an empty array.
    target[key] = value === undefined ? existing : [...existing, value];
    return;
  }
  if (key in target) fail(arg, `${JSON.stringify(key)} is set twice`);
  target[key] = value ?? null;
}

/**
 * Builds the nested field map from `-f`/`-F` arguments in command-line order. `-F` values become JSON
 * `true`/`false`/`null`/numbers, and `@file` (or `@-` for stdin) reads a file's content as a string.
 */
export async function parseFields(args: FieldArg[], read: ContentReader): Promise<FieldMap> {
  const root: FieldMap = {};
  for (const arg of args) {
    const eq = arg.text.indexOf('=');
    const key = eq === -1 ? arg.text : arg.text.slice(0, eq);
    const segments = keySegments(arg, key);
    if (eq === -1 && segments[segments.length - 1] !== '') {
      throw new UsageError(
        `flag ${arg.flag} needs key=value, got ${JSON.stringify(arg.text)}`,
        'For example: -f name=demo, -F count=3, -F enabled=true, -F body=@file.txt.',
      );
    }
    const raw = eq === -1 ? undefined : arg.text.slice(eq + 1);
    const value = raw === undefined ? undefined : arg.typed ? await typedValue(arg, raw, read) : raw;
    insert(arg, root, segments, value);
  }
  return root;
}
