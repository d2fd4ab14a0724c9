import { readFile } from 'node:fs/promises';
import { readStdin } from '../config/terminal.js';
import { UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { fileErrorText } from './file-error.js';

/** The text of `file`, or of stdin for `-`; an unreadable file is a usage error naming `flag`. */
export async function readText(io: IO, flag: string, file: string): Promise<string> {
  try {
    return file === '-' ? await readStdin(io) : await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${file === '-' ? 'stdin' : file}: ${fileErrorText(error)}`);
  }
}

/** Parses YAML (JSON is YAML); a syntax error is a usage error naming `flag`, the source, line and column. */
export async function parseYaml(flag: string, source: string, text: string): Promise<unknown> {
  const { parseDocument } = await import('../output/yaml.js');
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0]
      ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}`
      : '';
    throw new UsageError(
      `${flag}: ${source} is not valid YAML or JSON${where}: ${first.message.split('\n')[0]}`,
    );
  }
  return doc.toJS();
}
