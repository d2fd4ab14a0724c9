// `x-cli-flag` marks on request-body properties: every property named like a project, environment, service,
// workflow, release or test says which flag it is (or `none`), so zadigctl's flags reach every body that
// carries one. The check runs when the operation index is generated; here it is exercised both ways.
import { describe, expect, it } from 'vitest';
import operationIndex from '../operations.json' with { type: 'json' };
import { BODY_FLAGS, BODY_THING_NAMES, cliBodyFlags } from '../scripts/cli-naming.mjs';
import type { OperationIndex } from '../src/operation-index.js';

const identity = (node: unknown) => node;

function op(properties: Record<string, unknown>) {
  return {
    operationId: 'createThing',
    requestBody: { content: { 'application/json': { schema: { type: 'object', properties } } } },
  };
}

describe('x-cli-flag on request-body properties', () => {
  it('maps each marked property to its flag and skips those marked none', () => {
    const flags = cliBodyFlags(
      op({
        project_key: { 'x-cli-flag': 'project', type: 'string' },
        project_name: { 'x-cli-flag': 'none', type: 'string' },
        color: { type: 'string' },
      }),
      identity,
    );
    expect(flags).toEqual({ project: 'project_key' });
  });

  it.each(BODY_THING_NAMES)('refuses an unmarked %s, naming the operation and the property', (name) => {
    expect(() => cliBodyFlags(op({ [name]: { type: 'string' } }), identity)).toThrow(
      `createThing request body /${name}: add x-cli-flag`,
    );
  });

  it('refuses an unknown flag, two properties with one flag, and a mark on a non-string', () => {
    expect(() => cliBodyFlags(op({ p: { 'x-cli-flag': 'proj', type: 'string' } }), identity)).toThrow(
      /"proj" is not one of/,
    );
    expect(() =>
      cliBodyFlags(
        op({
          project_key: { 'x-cli-flag': 'project', type: 'string' },
          product_name: { 'x-cli-flag': 'project', type: 'string' },
        }),
        identity,
      ),
    ).toThrow(/x-cli-flag project is already \/project_key/);
    expect(() => cliBodyFlags(op({ n: { 'x-cli-flag': 'env', type: 'integer' } }), identity)).toThrow(
      /marks a string property/,
    );
  });

  it('the generated index carries the marks of the spec: only known flags, on the bodies that name them', () => {
    const index = operationIndex as unknown as OperationIndex;
    const marked = index.operations.filter((o) => o.cli?.body);
    expect(marked.length).toBeGreaterThan(30);
    for (const o of marked) {
      for (const flag of Object.keys(o.cli?.body ?? {})) expect(BODY_FLAGS, o.operationId).toContain(flag);
    }
    const byId = Object.fromEntries(index.operations.map((o) => [o.operationId, o.cli]));
    expect(byId.createK8sRelease?.body).toEqual({
      project: 'project_key',
      release: 'version_name',
      env: 'env_name',
    });
    expect(byId.executeWorkflow?.body).toEqual({
      project: 'project_key',
      workflow: 'workflow_key',
    });
    // The project a body creates is not the default project's to fill.
    expect(byId.createProject?.body).toBeUndefined();
  });
});
