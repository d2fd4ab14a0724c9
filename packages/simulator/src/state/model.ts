// What the simulator keeps: the resources people script against. Times are simulated milliseconds.
import type { Json } from '../spec.js';

export interface Project {
  key: string;
  name: string;
  description: string;
  deployType: 'k8s' | 'helm';
  isPublic: boolean;
  createdBy: string;
  createdAt: number;
}

export interface EnvironmentService {
  name: string;
  image: string;
  replicas: number;
  /** When its pods were last (re)started. */
  startedAt: number;
  restarts: number;
}

export interface Environment {
  projectKey: string;
  name: string;
  production: boolean;
  namespace: string;
  clusterId: string;
  registryId: string;
  services: EnvironmentService[];
  updatedBy: string;
  updatedAt: number;
}

export interface WorkflowJobDefinition {
  name: string;
  type: string;
  stage: string;
}

export interface Workflow {
  projectKey: string;
  key: string;
  name: string;
  description: string;
  jobs: WorkflowJobDefinition[];
  /** Every task fails at this job (a seed's `fail`). */
  failAt?: string | undefined;
  updatedBy: string;
  updatedAt: number;
  createdAt: number;
  lastTaskId: number;
}

export interface TaskJob extends WorkflowJobDefinition {
  durationMs: number;
  fails: boolean;
}

export interface WorkflowTask {
  workflowKey: string;
  projectKey: string;
  id: number;
  creator: string;
  createdAt: number;
  params: Json[];
  jobs: TaskJob[];
  remark: string;
  cancelledAt?: number | undefined;
  cancelledBy?: string | undefined;
}

export interface VersionImage {
  container: string;
  sourceImage: string;
  targetImage: string;
}

export interface VersionService {
  name: string;
  images: VersionImage[];
}

export interface Version {
  id: string;
  projectKey: string;
  name: string;
  type: 'K8SYaml' | 'HelmChart';
  source: '' | 'manual' | 'from_env' | 'from_version';
  envName: string;
  production: boolean;
  desc: string;
  labels: string[];
  registryId: string;
  services: VersionService[];
  createdBy: string;
  createdAt: number;
  /** The creation fails (seeded, or a request's `SIM_FAIL` label). */
  fails: boolean;
  retriedAt?: number | undefined;
}

export interface PlanJob {
  id: string;
  name: string;
  type: 'text' | 'workflow';
  spec: Json;
}

export interface ReleasePlan {
  id: string;
  index: number;
  name: string;
  manager: string;
  description: string;
  approval: Json;
  jobs: PlanJob[];
  createdBy: string;
  createdAt: number;
  /** When planning (re)started: creation, or the last update. */
  planningFrom: number;
  updatedAt: number;
  updatedBy: string;
  revision: number;
  startTime: number;
  endTime: number;
  approvedAt?: number | undefined;
  rejectedAt?: number | undefined;
}
