// Only the request that was named: a value that would change the route answers invalid_input and nothing
// is sent; a write's preview shows the URL the client then sends; one allowed write reaches no other route.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

let zadig: FaultServer;
let mcp: Connected;
beforeAll(async () => {
  zadig = await startFaultServer({ '*': [{ status: 200, body: {} }] });
  mcp = await connectInProcess({ baseUrl: zadig.url, allowWrites: ['deleteProductionEnvironmentConfig'] });
});
afterAll(async () => {
  await mcp.close();
  await zadig.close();
});

const input = (cfgName: string) => ({ projectKey: 'shop', envName: 'prod', cfgName, type: 'ConfigMap' });

describe('values that would change the route', () => {
  it.each(['..', '.', '%2e%2E', '%252e', 'x/../..'])(
    'cfgName %j: invalid_input naming the parameter, previewed or confirmed, and nothing sent',
    async (cfgName) => {
      for (const confirm of [false, true]) {
        const before = zadig.requests.length;
        const { result, data } = await mcp.call('zadig_call_operation', {
          operationId: 'deleteProductionEnvironmentConfig',
          input: input(cfgName),
          confirm,
        });
        expect(result.isError).toBe(true);
        expect(data.error.kind).toBe('invalid_input');
        expect(data.error).toMatchObject({ parameter: 'cfgName', value: cfgName });
        expect(data.error.violations[0].pointer).toBe('/input/cfgName');
        expect(data.error.message).toContain(
          `deleteProductionEnvironmentConfig: path parameter cfgName ${JSON.stringify(cfgName)} `,
        );
        expect(zadig.requests.length).toBe(before);
      }
    },
  );

  it('the per-operation tool answers the same, with its own pointer', async () => {
    const all = await connectInProcess({ baseUrl: zadig.url, tools: 'all' });
    try {
      const before = zadig.requests.length;
      const { result, data } = await all.call('zadig_getReleasePlan', { id: '..' });
      expect(result.isError).toBe(true);
      expect(data.error.kind).toBe('invalid_input');
      expect(data.error.violations[0].pointer).toBe('/id');
      expect(zadig.requests.length).toBe(before);
    } finally {
      await all.close();
    }
  });
});

describe('previews', () => {
  it.each(['a b', 'x?y#z', '100%', '环境😀', '...'])(
    'show the URL that is then sent (%j)',
    async (cfgName) => {
      const { data } = await mcp.call('zadig_call_operation', {
        operationId: 'deleteProductionEnvironmentConfig',
        input: input(cfgName),
      });
      expect(data.preview).toBe(true);
      const before = zadig.requests.length;
      const sent = await mcp.call('zadig_call_operation', {
        operationId: 'deleteProductionEnvironmentConfig',
        input: input(cfgName),
        confirm: true,
      });
      expect(sent.data.sent).toBe(true);
      expect(zadig.requests.length).toBe(before + 1);
      const received = zadig.requests[before];
      expect(data.request.url).toBe(`${zadig.url}${received?.target}`);
      expect(received?.method).toBe('DELETE');
    },
  );
});

describe('redirects', () => {
  it('a redirect to another address answers redirect_refused, and nothing reaches it', async () => {
    const redirecting = await startFaultServer({
      '*': (request) => ({ status: 302, headers: { location: `${zadig.url}${request.target}` } }),
    });
    const elsewhere = await connectInProcess({ baseUrl: redirecting.url });
    try {
      const before = zadig.requests.length;
      const { result, data } = await elsewhere.call('zadig_call_operation', {
        operationId: 'getReleasePlan',
        input: { id: 'p1' },
      });
      expect(result.isError).toBe(true);
      expect(data.error).toMatchObject({
        kind: 'redirect_refused',
        method: 'GET',
        status: 302,
        location: `${zadig.url}/openapi/release_plan/v1/p1`,
      });
      expect(zadig.requests.length).toBe(before);
    } finally {
      await elsewhere.close();
      await redirecting.close();
    }
  });
});
