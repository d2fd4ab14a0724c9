// Every job type the spec knows, in a seed: the workflow's definition and its tasks' details answer a `spec`
// of that type's shape at every stage of the run, for the whole spec and for a release's bundle.
import { afterEach, describe, expect, it } from 'vitest';
import type { Seed } from '../src/index.js';
import { loadSpec } from '../src/spec.js';
import { checkExchange, type Harness, harness } from './helpers.js';

function seedWithEvery(types: string[]): Seed {
  return {
    projects: [
      {
        key: 'every-job',
        workflows: [{ key: 'all-types', jobs: types.map((type) => ({ name: `job-${type}`, type })) }],
      },
    ],
  };
}

describe('every job type of the spec', () => {
  let h: Harness | undefined;
  afterEach(() => h?.stop());

  it.each([undefined, 'v4.3.0'])(
    'answers valid definitions and task details (release %s)',
    async (release) => {
      const { doc } = loadSpec(release);
      const types = Object.keys(doc.components.schemas.WorkflowTaskJob.discriminator.mapping);
      expect(types.length).toBeGreaterThan(30);
      h = await harness({ seed: seedWithEvery(types), ...(release ? { release } : {}) });
      await h.zadig.call('getWorkflow', { name: 'all-types', projectKey: 'every-job' } as never);
      const started = await h.zadig.call('executeWorkflow', {
        body: { project_key: 'every-job', workflow_key: 'all-types' },
      } as never);
      const taskId = (started as { task_id: number }).task_id;
      // Queued, then each job running in turn, then done: the details at each step.
      for (let step = 0; step <= types.length + 1; step++) {
        await h.zadig.call('getWorkflowTask', { workflowKey: 'all-types', taskId } as never);
        h.clock.advance(10_000);
      }
      const violations = h.exchanges.flatMap((e) => checkExchange(e, release).violations);
      expect(violations).toEqual([]);
      const detail = JSON.parse(h.exchanges.at(-1)?.body ?? '{}');
      const jobs = detail.stages.flatMap((s: { jobs: { type: string; spec: unknown }[] }) => s.jobs);
      expect(jobs.map((j: { type: string }) => j.type).sort()).toEqual([...types].sort());
      expect(jobs.every((j: { spec: unknown }) => j.spec !== undefined)).toBe(true);
    },
  );
});
