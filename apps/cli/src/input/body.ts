import { UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { parseYaml, readText } from './read.js';

/** Reads a request body from `--file <path>` or `--file -` (stdin), as YAML or JSON (JSON is YAML). */
export async function readBody(io: IO, file: string): Promise<unknown> {
  const source = file === '-' ? 'stdin' : file;
  const text = await readText(io, '--file', file);
  if (!text.trim()) throw new UsageError(`--file: ${source} is empty; expected a YAML or JSON request body`);
  return parseYaml('--file', source, text);
}

/** Checks a body against the operation's request schema; every violation is named by its JSON pointer. */
export async function validateBody(
  operationId: string,
  body: unknown,
  source: string,
  command: string,
): Promise<void> {
  const { createSpecValidator } = await import('@zadig-ts/openapi/validator');
  const violations = createSpecValidator().requestBody(operationId, body);
  if (violations.length) {
    const lines = violations.map((v) => `  ${v.pointer || '/'}: ${v.message}`);
    throw new UsageError(
      `the request body from ${source} does not match the ${operationId} schema:\n${lines.join('\n')}`,
      `Run \`${command} --help\` for the fields, or see the ${operationId} schema in the spec.`,
    );
  }
}

/** A body as given on the command line: read from --file or a pipe (`given`), or none. */
export interface BodyInput {
  body?: unknown;
  /** Where it came from, for messages: the file, `stdin`, or `the command line`. */
  source: string;
  given?: true;
}
