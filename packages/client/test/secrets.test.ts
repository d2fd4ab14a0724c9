// redactSecrets: examples of each kind of secret, then a property over every operation: answers shaped by the
// spec, with a sentinel wherever the spec marks a secret, never keep the sentinel after redaction.
import spec from '@zadig-ts/openapi/openapi.json' with { type: 'json' };
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the generator, without declarations
import { secretPathsOf } from '../scripts/secret-paths.mjs';
import {
  type OperationId,
  operationOfRoute,
  operationTable,
  REDACTED,
  redactingFetch,
  redactSecrets,
  secretPaths,
} from '../src/index.js';

type Schema = Record<string, unknown>;
const doc = spec as unknown as Schema & { paths: Record<string, Record<string, Schema>> };

describe('redactSecrets', () => {
  const workflow = {
    name: 'deploy',
    params: [
      { name: 'db', type: 'string', value: 'p@ss-1', default: 'p@ss-0', is_credential: true },
      { name: 'tag', type: 'string', value: 'v1', default: 'v0', is_credential: false },
      { name: 'code', type: 'repo', repo: { repo_name: 'shop', oauth_token: 'gho_abc', password: '' } },
    ],
    stages: [
      {
        jobs: [
          {
            name: 'build',
            type: 'freestyle',
            spec: {
              repos: [{ repo_name: 'shop', ssh_key: '-----BEGIN KEY-----' }],
              nacos: { auth_config: { user: 'n', password: 'x' } },
            },
          },
        ],
      },
    ],
  };

  it('replaces marked, flagged and named secrets and lists where they were', () => {
    const before = structuredClone(workflow);
    const { data, redacted } = redactSecrets('getWorkflow', workflow);
    expect(workflow).toEqual(before);
    expect(data.params[0]).toMatchObject({ value: REDACTED, default: REDACTED, is_credential: true });
    expect(data.params[1]).toMatchObject({ value: 'v1', default: 'v0' });
    expect(data.params[2]?.repo).toEqual({ repo_name: 'shop', oauth_token: REDACTED, password: '' });
    expect(data.stages[0]?.jobs[0]?.spec).toEqual({
      repos: [{ repo_name: 'shop', ssh_key: REDACTED }],
      nacos: { auth_config: REDACTED },
    });
    expect(redacted).toEqual([
      '/params/0/value',
      '/params/0/default',
      '/params/2/repo/oauth_token',
      '/stages/0/jobs/0/spec/repos/0/ssh_key',
      '/stages/0/jobs/0/spec/nacos/auth_config',
    ]);
  });

  it("hides a Secret's manifest only in a Secret's detail", () => {
    const secret = { secret_detail: { name: 'db', yaml_data: 'kind: Secret\ndata:\n  pw: cGFzcw==\n' } };
    expect(redactSecrets('getEnvironmentConfig', secret).data.secret_detail.yaml_data).toBe(REDACTED);
    const configMap = { configMap_detail: { name: 'app', yaml_data: 'kind: ConfigMap\n' } };
    expect(redactSecrets('getEnvironmentConfig', configMap).redacted).toEqual([]);
  });

  it('applies the name and is_credential rules to unknown routes, and takes another replacement', () => {
    const { data, redacted } = redactSecrets(
      null,
      [{ key: 'K', value: 'v', is_credential: true }, { secret_key: 7 }],
      {
        replacement: '***',
      },
    );
    expect(data).toEqual([{ key: 'K', value: '***', is_credential: true }, { secret_key: '***' }]);
    expect(redacted).toEqual(['/0/value', '/1/secret_key']);
  });

  it('escapes pointer segments and leaves scalars and empty answers alone', () => {
    expect(redactSecrets(null, { 'a/b~': { token: 't' } }).redacted).toEqual(['/a~1b~0/token']);
    expect(redactSecrets('getWorkflow', null)).toEqual({ data: null, redacted: [] });
    expect(redactSecrets('getWorkflow', 'text')).toEqual({ data: 'text', redacted: [] });
  });

  it('serves the generated table, which matches the spec', () => {
    const { byOperation } = secretPathsOf(spec) as { byOperation: Record<string, string[]> };
    for (const id of Object.keys(operationTable) as OperationId[]) {
      expect(secretPaths(id), id).toEqual(byOperation[id] ?? []);
    }
    expect(secretPaths('getWorkflow')).toContain('params/[]/repo/oauth_token');
  });
});

describe('redactingFetch', () => {
  const answer =
    (body: string, type = 'application/json') =>
    async () =>
      new Response(body, {
        status: 200,
        headers: { 'content-type': type, 'content-length': String(body.length) },
      });

  it('redacts JSON answers of the operation the path names, under the base path, and reports them', async () => {
    const seen: Array<[string | null, string[]]> = [];
    const body = JSON.stringify({ secret_detail: { name: 'db', yaml_data: 'kind: Secret' } });
    const fetch = redactingFetch(
      { baseUrl: 'http://zadig.local/zadig/', onRedacted: (id, pointers) => seen.push([id, pointers]) },
      answer(body),
    );
    const response = await fetch(
      new Request('http://zadig.local/zadig/openapi/environments/dev/envcfg/db?type=Secret'),
    );
    expect(await response.json()).toEqual({ secret_detail: { name: 'db', yaml_data: REDACTED } });
    expect(response.headers.get('content-length')).toBeNull();
    expect(seen).toEqual([['getEnvironmentConfig', ['/secret_detail/yaml_data']]]);
    expect(operationOfRoute('GET', '/openapi/environments/dev/envcfg/db')).toBe('getEnvironmentConfig');
  });

  it('passes other answers through untouched', async () => {
    const text = 'password: hunter2';
    const plain = await redactingFetch(
      { baseUrl: 'http://z' },
      answer(text, 'text/plain'),
    )(new Request('http://z/x'));
    expect(await plain.text()).toBe(text);
    const broken = await redactingFetch(
      { baseUrl: 'http://z' },
      answer('{"token":'),
    )(new Request('http://z/x'));
    expect(await broken.text()).toBe('{"token":');
  });
});

// --- the property -------------------------------------------------------------------------------------------

const SENTINEL = 'S3CRET-sentinel-9f1c';
const VISIBLE = 'visible-marker-41d2';
const NAMES = (doc['x-zadig-secret-names'] as string[]) ?? [];

function resolve(ref: string): Schema {
  return ref
    .slice(2)
    .split('/')
    .reduce((node: Schema, key) => node[key] as Schema, doc);
}

type Gen = fc.GeneratorValue;

/** Counts of what a generated answer holds: sentinels at secrets, markers at values that must stay. */
interface Planted {
  secrets: number;
  visible: number;
}

const text = (g: Gen) => g(fc.string, { unit: fc.constantFrom('a', 'b', 'z', '-', '1', ' '), maxLength: 6 });

/** An open object (a job spec, a notification setting): sometimes with a secret-named field, nested. */
function openObject(g: Gen, planted: Planted, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { [`k${text(g)}`]: text(g) };
  if (depth < 6 && g(fc.boolean)) out.nested = openObject(g, planted, depth + 1);
  if (g(fc.boolean)) {
    const name = g(fc.constantFrom, ...NAMES);
    out[name] = g(fc.boolean) ? SENTINEL : { inner: SENTINEL };
    planted.secrets++;
  }
  if (g(fc.boolean)) {
    out[`kv${text(g)}`] = { key: 'K', value: SENTINEL, is_credential: true };
    planted.secrets++;
  }
  return out;
}

/** A value the schema accepts, with SENTINEL at each marked secret (and marked-when secret whose flag is set). */
function sample(schema: Schema | undefined, g: Gen, planted: Planted, depth: number): unknown {
  if (!schema || depth > 12) return null;
  if (schema['x-zadig-secret'] === true) {
    planted.secrets++;
    return SENTINEL;
  }
  if (typeof schema.$ref === 'string') return sample(resolve(schema.$ref), g, planted, depth + 1);
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (branches?.length) return sample(g(fc.constantFrom, ...branches), g, planted, depth + 1);
  if (Array.isArray(schema.allOf)) {
    // One object from the branches' properties, a property's marks beside the allOf applying to it.
    const properties: Record<string, Schema> = {};
    for (const part of schema.allOf as Schema[]) {
      const branch = typeof part.$ref === 'string' ? resolve(part.$ref) : part;
      Object.assign(properties, branch.properties);
    }
    for (const [name, own] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
      properties[name] = { ...properties[name], ...own };
    return sample({ type: 'object', properties }, g, planted, depth + 1);
  }
  const types = ([] as unknown[]).concat(schema.type ?? (schema.properties ? 'object' : 'string'));
  const type = types.find((t) => t !== 'null');
  if (schema.enum) return g(fc.constantFrom, ...(schema.enum as unknown[]));
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      // A flag (is_credential) is decided once per object: every value it governs follows it.
      const flags = new Map<string, boolean>();
      for (const property of Object.values(properties)) {
        const flag = property['x-zadig-secret-when'] as string | undefined;
        if (flag && !flags.has(flag)) flags.set(flag, g(fc.boolean));
      }
      for (const [name, property] of Object.entries(properties)) {
        if (!g(fc.boolean)) continue;
        const flag = property['x-zadig-secret-when'] as string | undefined;
        if (flags.has(name)) {
          out[name] = flags.get(name);
        } else if (flag) {
          const secret = flags.get(flag) === true;
          out[flag] = secret;
          out[name] = secret ? SENTINEL : VISIBLE;
          if (secret) planted.secrets++;
          else planted.visible++;
        } else {
          out[name] = sample(property, g, planted, depth + 1);
        }
      }
      const extra = schema.additionalProperties;
      if (extra && typeof extra === 'object') {
        for (let i = g(fc.nat, 2); i > 0; i--)
          out[`m${i}${text(g)}`] = sample(extra as Schema, g, planted, depth + 1);
      } else if (extra === true || !schema.properties) {
        if (depth < 8 && g(fc.boolean)) Object.assign(out, openObject(g, planted, depth));
      }
      return out;
    }
    case 'array':
      // Short arrays, shorter deeper down: the answers' nesting would otherwise grow them exponentially.
      return Array.from({ length: g(fc.nat, depth < 4 ? 2 : 1) }, () =>
        sample(schema.items as Schema, g, planted, depth + 1),
      );
    case 'integer':
    case 'number':
      return g(fc.integer, { min: 0, max: 9 });
    case 'boolean':
      return g(fc.boolean);
    default:
      return text(g);
  }
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Each operation's 2xx JSON answer schemas. */
const answers: Array<[OperationId, Schema]> = Object.values(doc.paths).flatMap((item) =>
  Object.values(item).flatMap((op) =>
    Object.entries((op.responses ?? {}) as Record<string, Schema>)
      .filter(([status]) => /^2/.test(status))
      .flatMap(([, response]) => {
        const resolved = typeof response.$ref === 'string' ? resolve(response.$ref) : response;
        const media = (resolved.content as Record<string, Schema> | undefined)?.['application/json'];
        return media?.schema
          ? [[op.operationId as OperationId, media.schema as Schema] as [OperationId, Schema]]
          : [];
      }),
  ),
);

describe('redactSecrets over every operation', () => {
  it('has answers to check, including every operation with marked secrets', () => {
    const ids = new Set(answers.map(([id]) => id));
    for (const id of Object.keys(operationTable) as OperationId[])
      if (secretPaths(id).length) expect(ids).toContain(id);
    expect(answers.length).toBeGreaterThan(100);
  });

  it.each(answers)(
    '%s: no sentinel survives, nothing else changes, the original stays',
    (operationId, schema) => {
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const planted: Planted = { secrets: 0, visible: 0 };
          const data = sample(schema, g, planted, 0);
          const before = JSON.stringify(data);
          const { data: out, redacted } = redactSecrets(operationId, data);
          const after = JSON.stringify(out);
          expect(JSON.stringify(data)).toBe(before);
          expect(after).not.toContain(SENTINEL);
          expect(occurrences(after, VISIBLE)).toBe(planted.visible);
          expect(redacted.length > 0).toBe(planted.secrets > 0);
        }),
        { numRuns: 25, endOnFailure: true },
      );
    },
  );
});
