// Where parameter values come from when the params file does not give them: the first item of a list (or
// detail) operation, read at a JSON pointer, or a fixed value. Looked up by operation first, then by name.
import type { ParamValue } from './params-file.js';

/** A value read from another operation's answer. */
export interface ListSource {
  /** The operation to call; its own parameters are resolved the same way. */
  from: string;
  /** JSON pointer of the value in its 2xx body. */
  pointer: string;
}

/** Values found on the server, by the name used in the tables below. */
export const SOURCES = {
  project: { from: 'listProjects', pointer: '/projects/0/project_key' },
  env: { from: 'listEnvironments', pointer: '/0/env_key' },
  envService: { from: 'getEnvironment', pointer: '/services/0/service_name' },
  envContainer: { from: 'getEnvironment', pointer: '/services/0/containers/0/name' },
  envImage: { from: 'getEnvironment', pointer: '/services/0/containers/0/image' },
  envPod: { from: 'listEnvironmentServicePods', pointer: '/pods/0/pod_name' },
  envWorkload: { from: 'listEnvironmentServicePods', pointer: '/pods/0/workload_name' },
  envWorkloadType: { from: 'listEnvironmentServicePods', pointer: '/pods/0/workload_type' },
  envConfig: { from: 'listEnvironmentConfigs', pointer: '/0/name' },
  productionEnv: { from: 'listProductionEnvironments', pointer: '/0/env_key' },
  productionEnvService: { from: 'getProductionEnvironment', pointer: '/services/0/service_name' },
  productionEnvConfig: { from: 'listProductionEnvironmentConfigs', pointer: '/0/name' },
  service: { from: 'listServices', pointer: '/0/service_name' },
  productionService: { from: 'listProductionServices', pointer: '/0/service_name' },
  workflow: { from: 'listWorkflows', pointer: '/workflows/0/workflow_key' },
  workflowTask: { from: 'listWorkflowTasks', pointer: '/workflow_tasks/0/task_id' },
  workflowJob: { from: 'getWorkflowTask', pointer: '/stages/0/jobs/0/name' },
  build: { from: 'listBuilds', pointer: '/builds/0/name' },
  release: { from: 'listReleases', pointer: '/list/0/id' },
  releaseVersion: { from: 'listReleases', pointer: '/list/0/version_name' },
  releasePlan: { from: 'listReleasePlans', pointer: '/list/0/id' },
  cluster: { from: 'listClusters', pointer: '/0/cluster_id' },
  registry: { from: 'listRegistries', pointer: '/0/registry_id' },
  user: { from: 'listUsers', pointer: '/users/0/uid' },
  role: { from: 'listProjectRoles', pointer: '/0/name' },
} as const satisfies Record<string, ListSource>;

export type SourceName = keyof typeof SOURCES;

/** The usual meaning of a parameter name. */
const BY_NAME: Record<string, SourceName> = {
  projectKey: 'project',
  namespace: 'project',
  projectName: 'project',
  envName: 'env',
  serviceName: 'envService',
  cfgName: 'envConfig',
  podName: 'envPod',
  containerName: 'envContainer',
  image: 'envImage',
  workflowKey: 'workflow',
  workflowName: 'workflow',
  taskId: 'workflowTask',
  jobName: 'workflowJob',
  versionName: 'releaseVersion',
  uid: 'user',
};

const PRODUCTION = {
  envName: 'productionEnv',
  serviceName: 'productionEnvService',
  cfgName: 'productionEnvConfig',
} as const;

/** Names whose meaning depends on the operation (`name`, `id`, …). */
const BY_OPERATION: Record<string, Record<string, SourceName>> = {
  getBuild: { name: 'build' },
  getProjectRole: { name: 'role' },
  getWorkflow: { name: 'workflow' },
  listWorkflowTasks: { name: 'workflow' },
  getWorkflowTaskManualExecContext: { name: 'workflow', taskID: 'workflowTask' },
  getWorkflowTaskJobLogs: { taskID: 'workflowTask' },
  streamWorkflowTaskJobLogs: { taskID: 'workflowTask' },
  listEnvironmentKubeEvents: { name: 'envWorkload', type: 'envWorkloadType' },
  checkClusterIstio: { id: 'cluster' },
  getRegistry: { id: 'registry' },
  getReleaseById: { id: 'release' },
  getReleasePlan: { id: 'releasePlan' },
  getService: { serviceName: 'service' },
  listServiceLabels: { serviceName: 'service' },
  getProductionService: { serviceName: 'productionService' },
  getProductionEnvironment: PRODUCTION,
  getProductionEnvironmentConfig: PRODUCTION,
  getProductionEnvironmentGlobalVariables: PRODUCTION,
  getProductionEnvironmentService: PRODUCTION,
  getProductionEnvironmentServiceValues: PRODUCTION,
  getProductionEnvironmentServiceYaml: PRODUCTION,
  listProductionEnvironmentConfigs: PRODUCTION,
  listProductionEnvironmentServicePods: PRODUCTION,
};

const DAY_SECONDS = 86_400;

/** Values that need no lookup: paging, a window of the last 30 days, the most common enum member. */
const FIXED: Record<string, (now: number) => ParamValue> = {
  pageNum: () => 1,
  pageSize: () => 10,
  page: () => 1,
  perPage: () => 10,
  lines: () => 10,
  type: () => 'ConfigMap',
  op: () => 'enable',
  searchType: () => 'all',
  endTime: (now) => Math.floor(now / 1000),
  startTime: (now) => Math.floor(now / 1000) - 30 * DAY_SECONDS,
};

/** Optional parameters that are sent anyway, with their fixed value. */
export const ALWAYS_SENT = new Set(['pageNum', 'pageSize']);

/** How a parameter of an operation gets its value when the params file does not give it. */
export type Origin =
  | { kind: 'source'; name: SourceName; source: ListSource }
  | { kind: 'fixed'; value: ParamValue }
  | undefined;

/** The origin of `parameter` for `operationId`; `undefined` when nothing on the server lists it. */
export function originOf(
  operationId: string,
  parameter: string,
  enumValues: unknown[] | undefined,
  now: number,
): Origin {
  const named = BY_OPERATION[operationId]?.[parameter];
  if (named) return { kind: 'source', name: named, source: SOURCES[named] };
  const fixed = FIXED[parameter]?.(now);
  if (fixed !== undefined && (!enumValues || enumValues.includes(fixed)))
    return { kind: 'fixed', value: fixed };
  const byName = BY_NAME[parameter];
  if (byName) return { kind: 'source', name: byName, source: SOURCES[byName] };
  const first = enumValues?.[0];
  if (typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean') {
    return { kind: 'fixed', value: first };
  }
  return undefined;
}
