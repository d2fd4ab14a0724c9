// The simulator's memory: every resource, created from a seed and changed by requests.
import type { Seed } from '../seed/schema.js';
import { DURATIONS, jobDuration, planState } from './lifecycle.js';
import type { Environment, Project, ReleasePlan, Version, Workflow, WorkflowTask } from './model.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A short stable hash of `text` (FNV-1a), for names that look generated but are the same every run. */
export function hash(text: string, length = 8): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}00000000`.slice(0, length);
}

/** The simulator's state; read it in tests, change it through the API or the methods below. */
export class SimulatorState {
  readonly projects = new Map<string, Project>();
  readonly environments: Environment[] = [];
  readonly workflows = new Map<string, Workflow>();
  readonly tasks: WorkflowTask[] = [];
  readonly versions: Version[] = [];
  readonly releasePlans: ReleasePlan[] = [];
  user = 'admin';
  private ids = 0;

  /** `now` gives the simulated time in ms. */
  constructor(readonly now: () => number) {}

  /** A new id in the form of a MongoDB ObjectId, as Zadig's ids are. */
  newId(): string {
    this.ids += 1;
    return `6754${this.ids.toString(16).padStart(20, '0')}`;
  }

  environment(projectKey: string, name: string, production?: boolean): Environment | undefined {
    return this.environments.find(
      (e) =>
        e.projectKey === projectKey &&
        e.name === name &&
        (production === undefined || e.production === production),
    );
  }

  /** Approves a release plan waiting for approval; it starts executing at once. */
  approveReleasePlan(id: string): ReleasePlan {
    return this.decide(id, 'approvedAt');
  }

  /** Rejects a release plan waiting for approval; it ends `denied`. */
  rejectReleasePlan(id: string): ReleasePlan {
    return this.decide(id, 'rejectedAt');
  }

  private decide(id: string, field: 'approvedAt' | 'rejectedAt'): ReleasePlan {
    const plan = this.releasePlans.find((p) => p.id === id);
    if (!plan) throw new Error(`release plan ${id} not found`);
    const status = planState(plan, this.now()).status;
    if (status !== 'wait_for_approval')
      throw new Error(`release plan ${id} is ${status}, not wait_for_approval`);
    plan[field] = this.now();
    return plan;
  }

  /** Starts a task of `workflow`; `failAt` names a job that fails. */
  startTask(
    workflow: Workflow,
    creator: string,
    params: unknown[],
    failAt: string | undefined,
    at = this.now(),
  ): WorkflowTask {
    workflow.lastTaskId += 1;
    const task: WorkflowTask = {
      workflowKey: workflow.key,
      projectKey: workflow.projectKey,
      id: workflow.lastTaskId,
      creator,
      createdAt: at,
      params,
      remark: '',
      jobs: workflow.jobs.map((job) => ({
        ...job,
        durationMs: jobDuration(job.type),
        fails: job.name === failAt,
      })),
    };
    this.tasks.push(task);
    return task;
  }

  /** Fills an empty state from `seed`, as if it had been built up before `start`. */
  applySeed(seed: Seed, start: number): void {
    this.user = seed.user ?? 'admin';
    for (const p of seed.projects) {
      this.projects.set(p.key, {
        key: p.key,
        name: p.name ?? p.key,
        description: p.description ?? '',
        deployType: p.deployType ?? 'k8s',
        isPublic: false,
        createdBy: this.user,
        createdAt: start - 90 * DAY,
      });
      for (const e of p.environments ?? []) {
        this.environments.push({
          projectKey: p.key,
          name: e.name,
          production: e.production ?? false,
          namespace: e.namespace ?? `${p.key}-env-${e.name}`,
          clusterId: '6754a0c1e2d3f40011223344',
          registryId: '6754a0c1e2d3f40055667788',
          services: (e.services ?? []).map((s) => ({
            name: s.name,
            image: s.image,
            replicas: s.replicas ?? 1,
            startedAt: start - 2 * DAY,
            restarts: 0,
          })),
          updatedBy: this.user,
          updatedAt: start - 2 * DAY,
        });
      }
      for (const w of p.workflows ?? []) {
        const workflow: Workflow = {
          projectKey: p.key,
          key: w.key,
          name: w.name ?? w.key,
          description: w.description ?? '',
          jobs: w.jobs.map((j) => ({ name: j.name, type: j.type, stage: j.stage ?? j.name })),
          failAt: w.fail,
          updatedBy: this.user,
          updatedAt: start - 30 * DAY,
          createdAt: start - 60 * DAY,
          lastTaskId: 0,
        };
        this.workflows.set(w.key, workflow);
        const runs = w.tasks ?? 0;
        for (let i = 0; i < runs; i++)
          this.startTask(workflow, this.user, [], w.fail, start - (runs - i) * 3 * HOUR);
      }
      const versions = p.versions ?? [];
      versions.forEach((v, i) => {
        const env = this.environment(p.key, v.env) as Environment;
        this.versions.push({
          id: this.newId(),
          projectKey: p.key,
          name: v.name,
          type: p.deployType === 'helm' ? 'HelmChart' : 'K8SYaml',
          source: 'from_env',
          envName: env.name,
          production: env.production,
          desc: v.description ?? '',
          labels: v.labels ?? [],
          registryId: env.registryId,
          services: env.services.map((s) => ({
            name: s.name,
            images: [
              {
                container: s.name,
                sourceImage: s.image,
                targetImage: `${s.image.replace(/:[^:/]*$/, '')}:${v.name}`,
              },
            ],
          })),
          createdBy: this.user,
          createdAt: start - (versions.length - i) * 7 * DAY,
          fails: v.status === 'failed',
        });
      });
    }
    (seed.releasePlans ?? []).forEach((plan, i) => {
      const status = plan.status ?? 'planning';
      const createdAt =
        status === 'success'
          ? start - 10 * DAY
          : status === 'planning'
            ? start
            : start - DURATIONS.planPlanning - 60_000;
      const approval = Boolean(plan.approval);
      this.releasePlans.push({
        id: this.newId(),
        index: i + 1,
        name: plan.name,
        manager: plan.manager ?? this.user,
        description: plan.description ?? '',
        approval: approvalOf(approval, plan.manager ?? this.user),
        jobs: (plan.jobs ?? []).map((job) => ({
          id: `${hash(`${plan.name}/${job.name}`)}-${hash(job.name, 4)}-4${hash(job.type, 3)}-8${hash(plan.name, 3)}-${hash(`${job.name}${i}`, 12)}`,
          name: job.name,
          type: job.type,
          spec:
            job.type === 'text'
              ? { content: job.content ?? '' }
              : {
                  workflow_key: job.workflow,
                  project_key: job.project ?? this.workflows.get(job.workflow ?? '')?.projectKey,
                },
        })),
        createdBy: this.user,
        createdAt,
        planningFrom: createdAt,
        updatedAt: createdAt,
        updatedBy: this.user,
        revision: 1,
        startTime: Math.floor(createdAt / 1000),
        endTime: Math.floor((createdAt + 7 * DAY) / 1000),
        approvedAt:
          approval && (status === 'success' || status === 'executing')
            ? createdAt + DURATIONS.planPlanning
            : undefined,
      });
    });
  }
}

/** A native approval by `approver`, or approval turned off. */
export function approvalOf(enabled: boolean, approver: string) {
  return {
    enabled,
    status: '',
    type: enabled ? 'native' : '',
    description: '',
    native_approval: {
      timeout: 60,
      approve_users: enabled
        ? [
            {
              user_id: hash(approver, 8),
              user_name: approver,
              reject_or_approve: '',
              comment: '',
              operation_time: 0,
            },
          ]
        : [],
      needed_approvers: enabled ? 1 : 0,
      reject_or_approve: '',
      instance_code: '',
    },
  };
}
