// The output schemas of the task tools: what their results hold, so that a host can read the structured
// content without guessing. Loose on purpose (no required fields beyond what every answer has): previews,
// cut results (`truncated`) and fields Zadig leaves out all still conform.
const str = { type: 'string' };
const num = { type: 'number' };
const bool = { type: 'boolean' };
const next = {
  type: 'object',
  description: 'The call that goes on from here.',
  properties: { tool: str, arguments: { type: 'object' } },
};
/** A write the caller did not confirm: the request it would send. */
const preview = {
  preview: bool,
  sent: bool,
  request: {
    type: 'object',
    properties: { method: str, url: str, headers: { type: 'object' }, body: {} },
  },
};

const task = {
  type: 'object',
  properties: {
    taskId: num,
    workflowKey: str,
    workflowName: str,
    projectKey: str,
    status: str,
    finished: bool,
    passed: bool,
    durationSeconds: num,
    error: {},
    stages: { type: 'array', items: { type: 'object' } },
    failedJobs: { type: 'array', items: str },
    waitedSeconds: num,
    note: str,
    next,
  },
};

export const outputSchemas = {
  workflowTask: task,
  runWorkflow: {
    type: 'object',
    properties: {
      ...preview,
      started: { type: 'object', properties: { taskId: num, workflowKey: str, projectKey: str } },
      task,
    },
  },
  jobLogTail: {
    type: 'object',
    properties: {
      workflowName: str,
      taskID: num,
      jobName: str,
      source: { type: 'string', enum: ['saved', 'live'] },
      totalLines: num,
      shown: num,
      lines: { type: 'array', items: str },
      omittedLines: num,
      longLinesCut: num,
      note: str,
    },
    required: ['lines'],
  },
  releasePlanStatus: {
    type: 'object',
    properties: {
      id: str,
      name: str,
      status: str,
      finished: bool,
      success: bool,
      timeline: { type: 'object' },
      approval: { type: 'object' },
      jobs: { type: 'array', items: { type: 'object', properties: { name: str, type: str, status: str } } },
      jobsByStatus: { type: 'object', additionalProperties: num },
      waitedSeconds: num,
      note: str,
    },
  },
  versionFromEnvironment: {
    type: 'object',
    properties: {
      ...preview,
      created: {
        type: 'object',
        properties: { projectKey: str, versionName: str, envName: str, services: num },
      },
      next,
    },
  },
} as const;
