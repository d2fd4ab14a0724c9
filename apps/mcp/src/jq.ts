// `jq` on zadig_call_operation: the same jq engine as zadigctl's --jq (jq-wasm, so no jq binary is needed),
// loaded on first use. The filter is compiled before anything is sent, so a typo costs no request.
import { ToolFailure } from './errors.js';

type Jq = typeof import('jq-wasm');

let loaded: Promise<Jq> | undefined;
const load = (): Promise<Jq> => {
  loaded ??= import('jq-wasm');
  return loaded;
};

/** jq's own message, without the wrapper's prefix, on one line. */
function jqMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/^Failed to execute raw query:\s*/, '')
    .replace(/\s*\n\s*/g, '; ')
    .trim();
}

function invalidFilter(pointer: string, message: string): ToolFailure {
  return new ToolFailure('invalid_input', `${pointer}: ${message}`, {
    violations: [{ pointer, message }],
  });
}

/** Fails with invalid_input when `filter` does not compile; runs nothing. */
export async function checkJq(filter: string, pointer: string): Promise<void> {
  const jq = await load();
  try {
    // Behind `empty` the filter compiles but never runs.
    await jq.raw('null', `empty | (\n${filter}\n)`, ['-c']);
  } catch (error) {
    const message = jqMessage(error);
    if (/compile error|syntax error/i.test(message)) throw invalidFilter(pointer, `jq: ${message}`);
  }
}

/**
 * Runs `filter` over `value`: one output is the result; several are returned as an array of them, and
 * none as null, with `outputs` saying how many there were.
 */
export async function runJq(
  value: unknown,
  filter: string,
  pointer: string,
): Promise<{ value: unknown; outputs: number }> {
  const jq = await load();
  let text: string;
  try {
    text = await jq.raw(JSON.stringify(value) ?? 'null', filter, ['-c']);
  } catch (error) {
    throw invalidFilter(pointer, `jq: ${jqMessage(error)}`);
  }
  const outputs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
  if (outputs.length === 1) return { value: outputs[0], outputs: 1 };
  return { value: outputs.length ? outputs : null, outputs: outputs.length };
}
