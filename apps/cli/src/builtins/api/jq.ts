// `--jq` with jq-wasm, so that jq need not be installed. The module (about 1.3 MB) loads only when used.
import { CliError, ExitCode, UsageError } from '../../exit-codes.js';

type Jq = typeof import('jq-wasm');

let loaded: Promise<Jq> | undefined;
const load = (): Promise<Jq> => {
  loaded ??= import('jq-wasm');
  return loaded;
};

/** jq's own message, without the wrapper's prefix. */
function jqMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/^Failed to execute raw query:\s*/, '')
    .trim();
}

/**
 * Compiles the filter without running it (behind `empty`), so that a syntax error is a usage error before
 * any request is sent. jq's message then comes from compiling the filter as given, with its own lines.
 */
export async function checkFilter(filter: string): Promise<void> {
  const jq = await load();
  try {
    await jq.raw('null', `empty | (\n${filter}\n)`);
    return;
  } catch (error) {
    if (!/compile error/.test(jqMessage(error))) return;
  }
  try {
    await jq.raw('null', filter);
  } catch (error) {
    const message = jqMessage(error);
    if (/compile error/.test(message)) throw new UsageError(`--jq: ${message}`);
  }
}

/**
 * Runs the filter over a JSON value: strings print raw (as `gh api --jq` and `jq -r` do), other values as
 * JSON, pretty or one per line. Returns the output with a final newline, or '' when there is none.
 */
export async function runFilter(value: unknown, filter: string, pretty: boolean): Promise<string> {
  const jq = await load();
  try {
    const out = await jq.raw(JSON.stringify(value) ?? 'null', filter, pretty ? ['-r'] : ['-r', '-c']);
    return out === '' ? '' : `${out}\n`;
  } catch (error) {
    const message = jqMessage(error);
    if (/compile error/.test(message)) throw new UsageError(`--jq: ${message}`);
    throw new CliError(`--jq: ${message}`, ExitCode.Failure);
  }
}
