// Workflow jobs narrowed by `type`: the spec's discriminated unions (`WorkflowJob` in definitions,
// `WorkflowTaskJob` in task details) under names a caller can reach without indexing `components`.
import type { components } from '@zadig-ts/openapi';

type Schemas = components['schemas'];

/** A job of a workflow definition (`getWorkflow`, `createWorkflow`, `updateWorkflow`); `spec` follows `type`. */
export type WorkflowJob = Schemas['WorkflowJob'];
/** Every job type a workflow definition can hold. */
export type WorkflowJobType = WorkflowJob['type'];
/** The definition job of one type: `JobOfType<'zadig-deploy'>['spec']` is the deploy job's spec. */
export type JobOfType<T extends WorkflowJobType> = Extract<WorkflowJob, { type: T }>;
/** The spec of a definition job of one type. */
export type JobSpecOfType<T extends WorkflowJobType> = NonNullable<JobOfType<T>['spec']>;

/** A job of a workflow task (`getWorkflowTask`); `spec` is what the server sends for that `type`. */
export type WorkflowTaskJob = Schemas['WorkflowTaskJob'];
/** Every job type a task detail can report (Helm deploys are reported as `zadig-deploy`). */
export type WorkflowTaskJobType = WorkflowTaskJob['type'];
/** The task job of one type: `TaskJobOfType<'approval'>['spec']['lark_approval']`. */
export type TaskJobOfType<T extends WorkflowTaskJobType> = Extract<WorkflowTaskJob, { type: T }>;
/** The spec of a task job of one type. */
export type TaskJobSpecOfType<T extends WorkflowTaskJobType> = NonNullable<TaskJobOfType<T>['spec']>;
