import { refusedUrl } from '@zadig-ts/testing';
import { describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  createZadigClient,
  InternalServerError,
  PermissionDeniedError,
  unwrap,
  type ZadigApiError,
  ZadigConfigError,
  ZadigConnectionError,
} from '../src/index.js';

const baseUrl = inject('prismUrl');
const TOKEN = 'secret-token-never-printed';

describe('typed errors', () => {
  it('turns a missing token into an AuthenticationError carrying Zadig code and description', async () => {
    const zadig = createZadigClient({ baseUrl, token: '' });
    const error = await unwrap(
      zadig.GET('/openapi/release_plan/v1', { params: { query: { pageNum: 1, pageSize: 1 } } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 401, description: 'token is invalid', method: 'GET' });
    expect((error as ZadigApiError).url).toContain('/openapi/release_plan/v1?pageNum=1&pageSize=1');
  });

  it('turns a 500 into an InternalServerError and never shows the token', async () => {
    const zadig = createZadigClient({ baseUrl, token: TOKEN, headers: { prefer: 'code=500' } });
    const error = (await unwrap(
      zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id: 'x' } } }),
    ).catch((e: unknown) => e)) as ZadigApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe(
      'GET ' +
        `${baseUrl}/openapi/release_plan/v1/x failed with 500: Internal Error: failed to query the database`,
    );
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(TOKEN);
  });

  it('turns an empty 403 into a PermissionDeniedError', async () => {
    const zadig = createZadigClient({ baseUrl, token: TOKEN, headers: { prefer: 'code=403' } });
    const error = (await unwrap(
      zadig.DELETE('/openapi/delivery/releases/{id}', {
        params: { path: { id: 'x' }, query: { projectKey: 'p' } },
      }),
    ).catch((e: unknown) => e)) as ZadigApiError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toContain('failed with 403: empty response body');
    expect(error.method).toBe('DELETE');
  });

  it('turns a refused connection into a ZadigConnectionError', async () => {
    const refused = await refusedUrl();
    const zadig = createZadigClient({ baseUrl: refused, token: TOKEN });
    const error = await zadig
      .GET('/openapi/release_plan/v1', { params: { query: { pageNum: 1, pageSize: 1 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZadigConnectionError);
    expect((error as Error).message).toBe(
      `GET ${refused}/openapi/release_plan/v1?pageNum=1&pageSize=1 failed: could not connect (ECONNREFUSED)`,
    );
  });
});

describe('configuration', () => {
  it('reads the address and token from ZADIG_URL and ZADIG_TOKEN', async () => {
    const seen: Request[] = [];
    process.env.ZADIG_URL = `${baseUrl}/`;
    process.env.ZADIG_TOKEN = TOKEN;
    try {
      const zadig = createZadigClient({
        fetch: (request) => {
          seen.push(request.clone());
          return fetch(request);
        },
      });
      expect(zadig.baseUrl).toBe(baseUrl);
      await unwrap(zadig.GET('/openapi/release_plan/v1', { params: { query: { pageNum: 1, pageSize: 1 } } }));
    } finally {
      delete process.env.ZADIG_URL;
      delete process.env.ZADIG_TOKEN;
    }
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]?.headers.get('user-agent')).toMatch(/^zadig-ts-client\/\d+\.\d+\.\d+/);
    expect(seen[0]?.url).toBe(`${baseUrl}/openapi/release_plan/v1?pageNum=1&pageSize=1`);
  });

  it.each([
    ['zadig.example.com', 'expected an absolute http(s) URL'],
    ['ftp://zadig.example.com', 'the scheme must be http or https, not ftp'],
    ['https://user:pw@zadig.example.com', 'credentials do not belong in the URL'],
  ])('refuses the base URL %s', (url, message) => {
    expect(() => createZadigClient({ baseUrl: url })).toThrow(ZadigConfigError);
    expect(() => createZadigClient({ baseUrl: url })).toThrow(message);
  });

  it('refuses to start without any address', () => {
    expect(() => createZadigClient({})).toThrow(
      'No Zadig address: pass baseUrl to createZadigClient() or set ZADIG_URL',
    );
  });
});
