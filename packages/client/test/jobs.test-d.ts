// Compile-time checks: a workflow job narrows by `type` without a cast, in definitions and in task details.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createZadigClient,
  type JobOfType,
  type JobSpecOfType,
  type TaskJobOfType,
  type TaskJobSpecOfType,
  type WorkflowJob,
  type WorkflowJobType,
  type WorkflowTaskJob,
  type WorkflowTaskJobType,
} from '../src/index.js';

const zadig = createZadigClient({ baseUrl: 'http://127.0.0.1:1', token: 't' });

describe('workflow jobs narrow by type', () => {
  it('narrows a definition job read with getWorkflow', async () => {
    const workflow = await zadig.workflow.getWorkflow({ name: 'wf', projectKey: 'demo' });
    for (const stage of workflow.stages ?? []) {
      for (const job of stage.jobs ?? []) {
        expectTypeOf(job).toEqualTypeOf<WorkflowJob>();
        if (job.type === 'zadig-deploy') {
          expectTypeOf(job.spec?.env).toEqualTypeOf<string | undefined>();
          expectTypeOf(job).toEqualTypeOf<JobOfType<'zadig-deploy'>>();
        }
        if (job.type === 'apollo') {
          // The stored keys, as the server names them.
          expectTypeOf(job.spec?.apolloID).toEqualTypeOf<string | undefined>();
          // @ts-expect-error a deploy field is not on an apollo spec
          void job.spec?.env;
        }
      }
    }
  });

  it('narrows a task job read with getWorkflowTask, whose spec is always sent', async () => {
    const task = await zadig.workflow.getWorkflowTask({ workflowKey: 'wf', taskId: 1 });
    const job = task.stages?.[0]?.jobs?.[0];
    if (job?.type === 'zadig-deploy') {
      expectTypeOf(job.spec.env).toEqualTypeOf<string | undefined>();
      expectTypeOf(job.spec.service_and_images).toEqualTypeOf<
        { service_name?: string; service_module?: string; image?: string }[] | null | undefined
      >();
    }
    if (job?.type === 'approval') {
      // Always present, null for the approval kinds not in use.
      expectTypeOf(job.spec.lark_approval).not.toBeAny();
      expectTypeOf<null>().toMatchTypeOf<typeof job.spec.lark_approval>();
    }
    if (job?.type === 'apollo') expectTypeOf(job.spec.namespaceList).not.toBeAny();
  });

  it('has no catch-all branch: an unknown type is a compile error, not any', () => {
    const job = {} as WorkflowTaskJob;
    // @ts-expect-error no such job type
    if (job.type === 'no-such-type') void job;
    expectTypeOf<WorkflowJobType>().not.toBeAny();
    expectTypeOf<WorkflowJob['spec']>().not.toBeAny();
    expectTypeOf<'ai-task'>().toMatchTypeOf<WorkflowJobType>();
    // Helm deploys are reported as zadig-deploy in task details.
    expectTypeOf<'zadig-helm-deploy'>().not.toMatchTypeOf<WorkflowTaskJobType>();
  });

  it('names the spec of one type', () => {
    expectTypeOf<JobSpecOfType<'sql'>['sql']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<TaskJobSpecOfType<'apollo'>['apolloID']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<TaskJobOfType<'notification'>['type']>().toEqualTypeOf<'notification'>();
  });
});
