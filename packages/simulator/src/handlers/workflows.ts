// Workflows and their tasks: run, follow, cancel, read the logs (whole or live).
import { badRequest, notFound } from '../errors.js';
import type { Json } from '../spec.js';
import { isFinalTask, type TaskState, taskState } from '../state/lifecycle.js';
import { jobLogLines } from '../state/logs.js';
import type { Workflow, WorkflowTask } from '../state/model.js';
import { example, exampleItem, type Handler, type HandlerInput, page, SUCCESS, seconds } from './common.js';
import { minimalJobSpec } from './job-spec.js';

/** The executeWorkflow parameter that makes a task fail at the job it names (the last job for `true`). */
export const FAIL_PARAMETER = 'SIM_FAIL';

function workflow(input: HandlerInput, key: unknown): Workflow {
  const found = input.state.workflows.get(String(key));
  if (!found) throw notFound(`workflow ${String(key)} not found`);
  if (input.params.projectKey !== undefined && input.params.projectKey !== found.projectKey) {
    throw notFound(`workflow ${found.key} is not in project ${String(input.params.projectKey)}`);
  }
  return found;
}

function task(input: HandlerInput, workflowKey: unknown, id: unknown): WorkflowTask {
  const w = workflow(input, workflowKey);
  const found = input.state.tasks.find((t) => t.workflowKey === w.key && t.id === Number(id));
  if (!found) throw notFound(`task ${String(id)} of workflow ${w.key} not found`);
  return found;
}

function stagesOf(state: TaskState) {
  const stages = new Map<string, TaskState['jobs']>();
  for (const job of state.jobs) stages.set(job.job.stage, [...(stages.get(job.job.stage) ?? []), job]);
  return [...stages].map(([name, jobs]) => {
    const statuses = jobs.map((j) => j.status);
    const status =
      statuses.find((s) => s === 'failed' || s === 'cancelled' || s === 'running') ??
      (statuses.every((s) => s === 'passed') ? 'passed' : '');
    const ends = jobs.map((j) => j.end);
    return {
      name,
      status,
      start_time: seconds(jobs[0]?.start),
      end_time: ends.includes(undefined) ? 0 : seconds(Math.max(...(ends as number[]))),
      parallel: true,
      error: '',
      jobs,
    };
  });
}

function taskDetail(input: HandlerInput, t: WorkflowTask) {
  const w = input.state.workflows.get(t.workflowKey) as Workflow;
  const state = taskState(t, input.now);
  const base = example(input, 'getWorkflowTask');
  const stageTemplate = structuredClone(base.stages?.[0] ?? {});
  const { spec: _spec, ...jobTemplate } = structuredClone(stageTemplate.jobs?.[0] ?? {});
  return {
    ...base,
    task_id: t.id,
    workflow_key: w.key,
    workflow_name: w.name,
    project_key: t.projectKey,
    params: t.params,
    status: state.status,
    remark: t.remark,
    task_creator: t.creator,
    task_revoker: t.cancelledBy ?? '',
    create_time: seconds(t.createdAt),
    start_time: seconds(state.start),
    end_time: seconds(state.end),
    error:
      state.status === 'failed'
        ? `job ${state.jobs.find((j) => j.status === 'failed')?.job.name} failed`
        : '',
    stages: stagesOf(state).map((stage) => ({
      ...stageTemplate,
      ...stage,
      jobs: stage.jobs.map((j) => ({
        ...jobTemplate,
        name: j.job.name,
        key: j.job.name,
        display_name: j.job.name,
        origin_name: j.job.name,
        type: j.job.type,
        spec: minimalJobSpec(input.spec.doc, 'WorkflowTaskJob', j.job.type),
        ...(jobTemplate.job_info ? { job_info: { ...jobTemplate.job_info, job_name: j.job.name } } : {}),
        status: j.status,
        start_time: seconds(j.start),
        end_time: seconds(j.end),
        cost_seconds: j.start !== undefined && j.end !== undefined ? Math.round((j.end - j.start) / 1000) : 0,
        error: j.status === 'failed' ? 'exit status 1' : '',
        retry_count: 0,
      })),
    })),
  };
}

function jobOf(input: HandlerInput) {
  const t = task(input, input.params.workflowName, input.params.taskID);
  const name = String(input.params.jobName);
  const index = t.jobs.findIndex((j) => j.name === name);
  if (index < 0) throw notFound(`job ${name} is not in task ${t.id} of ${t.workflowKey}`);
  return { t, index };
}

/** The jobs of a workflow definition (`WorkflowDefinition`), stage by stage. */
function jobsOf(body: Json) {
  return (body.stages ?? []).flatMap((stage: Json) =>
    (stage.jobs ?? []).map((job: Json) => ({
      name: String(job.name),
      type: String(job.type),
      stage: String(stage.name),
    })),
  );
}

export const workflowHandlers: Record<string, Handler> = {
  createWorkflow(input) {
    const body = input.body;
    if (input.state.workflows.has(body.name)) throw badRequest(`workflow ${body.name} already exists`);
    const p = input.state.projects.get(body.project);
    if (!p) throw badRequest(`project ${body.project} not found`);
    input.state.workflows.set(body.name, {
      projectKey: p.key,
      key: body.name,
      name: body.display_name || body.name,
      description: body.description ?? '',
      jobs: jobsOf(body),
      updatedBy: input.user,
      updatedAt: input.now,
      createdAt: input.now,
      lastTaskId: 0,
    });
    return SUCCESS;
  },
  updateWorkflow(input) {
    const w = workflow(input, input.params.name);
    const body = input.body;
    if (body.name !== w.key) throw badRequest(`the body names workflow ${body.name}, the path ${w.key}`);
    Object.assign(w, {
      name: body.display_name || body.name,
      description: body.description ?? '',
      jobs: jobsOf(body),
      updatedBy: input.user,
      updatedAt: input.now,
    });
    return SUCCESS;
  },
  listWorkflows(input) {
    const p = String(input.params.projectKey);
    if (!input.state.projects.has(p)) throw notFound(`project ${p} not found`);
    const item = exampleItem(input, 'listWorkflows', 'workflows');
    const workflows = [...input.state.workflows.values()].filter((w) => w.projectKey === p);
    return {
      body: {
        workflows: workflows.map((w) => ({
          ...item,
          workflow_key: w.key,
          workflow_name: w.name,
          update_by: w.updatedBy,
          update_time: seconds(w.updatedAt),
          type: 'custom',
        })),
      },
    };
  },
  getWorkflow(input) {
    const w = workflow(input, input.params.name);
    const base = example(input, 'getWorkflow');
    const stageTemplate = structuredClone(base.stages?.[0] ?? {});
    const { spec: _spec, ...jobTemplate } = structuredClone(stageTemplate.jobs?.[0] ?? {});
    const stages = [...new Set(w.jobs.map((j) => j.stage))];
    return {
      body: {
        ...base,
        workflow_key: w.key,
        workflow_name: w.name,
        project_key: w.projectKey,
        description: w.description,
        created_by: input.state.user,
        create_time: seconds(w.createdAt),
        updated_by: w.updatedBy,
        update_time: seconds(w.updatedAt),
        params: [],
        stages: stages.map((stage) => ({
          ...stageTemplate,
          name: stage,
          jobs: w.jobs
            .filter((j) => j.stage === stage)
            .map((j) => ({
              ...jobTemplate,
              name: j.name,
              type: j.type,
              skipped: false,
              spec: minimalJobSpec(input.spec.doc, 'WorkflowJob', j.type),
            })),
        })),
      },
    };
  },
  deleteWorkflow(input) {
    const w = workflow(input, input.params.workflowKey);
    input.state.workflows.delete(w.key);
    const kept = input.state.tasks.filter((t) => t.workflowKey !== w.key);
    input.state.tasks.splice(0, input.state.tasks.length, ...kept);
    return SUCCESS;
  },
  executeWorkflow(input) {
    const { workflow_key: key, project_key: projectKey, parameters = [] } = input.body;
    const w = input.state.workflows.get(key);
    if (!w || (projectKey && projectKey !== w.projectKey)) {
      throw notFound(`workflow ${key} not found${projectKey ? ` in project ${projectKey}` : ''}`);
    }
    const fail = parameters.find((p: { name?: string }) => p.name === FAIL_PARAMETER)?.value;
    const failAt =
      fail === undefined || fail === '' ? w.failAt : fail === 'true' ? w.jobs.at(-1)?.name : String(fail);
    if (failAt !== undefined && !w.jobs.some((j) => j.name === failAt)) {
      throw badRequest(
        `${FAIL_PARAMETER} names no job of ${w.key} (it has: ${w.jobs.map((j) => j.name).join(', ')})`,
      );
    }
    const t = input.state.startTask(w, input.user, parameters, failAt, input.now);
    return { body: { project_name: w.projectKey, workflow_name: w.key, task_id: t.id } };
  },
  getWorkflowTask(input) {
    return { body: taskDetail(input, task(input, input.params.workflowKey, input.params.taskId)) };
  },
  listWorkflowTasks(input) {
    const w = workflow(input, input.params.name);
    const item = exampleItem(input, 'listWorkflowTasks', 'workflow_tasks');
    const tasks = input.state.tasks.filter((t) => t.workflowKey === w.key).reverse();
    return {
      body: {
        total: tasks.length,
        workflow_tasks: page(tasks, input.params).map((t) => {
          const state = taskState(t, input.now);
          return {
            ...item,
            workflow_key: w.key,
            workflow_name: w.name,
            project_key: w.projectKey,
            task_id: t.id,
            create_time: seconds(t.createdAt),
            task_creator: t.creator,
            start_time: seconds(state.start),
            end_time: seconds(state.end),
            status: state.status,
          };
        }),
      },
    };
  },
  cancelWorkflowTask(input) {
    const t = task(input, input.params.workflowKey, input.params.taskId);
    if (!isFinalTask(taskState(t, input.now).status) && t.cancelledAt === undefined) {
      t.cancelledAt = input.now;
      t.cancelledBy = input.user;
    }
    return SUCCESS;
  },
  updateWorkflowTaskRemark(input) {
    const t = task(input, input.params.name, input.params.taskID);
    t.remark = String(input.body?.remark ?? '');
    return SUCCESS;
  },
  getWorkflowTaskJobLogs(input) {
    const { t, index } = jobOf(input);
    const lines = jobLogLines(t, taskState(t, input.now).jobs[index] as TaskState['jobs'][number], input.now);
    return { body: lines.map((line) => `${line}\n`).join(''), contentType: 'text/plain; charset=utf-8' };
  },
  streamWorkflowTaskJobLogs(input) {
    const { t, index } = jobOf(input);
    return {
      stream(res, closed) {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        // The server starts with the last `lines` lines written so far, then follows.
        const tail = Number(input.params.lines);
        const written = jobLogLines(
          t,
          taskState(t, input.clock.now()).jobs[index] as TaskState['jobs'][number],
          input.clock.now(),
        );
        let sent = tail > 0 ? Math.max(0, written.length - tail) : 0;
        const pump = () => {
          const now = input.clock.now();
          const state = taskState(t, now);
          const job = state.jobs[index] as TaskState['jobs'][number];
          const lines = jobLogLines(t, job, now);
          for (; sent < lines.length; sent++) res.write(`event:message\ndata:${lines[sent]}\n\n`);
          const ended = job.end !== undefined || isFinalTask(state.status);
          if (ended) stop();
          return ended;
        };
        const unwatch = input.clock.watch(pump);
        const stop = () => {
          unwatch();
          if (!res.writableEnded) res.end();
        };
        closed.then(unwatch);
        pump();
      },
    };
  },
};
