// JSON output of the builtins (doctor, auth status, audit, mock status): indented, or through --jq.
import type { IO } from '../io.js';

/** Writes `value` as indented JSON, or the result of the jq filter when one is given. */
export async function writeJson(io: IO, value: unknown, jq: string | undefined): Promise<void> {
  if (jq === undefined) {
    io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const { checkFilter, runFilter } = await import('../builtins/api/jq.js');
  await checkFilter(jq);
  io.stdout.write(await runFilter(value, jq, io.stdout.isTTY));
}
