// The struct checker of spec/tools (run by contributors against koderover/zadig, not in CI) on a tiny fake
// module kept under fixtures/server-structs: a rest router, a handler package, a service package and a
// second package reached through imports, with embedded, aliased and named types, pointers, omitempty and
// binding:"required", and a spec written to differ from it in each way the checker knows.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAccepted, main, runOnce } from '../../../spec/tools/check-server-structs.mjs';
import { goParser } from '../../../spec/tools/go/parser.mjs';
import { createProgram } from '../../../spec/tools/go/program.mjs';
import { checkoutSource, gitSource } from '../../../spec/tools/go/source.mjs';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'server-structs');
const ZADIG = join(FIXTURE, 'zadig');
const SPEC = join(FIXTURE, 'spec');
const SERVICE = 'pkg/microservice/aslan/core/thing/service';
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'server-structs-'));
  temps.push(dir);
  return dir;
}

async function check(specDir = SPEC, source = checkoutSource(ZADIG)) {
  return runOnce({ source, specDir, accepted: loadAccepted(join(specDir, 'server-structs-accepted.yaml')) });
}

const keyOf = (d: { kind: string; type?: string; field?: string; operation: string; direction: string }) =>
  d.type
    ? `${d.kind} ${d.type.split(':')[1]}.${d.field} ${d.direction}`
    : `${d.kind} ${d.operation} ${d.direction}`;

describe('Go types read with tree-sitter', () => {
  it('promotes embedded structs, follows imports, aliases and named basic types', async () => {
    const source = checkoutSource(ZADIG);
    const program = createProgram(source, 'example.com/fake', await goParser());
    const thing = program.namedShape(SERVICE, 'Thing');
    const fields = new Map(thing.fields?.map((f) => [f.json, f]));
    // Meta (embedded) and *types.Audit (embedded pointer, other package) lend their fields.
    expect([...fields.keys()]).toEqual([
      'name',
      'size',
      'ratio',
      'enabled',
      'repo',
      'repos',
      'updated',
      'extra',
      'note',
      'created_by',
      'create_time',
      'updated_by',
    ]);
    expect(fields.get('size')).toMatchObject({
      omitempty: true,
      shape: { kind: 'integer', id: `${SERVICE}:Size` },
    });
    expect(fields.get('repo')?.shape).toMatchObject({
      kind: 'pointer',
      elem: { kind: 'struct', id: 'pkg/types:Repo' },
    });
    expect(fields.get('repos')?.shape).toMatchObject({
      kind: 'array',
      nilable: true,
      items: { kind: 'pointer' },
    });
    expect(fields.get('updated')?.shape.kind).toBe('string');
    expect(fields.get('extra')?.shape.kind).toBe('any');
    const repo = new Map(program.namedShape('pkg/types', 'Repo').fields?.map((f) => [f.json, f]));
    // RepoSource = string (an alias) and binding:"required".
    expect(repo.get('source')).toMatchObject({ required: true, shape: { kind: 'string' } });
    // Stored by the MongoDB driver, an embedded struct without `bson:",inline"` is a nested document.
    expect(thing.bsonFields?.map((f) => f.bson)).toEqual([
      'meta',
      'audit',
      'name',
      'size',
      'ratio',
      'enabled',
      'repo',
      'repos',
      'updated',
      'extra',
      'note',
    ]);
    const request = program.namedShape(SERVICE, 'CreateThingReq').fields?.map((f) => f.json);
    // Unexported fields and json:"-" are not part of the JSON.
    expect(request).toEqual(['name', 'owner', 'size', 'tags', 'labels', 'repo']);
  });
});

describe('check-server-structs', () => {
  it('finds each kind of difference and names where it is', async () => {
    const run = await check();
    const found = run.diffs.map(keyOf).sort();
    expect(found).toEqual(
      [
        'absent Thing.size response',
        'extra CreateThingReq.color request',
        'kind CreateThingReq.size request',
        'kind Thing.ratio response',
        'missing CreateThingReq.tags request',
        'null Repo.prs response',
        'null Thing.repo response',
        'null Thing.repos response',
        'null ThingList.things response',
        'required Repo.source request',
        'unlinked getThing response',
      ].sort(),
    );
    const missing = run.diffs.find((d) => d.kind === 'missing');
    expect(missing?.where).toBe(
      'resources/thing/createThing.yaml#/requestBody/content/application~1json/schema',
    );
  });

  it('knows when the response helper turns nil slices into [] and when a field is checked in code', async () => {
    const run = await check();
    // ListThings answers with c.JSON: its nil slices are null. Under JSONResponse (createThing) Thing.repos is
    // not null, so the only null report for repos comes from listThings.
    const repos = run.diffs.filter((d) => d.field === 'repos');
    expect(repos.map((d) => d.operation)).toEqual(['listThings']);
    // `owner` is required by the spec without binding:"required", but the handler tests args.Owner.
    expect(run.diffs.some((d) => d.field === 'owner')).toBe(false);
  });

  it('honours accepted differences and prints the summary last', async () => {
    const run = await check();
    expect(run.lines.some((l) => l.includes('CreateThingReq.color'))).toBe(false);
    expect(run.open).toBe(run.diffs.length - 1);
    expect(run.lines.at(-1)).toBe(
      `operations: 2 linked, fields: ${run.lines.at(-1)?.match(/fields: (\d+)/)?.[1]} checked, differences: ${run.diffs.length} (1 accepted)`,
    );
    expect(Number(run.lines.at(-1)?.match(/fields: (\d+)/)?.[1])).toBeGreaterThan(20);
    const lines: string[] = [];
    expect(await main(['--zadig', ZADIG, '--spec', SPEC], (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual(run.lines);
  });

  it('says why a body is not linked', async () => {
    const run = await check();
    expect(run.links.find((l) => l.operation === 'updateThingLabels')).toMatchObject({
      linked: false,
      why: 'map[string]interface{}',
    });
    expect(run.linkedOps.has('deleteThing')).toBe(false);
  });

  it('writes missing links, and reports a link the handler contradicts', async () => {
    const spec = temp();
    cpSync(SPEC, spec, { recursive: true });
    const lines: string[] = [];
    await main(['--zadig', ZADIG, '--spec', spec, '--write-links'], (l) => lines.push(l));
    expect(lines[0]).toBe('wrote 1 x-zadig-go-type marks');
    const getThing = join(spec, 'resources/thing/getThing.yaml');
    expect(readFileSync(getThing, 'utf8')).toContain(
      `        x-zadig-go-type: ${SERVICE}:Thing\n        schema:`,
    );
    const after = await check(spec);
    expect(after.diffs.some((d) => d.kind === 'unlinked')).toBe(false);
    expect(after.linkedOps.has('getThing')).toBe(true);

    writeFileSync(
      getThing,
      readFileSync(getThing, 'utf8').replace(`${SERVICE}:Thing`, `${SERVICE}:ThingList`),
    );
    const wrong = await check(spec);
    expect(wrong.diffs.find((d) => d.kind === 'link')?.message).toBe(
      `the spec names ${SERVICE}:ThingList; the handler GetThing uses ${SERVICE}:Thing`,
    );
  });

  it('fixes missing fields, null and unchecked required in place, and then finds none of them', async () => {
    const spec = temp();
    cpSync(SPEC, spec, { recursive: true });
    const lines: string[] = [];
    await main(['--zadig', ZADIG, '--spec', spec, '--fix'], (l) => lines.push(l));
    expect(lines).toContain(
      'fixed 5 differences (missing fields, null, unchecked required); run again to check',
    );
    const after = await check(spec);
    expect(after.diffs.filter((d) => ['missing', 'null'].includes(d.kind))).toEqual([]);
    const create = readFileSync(join(spec, 'resources/thing/createThing.yaml'), 'utf8');
    // The Go field's kind, optional, with a description naming the field; the layout around it is kept.
    expect(create).toContain(
      '          tags:\n            type: array\n            items:\n              type: string\n            description: "Not in the docs: the server\'s `CreateThingReq.Tags`."\n',
    );
    expect(readFileSync(join(spec, 'resources/thing/models/Thing.yaml'), 'utf8')).toContain(
      '  repo:\n    oneOf:\n      - $ref: Repo.yaml\n      - type: "null"\n',
    );
    expect(readFileSync(join(spec, 'resources/thing/models/Repo.yaml'), 'utf8')).toContain(
      'prs:\n    type: [array, "null"]',
    );
  });

  it('compares bson names where the link says the server sends a stored map', async () => {
    const spec = temp();
    cpSync(SPEC, spec, { recursive: true });
    const list = join(spec, 'resources/thing/listThings.yaml');
    writeFileSync(
      list,
      readFileSync(list, 'utf8').replace(
        'x-zadig-go-type: pkg/microservice/aslan/core/thing/service:ThingList',
        'x-zadig-go-type: pkg/microservice/aslan/core/thing/service:ThingList\n        x-zadig-go-tags: bson',
      ),
    );
    const run = await check(spec);
    const repo = run.diffs.filter((d) => d.operation === 'listThings' && d.type === 'pkg/types:Repo');
    expect(repo.map((d) => `${d.kind} ${d.field}`).sort()).toContain('missing branch_name');
    expect(repo.map((d) => `${d.kind} ${d.field}`).sort()).toContain('extra branch');
  });

  it('does not write a link into a response other operations share', async () => {
    const spec = temp();
    cpSync(SPEC, spec, { recursive: true });
    const getThing = join(spec, 'resources/thing/getThing.yaml');
    writeFileSync(
      join(spec, 'resources/thing/ThingResponse.yaml'),
      'description: The thing.\ncontent:\n  application/json:\n    schema: { $ref: models/Thing.yaml }\n',
    );
    writeFileSync(getThing, 'operationId: getThing\nresponses:\n  "200":\n    $ref: ThingResponse.yaml\n');
    const lines: string[] = [];
    await main(['--zadig', ZADIG, '--spec', spec, '--write-links'], (l) => lines.push(l));
    expect(lines.slice(0, 2)).toEqual([
      'not written: getThing response is shared (resources/thing/ThingResponse.yaml); inline it to link it',
      'wrote 0 x-zadig-go-type marks',
    ]);
    expect(readFileSync(join(spec, 'resources/thing/ThingResponse.yaml'), 'utf8')).not.toContain(
      'x-zadig-go-type',
    );
  });

  it('fails on an accepted entry without a reason, and on bad flags', async () => {
    const file = join(temp(), 'accepted.yaml');
    writeFileSync(file, 'accepted:\n  - type: a:B\n    field: c\n    direction: request\n    kind: extra\n');
    expect(() => loadAccepted(file)).toThrow(/accepted\[0\]: reason is missing/);
    await expect(main(['--zadig'])).rejects.toThrow('--zadig needs a value');
    await expect(main(['--zadig', ZADIG, '--write-marks'])).rejects.toThrow(
      '--write-marks and --refs need --releases',
    );
    await expect(main(['--zadig', temp()])).rejects.toThrow(/neither a checkout/);
  });

  it('reads a git repository at a ref, and marks the fields a later ref adds', async () => {
    const repo = temp();
    cpSync(ZADIG, repo, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args]);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'r1');
    git('tag', 'r1');
    const types = join(repo, 'pkg/types/types.go');
    // r2 drops `branch` from Repo and adds `depth`.
    writeFileSync(
      types,
      readFileSync(types, 'utf8').replace(
        'Branch string     `json:"branch,omitempty" bson:"branch_name"`',
        'Depth int `json:"depth"`',
      ),
    );
    git('commit', '-qam', 'r2');
    git('tag', 'r2');

    const atR1 = await check(SPEC, gitSource(repo, 'r1'));
    const fromCheckout = await check();
    expect(atR1.diffs).toEqual(fromCheckout.diffs);

    const spec = temp();
    cpSync(SPEC, spec, { recursive: true });
    const repoModel = join(spec, 'resources/thing/models/Repo.yaml');
    writeFileSync(repoModel, `${readFileSync(repoModel, 'utf8')}  depth: { type: integer }\n`);
    const lines: string[] = [];
    await main(['--zadig', repo, '--spec', spec, '--releases', '--refs', 'r1,r2', '--write-marks'], (l) =>
      lines.push(l),
    );
    expect(lines).toContain('resources/thing/models/Repo.yaml#/properties/branch: until r1');
    expect(lines).toContain('resources/thing/models/Repo.yaml#/properties/depth: since r2');
    const marked = readFileSync(repoModel, 'utf8');
    expect(marked).toContain('branch: { type: string, x-zadig-until: r1 }');
  });
});
