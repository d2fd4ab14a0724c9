// Environments with their services and pods, testing and production alike.
import { badRequest, notFound } from '../errors.js';
import type { Json } from '../spec.js';
import type { Environment, EnvironmentService } from '../state/model.js';
import { hash } from '../state/store.js';
import {
  example,
  exampleItem,
  type Handler,
  type HandlerInput,
  project,
  SUCCESS,
  seconds,
} from './common.js';

const imageName = (image: string) => image.replace(/^.*\//, '').replace(/:.*$/, '');

function environment(input: HandlerInput, production: boolean): Environment {
  const p = project(input, input.params.projectKey);
  const name = String(input.params.envName);
  const env = input.state.environment(p.key, name, production);
  if (!env) throw notFound(`${production ? 'production ' : ''}environment ${name} of ${p.key} not found`);
  return env;
}

function service(input: HandlerInput, env: Environment): EnvironmentService {
  const name = String(input.params.serviceName);
  const found = env.services.find((s) => s.name === name);
  if (!found) throw notFound(`service ${name} is not in environment ${env.name} of ${env.projectKey}`);
  return found;
}

/** The pods of a service: as many as its replicas, renamed when it restarts. */
function pods(env: Environment, s: EnvironmentService) {
  const template = hash(`${env.namespace}/${s.name}/${s.restarts}`, 10);
  return Array.from({ length: s.replicas }, (_, i) => ({
    name: `${s.name}-${template}-${hash(`${template}/${i}`, 5)}`,
    ip: `10.42.${(i + 1) % 250}.${(Number.parseInt(hash(s.name, 2), 36) % 250) + 2}`,
    created: seconds(s.startedAt),
  }));
}

function list(production: boolean, operationId: string): Handler {
  return (input) => {
    const p = project(input, input.params.projectKey);
    const item = exampleItem(input, operationId);
    const envs = input.state.environments.filter(
      (e) => e.projectKey === p.key && e.production === production,
    );
    return {
      body: envs.map((e) => {
        const { envName: _alias, ...rest } = item;
        return {
          ...rest,
          env_key: e.name,
          cluster_id: e.clusterId,
          namespace: e.namespace,
          production: e.production,
          registry_id: e.registryId,
          status: 'success',
          update_by: e.updatedBy,
          update_time: seconds(e.updatedAt),
        };
      }),
    };
  };
}

function detail(production: boolean, operationId: string): Handler {
  return (input) => {
    const env = environment(input, production);
    const base = example(input, operationId);
    const serviceItem = structuredClone(base.services?.[0] ?? {});
    return {
      body: {
        ...base,
        project_key: env.projectKey,
        env_key: env.name,
        env_name: env.name,
        update_by: env.updatedBy,
        update_time: seconds(env.updatedAt),
        cluster_id: env.clusterId,
        namespace: env.namespace,
        registry_id: env.registryId,
        global_variables: [],
        status: 'success',
        services: env.services.map((s) => ({
          ...serviceItem,
          service_name: s.name,
          deploy_strategy: 'deploy',
          containers: [{ name: s.name, type: '', image: s.image, image_name: imageName(s.image) }],
          variable_kvs: [],
          status: 'running',
          type: 'k8s',
        })),
      },
    };
  };
}

function serviceDetail(production: boolean): Handler {
  return (input) => {
    const env = environment(input, production);
    const s = service(input, env);
    const base = example(input, 'getEnvironmentService');
    const scale = structuredClone(base.scales?.[0] ?? {});
    const pod = structuredClone(scale.pods?.[0] ?? {});
    const container = structuredClone(pod.containers?.[0] ?? {});
    return {
      body: {
        ...base,
        service_name: s.name,
        scales: [
          {
            ...scale,
            name: s.name,
            type: 'Deployment',
            images: [{ name: s.name, image: s.image, image_name: imageName(s.image) }],
            pods: pods(env, s).map((p) => ({
              ...pod,
              name: p.name,
              status: 'Running',
              age: '',
              createtime: p.created,
              ip: p.ip,
              labels: {
                'app.kubernetes.io/instance': s.name,
                's-product': env.projectKey,
                's-service': s.name,
              },
              containers: [
                {
                  ...container,
                  name: s.name,
                  image: s.image,
                  restart_count: 0,
                  status: 'running',
                  ready: true,
                  started_at: p.created,
                },
              ],
            })),
            replicas: s.replicas,
          },
        ],
        ingress: [],
        service_endpoints: [],
        cron_jobs: [],
        namespace: env.namespace,
        env_name: env.name,
        product_name: env.projectKey,
      },
    };
  };
}

function podList(production: boolean): Handler {
  return (input) => {
    const env = environment(input, production);
    const s = service(input, env);
    return {
      body: {
        service_name: s.name,
        pods: pods(env, s).map((p) => ({
          pod_name: p.name,
          status: 'Running',
          pod_ready: true,
          containers_ready: true,
          create_time: p.created,
          ip: p.ip,
          images: [s.image],
          workload_name: s.name,
          workload_type: 'Deployment',
        })),
      },
    };
  };
}

function restart(production: boolean): Handler {
  return (input) => {
    const env = environment(input, production);
    const s = service(input, env);
    s.restarts += 1;
    s.startedAt = input.now;
    return SUCCESS;
  };
}

function remove(production: boolean): Handler {
  return (input) => {
    const env = environment(input, production);
    input.state.environments.splice(input.state.environments.indexOf(env), 1);
    return SUCCESS;
  };
}

/** A new environment running the services the request names (production ones start empty, as on the server). */
function create(production: boolean): Handler {
  return (input) => {
    const p = project(input, input.params.projectKey);
    const body = input.body;
    if (input.state.environments.some((e) => e.projectKey === p.key && e.name === body.env_key)) {
      throw badRequest(`environment ${body.env_key} already exists in ${p.key}`);
    }
    input.state.environments.push({
      projectKey: p.key,
      name: body.env_key,
      production,
      namespace: body.namespace,
      clusterId: body.cluster_id,
      registryId: body.registry_id,
      services: (body.services ?? []).map((s: Json) => ({
        name: s.service_name,
        image: s.containers?.[0]?.image ?? '',
        replicas: 1,
        startedAt: input.now,
        restarts: 0,
      })),
      updatedBy: input.user,
      updatedAt: input.now,
    });
    return SUCCESS;
  };
}

export const environmentHandlers: Record<string, Handler> = {
  createEnvironment: create(false),
  createProductionEnvironment: create(true),
  listEnvironments: list(false, 'listEnvironments'),
  listProductionEnvironments: list(true, 'listProductionEnvironments'),
  getEnvironment: detail(false, 'getEnvironment'),
  getProductionEnvironment: detail(true, 'getProductionEnvironment'),
  getEnvironmentService: serviceDetail(false),
  getProductionEnvironmentService: serviceDetail(true),
  listEnvironmentServicePods: podList(false),
  listProductionEnvironmentServicePods: podList(true),
  restartEnvironmentService: restart(false),
  restartProductionEnvironmentService: restart(true),
  deleteEnvironment: remove(false),
  deleteProductionEnvironment: remove(true),
};
