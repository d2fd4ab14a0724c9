// `-f/--raw-field key=value` and `-F/--field key=value` on commands with a body, as in `zadigctl api` (and gh):
// body fields on top of the body file. `-f` used to be `--file`'s short form; a value that is an existing file
// is that old habit, told apart from a field and pointed at `--file`.
import { statSync } from 'node:fs';
import type { FieldArg, FieldMap, FieldValue } from '../builtins/api/fields.js';
import { contentReader } from '../builtins/api/input.js';
import { UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import type { FlagValue } from '../model/parse.js';

function list(value: FlagValue | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value : [value];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The `-f` and `-F` arguments (strings first, then typed), refusing a bare file name given to `-f`. */
export function fieldArgs(values: Record<string, FlagValue | undefined>): FieldArg[] {
  const raw = list(values['raw-field']).map((text) => ({ flag: '-f', typed: false, text }));
  const typed = list(values.field).map((text) => ({ flag: '-F', typed: true, text }));
  for (const arg of [...raw, ...typed]) {
    if (!arg.text.includes('=') && isFile(arg.text)) {
      throw new UsageError(
        `${arg.flag} ${arg.text}: ${arg.flag} sets a field (key=value); ${arg.text} is a file`,
        `To send ${arg.text} as the request body, use --file ${arg.text}.`,
      );
    }
  }
  return [...raw, ...typed];
}

/** Parses `-f`/`-F` arguments into nested fields (`@file` and `@-` read for `-F`). */
export async function parseFieldArgs(io: IO, args: FieldArg[]): Promise<FieldMap> {
  const { parseFields } = await import('../builtins/api/fields.js');
  return parseFields(args, contentReader(io));
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `fields` set into `body` (a copy): maps merge key by key; a value the body already has differently is a usage
 * error naming the field's JSON pointer, as a flag that disagrees with the body is.
 */
export function mergeFields(body: unknown, fields: FieldMap, source: string, pointer = ''): unknown {
  if (body === undefined) return fields;
  if (!isMap(body)) {
    throw new UsageError(
      `-f/-F set fields of an object, but the body from ${source} is ${Array.isArray(body) ? 'an array' : 'not an object'}`,
    );
  }
  const out: Record<string, unknown> = { ...body };
  for (const [key, value] of Object.entries(fields) as Array<[string, FieldValue]>) {
    const at = `${pointer}/${key}`;
    const present = out[key];
    if (present === undefined) out[key] = value;
    else if (isMap(present) && isMap(value)) out[key] = mergeFields(present, value, source, at);
    else if (JSON.stringify(present) !== JSON.stringify(value)) {
      throw new UsageError(
        `-f/-F ${at.slice(1)}=${JSON.stringify(value)} disagrees with ${at}: ${JSON.stringify(present)} in the body from ${source}`,
        'Give the field once: in the body file or as a flag.',
      );
    }
  }
  return out;
}
