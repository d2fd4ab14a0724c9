import { readFile } from 'node:fs/promises';
import { UsageError } from '../exit-codes.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a request body from `--file <path>` or `--file -` (stdin), as YAML or JSON (JSON is YAML). */
export async function readBody(file: string): Promise<unknown> {
  const source = file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--file: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (!text.trim()) throw new UsageError(`--file: ${source} is empty; expected a YAML or JSON request body`);
  const { parseDocument } = await import('../output/yaml.js');
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0]
      ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}`
      : '';
    throw new UsageError(
      `--file: ${source} is not valid YAML or JSON${where}: ${first.message.split('\n')[0]}`,
    );
  }
  return doc.toJS();
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
