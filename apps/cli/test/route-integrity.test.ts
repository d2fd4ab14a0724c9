// Route integrity of zadigctl, as a property over every operation: random flag values (the dangerous ones
// first) are refused with exit 2 before anything is sent, or the request a recording server receives has
// the operation's method, its path template with those values in place, and exactly that query.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { mustRefuse, parameterValues, routeDifferences } from '@zadig-ts/testing/route-integrity';
import { exampleBody, operations } from '@zadig-ts/testing/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/commands/catalog.js';
import { bodyMarks, boundParameters, isPaging } from '../src/commands/flags.js';
import { runCli } from './run-cli.js';

/** Runs per operation: each run is one zadigctl command in process. */
const RUNS = 4;
const PAGE_DEFAULTS: Record<string, number> = { pageNum: 1, pageSize: 20 };

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ '*': [{ status: 200, body: {} }] });
});
afterAll(() => server.close());

describe(`zadigctl route integrity: ${operations.length} operations × ${RUNS} runs`, () => {
  it.each(operations.map((op) => [op.operationId, op] as const))('%s', async (_, op) => {
    const command = commands.find((c) => c.operation.operationId === op.operationId);
    if (!command) throw new Error(`no command for ${op.operationId}`);
    const flags = new Map(boundParameters(command).map((b) => [b.parameter.name, b.flag]));
    const body = exampleBody(op);
    const marks = bodyMarks(command);
    await fc.assert(
      fc.asyncProperty(parameterValues(op), async (values) => {
        const args = [command.module, command.verb, '--yes', '-o', 'json'];
        for (const [name, value] of Object.entries({ ...values.path, ...values.query })) {
          if (value === undefined) continue;
          for (const item of Array.isArray(value) ? value : [value])
            args.push(`--${flags.get(name)}=${item}`);
        }
        // A body field marked with a flag given here is left to the flag, which fills it (a body value that
        // disagreed would be refused).
        const given = new Set(
          Object.entries({ ...values.path, ...values.query })
            .filter(([, value]) => value !== undefined)
            .map(([name]) => flags.get(name)),
        );
        const sent =
          body !== undefined && typeof body === 'object' && body !== null && !Array.isArray(body)
            ? Object.fromEntries(
                Object.entries(body).filter(
                  ([k]) => !Object.entries(marks).some(([f, p]) => p === k && given.has(f)),
                ),
              )
            : body;
        if (body !== undefined) args.push('--file', '-');
        const before = server.requests.length;
        const { code, stderr } = await runCli(args, {
          env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
          ...(body !== undefined ? { input: JSON.stringify(sent) } : {}),
        });
        if (mustRefuse(values)) {
          expect(code, stderr).toBe(2);
          expect(server.requests.length).toBe(before);
          return;
        }
        expect(code, stderr).toBe(0);
        expect(server.requests.length).toBe(before + 1);
        // zadigctl sends the first page when no page is given.
        const query = { ...values.query };
        for (const name of Object.keys(PAGE_DEFAULTS)) {
          if (query[name] === undefined && isPaging(command, name)) query[name] = PAGE_DEFAULTS[name];
        }
        const received = server.requests[before] as { method: string; target: string };
        expect(routeDifferences(op, { path: values.path, query }, received)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
