// The seed file's schema (JSON Schema 2020-12). Checked with @zadig-ts/openapi's validator, so a bad value is
// reported by its JSON pointer the way request bodies are.

const name = { type: 'string', pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' };
const text = { type: 'string' };

const job = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'type'],
  properties: { name, type: text, stage: text },
};

const service = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'image'],
  properties: { name, image: { type: 'string', minLength: 1 }, replicas: { type: 'integer', minimum: 0 } },
};

const environment = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name,
    production: { type: 'boolean' },
    namespace: text,
    services: { type: 'array', items: service },
  },
};

const workflow = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'jobs'],
  properties: {
    key: name,
    name: text,
    description: text,
    jobs: { type: 'array', minItems: 1, items: job },
    fail: { type: 'string', description: 'Every task of this workflow fails at this job.' },
    tasks: {
      type: 'integer',
      minimum: 0,
      maximum: 200,
      description: 'Finished tasks already in its history.',
    },
  },
};

const version = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'env'],
  properties: {
    name: { type: 'string', minLength: 1 },
    env: name,
    status: { enum: ['success', 'failed'] },
    labels: { type: 'array', items: text },
    description: text,
  },
};

const planJob = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'type'],
  properties: {
    name: { type: 'string', minLength: 1 },
    type: { enum: ['text', 'workflow'] },
    content: text,
    project: name,
    workflow: name,
  },
};

const releasePlan = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    manager: text,
    description: text,
    approval: { type: 'boolean' },
    status: { enum: ['planning', 'wait_for_approval', 'executing', 'success'] },
    jobs: { type: 'array', items: planJob },
  },
};

export const SEED_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['projects'],
  properties: {
    user: text,
    projects: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key'],
        properties: {
          key: name,
          name: text,
          description: text,
          deployType: { enum: ['k8s', 'helm'] },
          environments: { type: 'array', items: environment },
          workflows: { type: 'array', items: workflow },
          versions: { type: 'array', items: version },
        },
      },
    },
    releasePlans: { type: 'array', items: releasePlan },
  },
};

export interface SeedJob {
  name: string;
  type: string;
  stage?: string;
}
export interface SeedService {
  name: string;
  image: string;
  replicas?: number;
}
export interface SeedEnvironment {
  name: string;
  production?: boolean;
  namespace?: string;
  services?: SeedService[];
}
export interface SeedWorkflow {
  key: string;
  name?: string;
  description?: string;
  jobs: SeedJob[];
  fail?: string;
  tasks?: number;
}
export interface SeedVersion {
  name: string;
  env: string;
  status?: 'success' | 'failed';
  labels?: string[];
  description?: string;
}
export interface SeedPlanJob {
  name: string;
  type: 'text' | 'workflow';
  content?: string;
  project?: string;
  workflow?: string;
}
export interface SeedReleasePlan {
  name: string;
  manager?: string;
  description?: string;
  approval?: boolean;
  status?: 'planning' | 'wait_for_approval' | 'executing' | 'success';
  jobs?: SeedPlanJob[];
}
export interface SeedProject {
  key: string;
  name?: string;
  description?: string;
  deployType?: 'k8s' | 'helm';
  environments?: SeedEnvironment[];
  workflows?: SeedWorkflow[];
  versions?: SeedVersion[];
}
/** A simulator seed: what the server holds when it starts. */
export interface Seed {
  /** Who seeded things were created by. Default `admin`. */
  user?: string;
  projects: SeedProject[];
  releasePlans?: SeedReleasePlan[];
}
