// zadigctl names its commands from the spec's x-cli-* extensions: every operation must carry them, and
// they must name things that exist (parameters, response fields, waiters).
import operationIndex from '@zadig-ts/openapi/operations.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../src/builtins/index.js';
import { commands, modules } from '../src/commands/catalog.js';
import { boundParameters, commandFlags } from '../src/commands/flags.js';
import { movedRouteParameters } from '../src/commands/moved-route.js';
import { propertiesOf, requestMedia, resolve, responseSchema, typeOf } from '../src/output/schema.js';
import { WAIT_TARGETS } from '../src/wait/targets.js';

const operations = operationIndex.operations as Array<{
  operationId: string;
  cli?: { module: string; verb: string };
}>;

describe('x-cli naming in the spec', () => {
  it('every operation has a module and a verb, unique within its module and apart from the builtins', () => {
    expect(operations.filter((op) => !op.cli?.module || !op.cli.verb).map((op) => op.operationId)).toEqual(
      [],
    );
    for (const [module, list] of modules()) {
      expect(BUILTINS[module], module).toBeUndefined();
      const names = list.flatMap((c) => [c.verb, ...c.aliases]);
      expect(new Set(names).size, `${module}: ${names.join(' ')}`).toBe(names.length);
    }
  });

  it('positional arguments and flag names refer to parameters the operation has', () => {
    for (const c of commands) {
      const names = c.operation.parameters.map((p) => p.name);
      // An argument is a parameter, or a body field marked with its flag (`workflow run <workflow>`).
      const marked = Object.values(c.naming.body ?? {});
      for (const arg of c.args)
        expect([...names, ...marked], `${c.operation.operationId} x-cli-args`).toContain(arg);
      for (const param of Object.keys(c.naming.flags ?? {}))
        expect(names, `${c.operation.operationId} x-cli-flags`).toContain(param);
      const flags = commandFlags(c).flatMap((f) => [f.name, ...(f.aliases ?? [])]);
      expect(new Set(flags).size, `${c.operation.operationId}: ${flags.join(' ')}`).toBe(flags.length);
      const shorts = commandFlags(c).flatMap((f) => (f.short ? [f.short] : []));
      expect(new Set(shorts).size, `${c.operation.operationId} short flags`).toBe(shorts.length);
      // Its own parameters, and those an older route of it needs (restart-pod's --service).
      expect(boundParameters(c).map((b) => b.parameter.name)).toEqual([
        ...c.operation.parameters.filter((p) => p.in !== 'header').map((p) => p.name),
        ...movedRouteParameters(c).map((p) => p.name),
      ]);
    }
  });

  it('x-cli-wait names the waiter zadigctl has for the operation', () => {
    for (const c of commands) {
      const target = WAIT_TARGETS[c.operation.operationId];
      expect(c.naming.wait, c.operation.operationId).toBe(target?.waiter);
    }
  });

  it('x-cli-list names an array field of the response', () => {
    for (const c of commands.filter((x) => x.naming.list)) {
      const list = propertiesOf(responseSchema(c.operation.operationId)).properties[c.naming.list as string];
      expect(typeOf(list), c.operation.operationId).toBe('array');
    }
  });

  it('x-cli-confirm names a parameter or a top-level body field of the operation', () => {
    const marked = commands.filter((c) => c.naming.confirm);
    expect(marked.length).toBeGreaterThan(0);
    for (const c of marked) {
      const name = c.naming.confirm as string;
      const body = c.operation.requestBody
        ? propertiesOf(resolve(requestMedia(c.operation.operationId)?.schema)).properties
        : {};
      expect(
        c.operation.parameters.some((p) => p.name === name) || name in body,
        `${c.operation.operationId}: x-cli-confirm ${name}`,
      ).toBe(true);
    }
  });

  it('the restarts whose route moved take what the older route needs', () => {
    const restart = commands.find((c) => c.operation.operationId === 'restartEnvironmentPod');
    expect(restart && movedRouteParameters(restart).map((p) => p.name)).toEqual(['serviceName']);
  });

  it('DELETE operations are marked destructive', () => {
    expect(
      commands
        .filter((c) => c.operation.method === 'DELETE' && !c.destructive)
        .map((c) => c.operation.operationId),
    ).toEqual([]);
  });
});

describe('builtin commands as data', () => {
  it('every builtin is described, and its --help lists every flag of its description', async () => {
    const { BUILTIN_SPECS } = await import('../src/builtins/specs.js');
    const { runCli } = await import('./run-cli.js');
    for (const name of Object.keys(BUILTINS)) {
      expect(
        BUILTIN_SPECS.some((s) => s.path[0] === name),
        name,
      ).toBe(true);
    }
    for (const spec of BUILTIN_SPECS) {
      const { code, stdout } = await runCli([...spec.path, '--help']);
      expect(code, spec.path.join(' ')).toBe(0);
      for (const flag of spec.flags) {
        if (flag.name === 'help' && spec.path[0] === 'completion') continue;
        expect(stdout, `${spec.path.join(' ')} --${flag.name}`).toContain(`--${flag.name}`);
      }
    }
  });
});
