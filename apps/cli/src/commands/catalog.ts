import operationIndex from '@zadig-ts/openapi/operations.json' with { type: 'json' };
import { WAIT_TARGETS } from '../wait/targets.js';

export interface OperationParameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  type: string;
  enum?: unknown[];
  items?: string;
}

export interface Operation {
  operationId: string;
  tag: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  deprecated?: boolean;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; contentType: string };
  responseType?: string;
  pagination?: { list: string };
}

export interface Command {
  module: string;
  verb: string;
  operation: Operation;
  /** Asks for confirmation (or `--yes`) before running. */
  destructive: boolean;
  /** Takes --wait (it starts something long, or shows the state of something long). */
  waits: boolean;
}

/** Module names people type, by spec tag. Tags not listed get their kebab-cased name. */
const MODULES: Record<string, string> = {
  'Version Management': 'releases',
  'Release Plan': 'release-plans',
  'Code Scan': 'scan',
  'Collaboration Mode': 'collaboration',
  'Image Registry': 'registry',
  'Performance Insight': 'insight',
  'Artifact Management': 'artifact',
};

/** Other names a module answers to. */
export const MODULE_ALIASES: Record<string, string> = {
  release: 'releases',
  version: 'releases',
  versions: 'releases',
  'release-plan': 'release-plans',
  plan: 'release-plans',
  plans: 'release-plans',
  projects: 'project',
  workflows: 'workflow',
  wf: 'workflow',
  env: 'environment',
  environments: 'environment',
  services: 'service',
  svc: 'service',
  builds: 'build',
  tests: 'test',
  'code-scan': 'scan',
  scans: 'scan',
  clusters: 'cluster',
  registries: 'registry',
  'image-registry': 'registry',
  users: 'user',
  policy: 'permission',
  permissions: 'permission',
  'collaboration-mode': 'collaboration',
  'artifact-management': 'artifact',
  'performance-insight': 'insight',
  stats: 'insight',
};

/** Curated verbs, by operationId. Others are derived: the operationId, kebab-cased, minus the module's noun. */
const VERBS: Record<string, string> = {
  getRelease: 'get',
  getReleaseById: 'get-by-id',
  createK8sRelease: 'create-k8s',
  createHelmRelease: 'create-helm',
  executeWorkflow: 'run',
  getWorkflowTask: 'task',
  listWorkflowTasks: 'tasks',
  cancelWorkflowTask: 'cancel',
  retryWorkflowTask: 'retry',
  approveWorkflowTask: 'approve',
  getWorkflowTaskManualExecContext: 'manual-context',
  executeWorkflowTaskManualStage: 'manual-run',
  updateWorkflowTaskRemark: 'remark',
  streamWorkflowTaskJobLogs: 'logs',
  getWorkflowTaskJobLogs: 'log',
  createWorkflowApprovalTicket: 'approval-ticket',
  streamContainerLogs: 'logs',
  createTestTask: 'run',
  getTestTask: 'task',
  createCodeScanTask: 'run',
  getCodeScanTask: 'task',
  createCodeScan: 'create',
  getCliContext: 'context',
  listSystemOperationLogs: 'operation-logs',
  listEnvironmentOperationLogs: 'env-operation-logs',
  listProjectMembers: 'members',
  addProjectMembers: 'add-members',
  deleteProjectMember: 'remove-member',
  updateProjectMemberRoles: 'set-member-roles',
  updateProjectUserGroupRoles: 'set-group-roles',
  deleteProjectUserGroupMember: 'remove-group',
  listProjectResourceActions: 'resource-actions',
  listEnvironmentKubeEvents: 'events',
  scaleEnvironmentWorkload: 'scale',
  restartEnvironmentService: 'restart',
  restartProductionEnvironmentService: 'restart-production',
  listEnvironmentServicePods: 'pods',
  listProductionEnvironmentServicePods: 'pods-production',
  checkSubEnvironmentReady: 'sub-env-ready',
  checkSubEnvironmentWorkloadServices: 'sub-env-check-workloads',
  enableSubEnvironment: 'sub-env-enable',
  disableSubEnvironment: 'sub-env-disable',
  getSubEnvironmentPortalService: 'sub-env-portal',
  setSubEnvironmentPortalService: 'sub-env-set-portal',
  getInsightOverview: 'overview',
  getInsightBuildStatistics: 'builds',
  getInsightDeployStatistics: 'deploys',
  getInsightTestStatistics: 'tests',
  getInsightReleaseStatistics: 'releases',
  listInsightRollbacks: 'rollbacks',
};

/** Words for each module's noun, removed from derived verbs (`listEnvironments` -> `list`). */
const NOUNS: Record<string, string[]> = {
  releases: ['release', 'releases'],
  'release-plans': ['release-plan', 'release-plans'],
  project: ['project', 'projects'],
  workflow: ['workflow', 'workflows'],
  environment: ['environment', 'environments'],
  service: ['service', 'services'],
  build: ['build', 'builds'],
  test: ['test', 'tests'],
  scan: ['code-scan', 'code-scans'],
  cluster: ['cluster', 'clusters'],
  registry: ['registry', 'registries'],
  insight: ['insight'],
  user: ['user', 'users'],
  permission: ['project'],
  collaboration: ['collaboration-mode'],
  system: [],
  artifact: ['artifact'],
};

function deriveVerb(module: string, operationId: string): string {
  const words = kebab(operationId);
  for (const noun of (NOUNS[module] ?? []).sort((a, b) => b.length - a.length)) {
    const stripped = words.replace(new RegExp(`-${noun}(?=-|$)`), '');
    if (stripped !== words) return stripped;
  }
  return words;
}

/** Not DELETEs, but they interrupt running services: confirm first. */
const DISRUPTIVE = new Set([
  'restartEnvironmentService',
  'restartProductionEnvironmentService',
  'restartEnvironmentPod',
  'restartProductionEnvironmentPod',
]);

export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

export const commands: Command[] = (operationIndex.operations as Operation[]).map((operation) => ({
  module: MODULES[operation.tag] ?? kebab(operation.tag),
  verb:
    VERBS[operation.operationId] ??
    deriveVerb(MODULES[operation.tag] ?? kebab(operation.tag), operation.operationId),
  operation,
  destructive: operation.method === 'DELETE' || DISRUPTIVE.has(operation.operationId),
  waits: operation.operationId in WAIT_TARGETS,
}));

let byModule: Map<string, Command[]> | undefined;

/** Commands grouped by module, in spec order (computed once). */
export function modules(): Map<string, Command[]> {
  if (!byModule) {
    byModule = new Map();
    for (const command of commands)
      byModule.set(command.module, [...(byModule.get(command.module) ?? []), command]);
  }
  return byModule;
}

/** The module a name or alias stands for. */
export function resolveModule(name: string): string {
  return MODULE_ALIASES[name] ?? name;
}

export function findCommand(module: string, verb: string): Command | undefined {
  return commands.find((c) => c.module === module && (c.verb === verb || c.operation.operationId === verb));
}
