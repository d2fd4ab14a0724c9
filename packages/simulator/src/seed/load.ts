// Reads a seed (YAML or JSON), checks it against the seed schema and for references that must resolve, and
// names every bad value by its JSON pointer.
// The YAML parser and the validator are loaded when a seed is given, not when the simulator starts with the
// default one: together they take longer to load than the rest of the start.
import { readFileSync } from 'node:fs';
import type { Violation } from '@zadig-ts/openapi/validator';
import { SEED_SCHEMA, type Seed } from './schema.js';

/** A seed that cannot be used; `violations` say where and why. */
export class SeedError extends Error {
  constructor(
    readonly source: string,
    readonly violations: Violation[],
  ) {
    super(
      `Invalid seed ${source}:\n${violations.map((v) => `  ${v.pointer || '/'}: ${v.message}`).join('\n')}`,
    );
    this.name = 'SeedError';
  }
}

function references(seed: Seed): Violation[] {
  const out: Violation[] = [];
  const workflows = new Set<string>();
  const projects = new Set<string>();
  seed.projects.forEach((project, p) => {
    if (projects.has(project.key))
      out.push({ pointer: `/projects/${p}/key`, message: `repeats project ${project.key}` });
    projects.add(project.key);
    const envs = new Set((project.environments ?? []).map((e) => e.name));
    (project.workflows ?? []).forEach((workflow, w) => {
      if (workflows.has(workflow.key)) {
        out.push({
          pointer: `/projects/${p}/workflows/${w}/key`,
          message: `repeats workflow ${workflow.key} (keys are unique across projects)`,
        });
      }
      workflows.add(workflow.key);
      if (workflow.fail !== undefined && !workflow.jobs.some((j) => j.name === workflow.fail)) {
        out.push({
          pointer: `/projects/${p}/workflows/${w}/fail`,
          message: `names no job of ${workflow.key}`,
        });
      }
    });
    const versions = new Set<string>();
    (project.versions ?? []).forEach((version, v) => {
      if (!envs.has(version.env)) {
        out.push({
          pointer: `/projects/${p}/versions/${v}/env`,
          message: `names no environment of ${project.key} (it has: ${[...envs].join(', ') || 'none'})`,
        });
      }
      if (versions.has(version.name))
        out.push({
          pointer: `/projects/${p}/versions/${v}/name`,
          message: `repeats version ${version.name}`,
        });
      versions.add(version.name);
    });
  });
  (seed.releasePlans ?? []).forEach((plan, i) => {
    (plan.jobs ?? []).forEach((job, j) => {
      if (job.type === 'workflow' && (!job.workflow || !workflows.has(job.workflow))) {
        out.push({
          pointer: `/releasePlans/${i}/jobs/${j}/workflow`,
          message: 'must name a workflow of the seed',
        });
      }
    });
  });
  return out;
}

/** Checks a parsed seed; rejects with a {@link SeedError} listing every problem. */
export async function checkSeed(value: unknown, source = 'seed'): Promise<Seed> {
  const { createSpecValidator } = await import('@zadig-ts/openapi/validator');
  const validator = createSpecValidator({
    openapi: '3.1.0',
    info: { title: 'seed', version: '1' },
    paths: {
      '/seed': {
        post: {
          operationId: 'seed',
          requestBody: { content: { 'application/json': { schema: SEED_SCHEMA } } },
          responses: {},
        },
      },
    },
  });
  const violations = validator.requestBody('seed', value);
  if (violations.length) throw new SeedError(source, violations);
  const unresolved = references(value as Seed);
  if (unresolved.length) throw new SeedError(source, unresolved);
  return value as Seed;
}

/** Reads and checks a seed file (YAML, of which JSON is a part). */
export async function loadSeedFile(path: string): Promise<Seed> {
  const { parse } = await import('yaml');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SeedError(path, [{ pointer: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new SeedError(path, [
      { pointer: '', message: `is not readable YAML: ${(error as Error).message}` },
    ]);
  }
  return checkSeed(value, path);
}
