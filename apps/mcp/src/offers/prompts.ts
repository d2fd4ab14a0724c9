// Prompts for the jobs people bring most often: each names the tools and the order that get it done.
import { ErrorCode, type GetPromptResult, McpError, type Prompt } from '@modelcontextprotocol/sdk/types.js';

interface PromptDefinition extends Prompt {
  text(args: Record<string, string>): string;
}

const PROMPTS: PromptDefinition[] = [
  {
    name: 'cut_version_from_environment',
    title: 'Cut a version from an environment',
    description:
      'Create a version (Version Management) from the services and images running in an environment.',
    arguments: [
      { name: 'projectKey', description: 'Project key.', required: true },
      { name: 'envName', description: 'Environment key.', required: true },
      { name: 'versionName', description: 'Name of the new version, e.g. v1.2.0.', required: true },
    ],
    text: (a) =>
      `Create the version ${a.versionName} of project ${a.projectKey} from environment ${a.envName}.\n` +
      `1. Check the environment: zadig_call_operation getEnvironment with {"projectKey": "${a.projectKey}", "envName": "${a.envName}"} and fields ["services.service_name", "services.containers.image"].\n` +
      `2. Make sure no version named ${a.versionName} exists: zadig_call_operation listReleases with jq ".list[] | select(.version_name == \\"${a.versionName}\\")".\n` +
      `3. Call zadig_version_from_environment without confirm and show me the preview (services and images).\n` +
      '4. Only after I agree, call it again with "confirm": true, then report the version\'s status (getRelease).\n' +
      'If zadig_version_from_environment is not offered, this server does not allow createK8sRelease: tell me so.',
  },
  {
    name: 'explain_task_failure',
    title: 'Explain why a workflow task failed',
    description:
      'Find the failed jobs of a workflow task, read the end of their logs, and explain the cause.',
    arguments: [
      { name: 'workflowKey', description: 'Workflow key.', required: true },
      { name: 'taskId', description: 'Task number.', required: true },
    ],
    text: (a) =>
      `Explain why task ${a.taskId} of workflow ${a.workflowKey} failed.\n` +
      `1. zadig_workflow_task with {"workflowKey": "${a.workflowKey}", "taskId": ${Number(a.taskId) || JSON.stringify(a.taskId)}}: note its failedJobs and each stage's error.\n` +
      '2. For each failed job, zadig_job_log_tail with lines 200: find the first error, not the last line.\n' +
      '3. Answer with: the failed job, the error (quote the log lines), the likely cause, and what to change. Say what you could not see.',
  },
];

export function listPrompts(): Prompt[] {
  return PROMPTS.map(({ text: _text, ...prompt }) => prompt);
}

export function getPrompt(name: string, args: Record<string, string> = {}): GetPromptResult {
  const prompt = PROMPTS.find((p) => p.name === name);
  if (!prompt) {
    throw new McpError(
      ErrorCode.InvalidParams,
      `no prompt ${JSON.stringify(name)}: there are ${PROMPTS.map((p) => p.name).join(', ')}`,
    );
  }
  const missing = (prompt.arguments ?? []).filter((a) => a.required && !args[a.name]?.trim());
  if (missing.length) {
    throw new McpError(
      ErrorCode.InvalidParams,
      `prompt ${name} needs ${missing.map((a) => a.name).join(', ')}`,
    );
  }
  return {
    description: prompt.description,
    messages: [{ role: 'user', content: { type: 'text', text: prompt.text(args) } }],
  };
}
