// A property over every destructive operation of the spec (every DELETE, the restarts, scaling to zero):
// without a terminal, a call whose target is not all on the command line (a part left to the default project,
// or missing) is exit 2 and sends nothing, with --yes or without; on a terminal, any answer but the target's
// name sends nothing. The controls (everything named with --yes; the right name typed) send exactly one request,
// so "nothing sent" is not the recording server's silence.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { exampleBody, operations } from '@zadig-ts/testing/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, commands } from '../src/commands/catalog.js';
import { boundParameters } from '../src/commands/flags.js';
import { runCli } from './run-cli.js';

const RUNS = 4;
const dir = mkdtempSync(join(tmpdir(), 'zadigctl-destructive-'));
let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ '*': [{ status: 200, body: { message: 'success' } }] });
});
afterAll(() => server.close());

/** Each destructive command, with the body file it sends (scaling: to zero replicas). */
const CASES = commands
  .filter((c) => c.destructive || c.operation.operationId === 'scaleEnvironmentWorkload')
  .map((command) => {
    const op = operations.find((o) => o.operationId === command.operation.operationId);
    if (!op) throw new Error(`${command.operation.operationId} is not in the spec`);
    let body = exampleBody(op);
    if (op.operationId === 'scaleEnvironmentWorkload') body = { ...(body as object), target_replicas: 0 };
    const file = join(dir, `${op.operationId}.json`);
    if (body !== undefined) writeFileSync(file, JSON.stringify(body));
    return { command, file: body === undefined ? undefined : file };
  });

/** A required path or query parameter of a command, by its flag. */
interface Part {
  flag: string;
  value: fc.Arbitrary<string>;
}

function partsOf(command: Command): Part[] {
  return boundParameters(command)
    .filter(({ parameter: p }) => p.required && (p.in === 'path' || p.in === 'query'))
    .map(({ parameter: p, flag }) => ({
      flag,
      value: p.enum
        ? fc.constantFrom(...p.enum.map(String))
        : p.type === 'integer' || p.type === 'number'
          ? fc.integer({ min: 1, max: 99_999 }).map(String)
          : p.type === 'boolean'
            ? fc.boolean().map(String)
            : fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    }));
}

/** Values for every part, and a non-empty set of parts (the body among them) to leave off the command line. */
function call(command: Command, file: string | undefined) {
  const parts = partsOf(command);
  const names = [...parts.map((p) => p.flag), ...(file ? ['--file'] : [])];
  return fc.record({
    values: fc.tuple(...parts.map((p) => p.value)),
    left: fc.subarray(names, { minLength: 1 }),
    yes: fc.boolean(),
  });
}

function argsOf(command: Command, values: string[], file: string | undefined, left: string[] = []): string[] {
  const args = [command.module, command.verb];
  partsOf(command).forEach((part, i) => {
    if (!left.includes(part.flag)) args.push(`--${part.flag}=${values[i]}`);
  });
  if (file && !left.includes('--file')) args.push('--file', file);
  return args;
}

async function run(args: string[], options: Parameters<typeof runCli>[1]) {
  const before = server.requests.length;
  const result = await runCli(args, options);
  return { ...result, sent: server.requests.length - before };
}

// A default project is always at hand: it must never stand in for one the command line leaves out.
const env = () => ({ ZADIG_URL: server.url, ZADIG_TOKEN: 't', ZADIG_PROJECT: 'default-project' });

describe(`destructive operations (${CASES.length}) × ${RUNS} runs`, () => {
  it.each(CASES.map((c) => [c.command.operation.operationId, c] as const))(
    '%s: without a terminal, a target not all named is exit 2 and nothing sent',
    async (_, { command, file }) => {
      await fc.assert(
        fc.asyncProperty(call(command, file), async ({ values, left, yes }) => {
          const refused = await run([...argsOf(command, values, file, left), ...(yes ? ['--yes'] : [])], {
            env: env(),
          });
          expect(refused.sent, refused.stderr).toBe(0);
          expect(refused.code, refused.stderr).toBe(2);
          // Named in full but not confirmed: refused too.
          const unconfirmed = await run(argsOf(command, values, file), { env: env() });
          expect(unconfirmed.sent).toBe(0);
          expect(unconfirmed.code, unconfirmed.stderr).toBe(2);
          expect(unconfirmed.stderr).toContain('Pass --yes');
          const confirmed = await run([...argsOf(command, values, file), '--yes'], { env: env() });
          expect(confirmed.code, confirmed.stderr).toBe(0);
          expect(confirmed.sent).toBe(1);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.each(CASES.map((c) => [c.command.operation.operationId, c] as const))(
    '%s: on a terminal, a name typed wrong sends nothing',
    async (_, { command, file }) => {
      // Printable keys only: control keys (Enter, Ctrl-C, backspace) are the prompt's own business.
      const typed = fc
        .string({ maxLength: 12 })
        .filter((s) => [...s].every((c) => c >= ' ' && c !== '\u007f'));
      await fc.assert(
        fc.asyncProperty(call(command, file), typed, async ({ values }, answer) => {
          const args = argsOf(command, values, file);
          const tty = { stdin: true, stderr: true };
          const asked = await run(args, { env: env(), tty, input: `${answer}\r` });
          const name = /Type the \S+ \((.*)\) to confirm: /.exec(asked.stderr)?.[1];
          expect(name, asked.stderr).toBeDefined();
          if (answer.trim() === name) return;
          expect(asked.sent).toBe(0);
          expect(asked.code).toBe(2);
          // The name asked for is one given on the command line (or in the body file), and typing it sends.
          const right = await run(args, { env: env(), tty, input: `${name}\r` });
          expect(right.code, right.stderr).toBe(0);
          expect(right.sent).toBe(1);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
