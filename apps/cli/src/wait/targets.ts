// Which commands can --wait, and how: after the call, what to poll and with which input.
// Starting commands (run a workflow, create a version, ...) wait for what they started; status commands
// (get a task, a version, a plan) wait until what they show is final.
import type { Waiters } from '@zadig-ts/client';

type Json = Record<string, unknown>;

export interface WaitTarget {
  waiter: keyof Waiters;
  /** The waiter's input, from the command's parameters, body and response. */
  input(params: Json, body: Json, response: Json): Json | undefined;
  /** The command that resumes waiting, for the Ctrl-C message. */
  resume(input: Json): string;
  /** The command reads the very state the waiter polls (so --wait need not call it first). */
  polls?: true;
}

const taskResume = (input: Json) => `zadigctl workflow task ${input.workflowKey} ${input.taskId} --wait`;
const releaseResume = (input: Json) =>
  `zadigctl releases get ${input.versionName} -p ${input.projectKey} --wait`;
const testResume = (input: Json) =>
  `zadigctl test task ${input.testName} ${input.taskID} -p ${input.projectKey} --wait`;
const scanResume = (input: Json) =>
  `zadigctl scan task ${input.scanName} ${input.taskID} -p ${input.projectKey} --wait`;
const planResume = (input: Json) => `zadigctl release-plans get ${input.id} --wait`;

export const WAIT_TARGETS: Record<string, WaitTarget> = {
  executeWorkflow: {
    waiter: 'workflowTask',
    input: (_p, body, res) => ({ workflowKey: body.workflow_key ?? res.workflow_name, taskId: res.task_id }),
    resume: taskResume,
  },
  getWorkflowTask: {
    polls: true,
    waiter: 'workflowTask',
    input: (p) => ({ workflowKey: p.workflowKey, taskId: p.taskId }),
    resume: taskResume,
  },
  retryWorkflowTask: {
    waiter: 'workflowTask',
    input: (p) => ({ workflowKey: p.name, taskId: p.taskID }),
    resume: taskResume,
  },
  createK8sRelease: {
    waiter: 'release',
    input: (_p, body) => ({ projectKey: body.project_key, versionName: body.version_name }),
    resume: releaseResume,
  },
  createHelmRelease: {
    waiter: 'release',
    input: (_p, body) => ({ projectKey: body.project_key, versionName: body.version_name }),
    resume: releaseResume,
  },
  getRelease: {
    polls: true,
    waiter: 'release',
    input: (p) => ({ projectKey: p.projectKey, versionName: p.versionName }),
    resume: releaseResume,
  },
  createTestTask: {
    waiter: 'testTask',
    input: (_p, body, res) => ({
      testName: body.test_name,
      taskID: res.task_id,
      projectKey: body.project_key,
    }),
    resume: testResume,
  },
  getTestTask: {
    polls: true,
    waiter: 'testTask',
    input: (p) => ({ testName: p.testName, taskID: p.taskID, projectKey: p.projectKey }),
    resume: testResume,
  },
  createCodeScanTask: {
    waiter: 'codeScanTask',
    input: (p, _body, res) => ({ scanName: p.scanName, taskID: res.task_id, projectKey: p.projectKey }),
    resume: scanResume,
  },
  getCodeScanTask: {
    polls: true,
    waiter: 'codeScanTask',
    input: (p) => ({ scanName: p.scanName, taskID: p.taskID, projectKey: p.projectKey }),
    resume: scanResume,
  },
  getReleasePlan: { polls: true, waiter: 'releasePlan', input: (p) => ({ id: p.id }), resume: planResume },
};
