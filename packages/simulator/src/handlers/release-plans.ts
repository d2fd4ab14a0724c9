// Release plans: planning, then waiting at the approval until approved, then executing job by job.
import { randomUUID } from 'node:crypto';
import { badRequest, notFound } from '../errors.js';
import type { Json } from '../spec.js';
import { planState } from '../state/lifecycle.js';
import type { PlanJob, ReleasePlan } from '../state/model.js';
import { hash } from '../state/store.js';
import { example, exampleItem, type Handler, type HandlerInput, page, SUCCESS, seconds } from './common.js';

function plan(input: HandlerInput): ReleasePlan {
  const id = String(input.params.id);
  const found = input.state.releasePlans.find((p) => p.id === id);
  if (!found) throw notFound(`release plan ${id} not found`);
  return found;
}

function jobsOf(body: Json): PlanJob[] {
  return (body.jobs ?? []).map((job: Json) => ({
    id: randomUUID(),
    name: String(job.name ?? ''),
    type: job.type === 'workflow' ? 'workflow' : 'text',
    spec: job.spec ?? {},
  }));
}

function detail(input: HandlerInput, p: ReleasePlan) {
  const state = planState(p, input.now);
  const base = example(input, 'getReleasePlan');
  const jobTemplate = structuredClone(base.jobs?.[0] ?? {});
  const approval = structuredClone(p.approval ?? { enabled: false });
  if (approval.enabled) {
    approval.status =
      state.status === 'denied'
        ? 'reject'
        : state.approvalEnd !== undefined
          ? 'approve'
          : state.status === 'wait_for_approval'
            ? 'pending'
            : '';
  }
  return {
    ...base,
    id: p.id,
    index: p.index,
    name: p.name,
    manager: p.manager,
    manager_id: hash(p.manager, 8),
    start_time: p.startTime,
    end_time: p.endTime,
    schedule_execute_time: 0,
    description: p.description,
    created_by: p.createdBy,
    create_time: seconds(p.createdAt),
    updated_by: p.updatedBy,
    update_time: seconds(p.updatedAt),
    version: p.revision,
    approval,
    jobs: p.jobs.map((job, i) => ({
      ...jobTemplate,
      id: job.id,
      name: job.name,
      type: job.type,
      spec: job.spec,
      status: state.jobs[i] ?? '',
      last_status: '',
      updated: false,
      executed_by: state.jobs[i] === 'done' ? p.manager : '',
      executed_time: 0,
    })),
    status: state.status,
    planning_time: seconds(state.planningEnd),
    finish_planning_time: seconds(state.planningEnd),
    approval_time: seconds(state.approvalEnd),
    executing_time: seconds(state.executingEnd),
    success_time: state.status === 'success' ? seconds(state.executingEnd) : 0,
  };
}

export const releasePlanHandlers: Record<string, Handler> = {
  listReleasePlans(input) {
    const item = exampleItem(input, 'listReleasePlans', 'list');
    const plans = [...input.state.releasePlans].reverse();
    return {
      body: {
        total: plans.length,
        list: page(plans, input.params).map((p) => ({
          ...item,
          id: p.id,
          index: p.index,
          name: p.name,
          manager: p.manager,
          description: p.description,
          created_by: p.createdBy,
          create_time: seconds(p.createdAt),
        })),
      },
    };
  },
  getReleasePlan(input) {
    return { body: detail(input, plan(input)) };
  },
  createReleasePlan(input) {
    const body = input.body;
    const plans = input.state.releasePlans;
    const p: ReleasePlan = {
      id: input.state.newId(),
      index: Math.max(0, ...plans.map((x) => x.index)) + 1,
      name: body.name,
      manager: body.manager,
      description: body.description ?? '',
      approval: body.approval ?? { enabled: false },
      jobs: jobsOf(body),
      createdBy: input.user,
      createdAt: input.now,
      planningFrom: input.now,
      updatedAt: input.now,
      updatedBy: input.user,
      revision: 1,
      startTime: body.start_time ?? 0,
      endTime: body.end_time ?? 0,
    };
    plans.push(p);
    return { body: { id: p.id } };
  },
  updateReleasePlan(input) {
    const p = plan(input);
    const status = planState(p, input.now).status;
    if (status === 'success' || status === 'executing' || status === 'wait_for_approval') {
      throw badRequest(`release plan ${p.id} is ${status}; only a plan in planning can be updated`);
    }
    // The server replaces the plan and sends it back to planning.
    const body = input.body;
    Object.assign(p, {
      name: body.name,
      manager: body.manager,
      description: body.description ?? '',
      approval: body.approval ?? { enabled: false },
      jobs: jobsOf(body),
      startTime: body.start_time ?? 0,
      endTime: body.end_time ?? 0,
      planningFrom: input.now,
      updatedAt: input.now,
      updatedBy: input.user,
      revision: p.revision + 1,
      approvedAt: undefined,
      rejectedAt: undefined,
    });
    return SUCCESS;
  },
};
