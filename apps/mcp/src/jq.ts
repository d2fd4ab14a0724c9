// `jq` on zadig_call_operation: the same jq engine as zadigctl's --jq (jq-wasm, so no jq binary is needed),
// loaded on first use. The filter is compiled before anything is sent, so a typo costs no request; it runs
// in a worker (jq-worker.ts), so the call's deadline and cancellation stop it.
import { cutStrings, MAX_STRING } from './budget.js';
import { ToolFailure } from './errors.js';
import { rawInWorker } from './jq-worker.js';

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
    .replace(/^jq: /, '')
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
 * Most characters a filter's output may have. jq-wasm copies its output one byte at a time into a growing
 * buffer, so output costs time by the square of its length: beyond this the filter must select less.
 */
export const MAX_JQ_OUTPUT = 40_000;
/** Answers up to this size go in as an argument (jq-wasm puts arguments on its 64 KiB stack). */
const MAX_ARGUMENT = 40_000;

/**
 * The answer as jq gets it: whole when small; when large, with long strings cut (shorter until it fits an
 * argument, saying to what length). Only an answer still too large then goes in on stdin, which jq-wasm
 * reads one byte at a time (time by the square of the size, blocking the process meanwhile).
 */
function jqInput(value: unknown): { json: string; stringsCutTo?: number } {
  const json = JSON.stringify(value) ?? 'null';
  if (json.length <= MAX_ARGUMENT) return { json };
  let cut = json;
  let max = MAX_STRING;
  for (max of [MAX_STRING, 1000, 200, 40]) {
    cut = JSON.stringify(cutStrings(value, max));
    if (cut.length <= MAX_ARGUMENT) break;
  }
  return { json: cut, stringsCutTo: max };
}

/**
 * Runs `filter` over `value`: one output is the result; several are returned as an array of them, and
 * none as null, with `outputs` saying how many there were.
 */
export async function runJq(
  value: unknown,
  filter: string,
  pointer: string,
  signal: AbortSignal,
): Promise<{ value: unknown; outputs: number; stringsCutTo?: number }> {
  const input = jqInput(value);
  // The outputs come back as one JSON array, or as its length when that is too long.
  const wrap = (source: string) =>
    `${source} | [(\n${filter}\n)] | tojson | if length > ${MAX_JQ_OUTPUT} then length else . end`;
  let text: string;
  try {
    text =
      input.json.length <= MAX_ARGUMENT
        ? await rawInWorker('null', wrap('$answer'), ['-n', '-r', '--argjson', 'answer', input.json], signal)
        : await rawInWorker(input.json, wrap('.'), ['-r'], signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw invalidFilter(pointer, `jq: ${jqMessage(error)}`);
  }
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed === 'number') {
    throw invalidFilter(
      pointer,
      `the filter's output has ${parsed} characters, more than the ${MAX_JQ_OUTPUT} a filter may return: select less (fewer fields of each item, or a slice such as .[0:20])`,
    );
  }
  const outputs = parsed as unknown[];
  const cut = input.stringsCutTo === undefined ? {} : { stringsCutTo: input.stringsCutTo };
  if (outputs.length === 1) return { value: outputs[0], outputs: 1, ...cut };
  return { value: outputs.length ? outputs : null, outputs: outputs.length, ...cut };
}
