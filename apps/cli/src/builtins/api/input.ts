// What the request reads from files and stdin: `--input`, and `-F key=@file` / `@-`.
import { readFile } from 'node:fs/promises';
import { readStdin } from '../../config/terminal.js';
import { UsageError } from '../../exit-codes.js';
import { fileErrorText } from '../../input/file-error.js';
import { parseYaml } from '../../input/read.js';
import type { IO } from '../../io.js';
import type { ContentReader } from './fields.js';

/**
 * A reader of files and of stdin, which can be read once only: a second reader (`--input -` together with
 * `-F x=@-`) is a usage error naming both.
 */
export function contentReader(io: IO): ContentReader {
  let stdinOwner: string | undefined;
  return async (source, owner) => {
    if (source === '-') {
      if (stdinOwner) throw new UsageError(`${owner}: stdin is already read by ${stdinOwner}`);
      stdinOwner = owner;
      return readStdin(io);
    }
    try {
      return await readFile(source, 'utf8');
    } catch (error) {
      throw new UsageError(`${owner}: cannot read ${source}: ${fileErrorText(error)}`);
    }
  };
}

/** Reads `--input <file|->` and parses it as YAML or JSON (JSON is YAML); the result is sent as JSON. */
export async function readInput(file: string, read: ContentReader): Promise<unknown> {
  const source = file === '-' ? 'stdin' : file;
  const text = await read(file, `--input ${file}`);
  if (!text.trim()) throw new UsageError(`--input: ${source} is empty; expected a YAML or JSON request body`);
  return parseYaml('--input', source, text);
}
