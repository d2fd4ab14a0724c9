// Every operation of the spec is reachable from the CLI: its command builds the request the spec
// describes (checked with --dry-run), and every module's help lists all its commands.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleBody, exampleParams, operations } from '@zadig-ts/testing/spec';
import { describe, expect, inject, it } from 'vitest';
import { commands, modules } from '../src/commands/catalog.js';
import { bodyMarks, boundParameters } from '../src/commands/flags.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zadigctl-every-'));
const env = { ZADIG_URL: 'http://zadig.test', ZADIG_TOKEN: 't' };

describe('every operation has a command', () => {
  it('maps each operationId to exactly one module and command', () => {
    expect(commands.map((c) => c.operation.operationId).sort()).toEqual(
      operations.map((o) => o.operationId).sort(),
    );
    const names = commands.map((c) => `${c.module} ${c.verb}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([...modules().keys()])('`zadigctl %s --help` lists all its commands', async (module) => {
    const { code, stdout } = await runCli([module, '--help']);
    expect(code).toBe(0);
    for (const command of modules().get(module) ?? []) expect(stdout).toContain(`  ${command.verb} `);
  });

  it.each(commands.map((c) => [`${c.module} ${c.verb}`, c] as const))(
    '%s builds its request',
    async (_name, command) => {
      const op = operations.find((o) => o.operationId === command.operation.operationId);
      if (!op) throw new Error('missing');
      const params = exampleParams(op);
      const args = [command.module, command.verb, '--dry-run', '-o', 'json'];
      for (const [name, value] of Object.entries({ ...params.path, ...params.query }))
        args.push(`--${name}`, String(value));
      const example = exampleBody(op);
      // A marked body field names what its flag names: where the docs' examples disagree, the parameter's
      // value goes in the body too (zadigctl refuses a body that disagrees with a flag).
      const marks = bodyMarks(command);
      const values: Record<string, unknown> = { ...params.path, ...params.query };
      const body =
        example && typeof example === 'object' && !Array.isArray(example)
          ? Object.fromEntries(
              Object.entries(example).map(([key, value]) => {
                const b = boundParameters(command).find((x) => marks[x.flag] === key);
                const given = b ? values[b.parameter.name] : undefined;
                return [key, given === undefined ? value : String(given)];
              }),
            )
          : example;
      if (body !== undefined) {
        const file = join(dir, `${op.operationId}.json`);
        writeFileSync(file, JSON.stringify(body));
        args.push('--file', file);
      }
      const { code, stdout, stderr } = await runCli(args, { env });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const request = JSON.parse(stdout);
      expect(request.method).toBe(op.method);
      const expectedPath = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(String(params.path[name])),
      );
      expect(new URL(request.url).pathname).toBe(expectedPath);
      // The flags given fill the body fields marked as theirs that the example leaves out.
      const filled: Record<string, unknown> = {};
      for (const { parameter, flag } of boundParameters(command)) {
        const property = bodyMarks(command)[flag];
        const value = { ...params.path, ...params.query }[parameter.name];
        if (property && value !== undefined && (body as Record<string, unknown>)[property] === undefined)
          filled[property] = String(value);
      }
      if (body !== undefined)
        expect(request.body).toEqual(Object.keys(filled).length ? { ...(body as object), ...filled } : body);
    },
  );
});

describe('every read command works against the mock', () => {
  const reads = commands.filter(
    (c) => c.operation.method === 'GET' && c.operation.responseType === 'application/json',
  );

  it('covers every module that has read operations', () => {
    const withReads = [...modules()].filter(([, cmds]) => cmds.some((c) => c.operation.method === 'GET'));
    expect(new Set(reads.map((c) => c.module)).size).toBe(withReads.length);
    expect(withReads.length).toBe(16); // all but Collaboration Mode, which only creates and deletes
  });

  it.each(reads.map((c) => [`${c.module} ${c.verb}`, c] as const))('%s', async (_name, command) => {
    const op = operations.find((o) => o.operationId === command.operation.operationId);
    if (!op) throw new Error('missing');
    const params = exampleParams(op);
    const args = [command.module, command.verb, '-o', 'json'];
    for (const [name, value] of Object.entries({ ...params.path, ...params.query }))
      args.push(`--${name}`, String(value));
    const { code, stdout, stderr } = await runCli(args, {
      env: { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 't' },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});
