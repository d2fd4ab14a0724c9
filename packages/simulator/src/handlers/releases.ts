// Versions (delivery releases): created from an environment or from given images, `creating` until done.

import { badRequest, notFound } from '../errors.js';
import type { Json } from '../spec.js';
import { versionStatus } from '../state/lifecycle.js';
import type { Version, VersionService } from '../state/model.js';
import {
  example,
  exampleItem,
  type Handler,
  type HandlerInput,
  page,
  project,
  SUCCESS,
  seconds,
} from './common.js';

const tagOf = (image: string) => /:([^:/]+)$/.exec(image)?.[1] ?? '';
const repoOf = (image: string) => image.replace(/:[^:/]+$/, '');
const nameOf = (image: string) => repoOf(image).replace(/^.*\//, '');

function version(input: HandlerInput, match: (v: Version) => boolean, what: string): Version {
  const p = project(input, input.params.projectKey);
  const found = input.state.versions.find((v) => v.projectKey === p.key && match(v));
  if (!found) throw notFound(`version ${what} of ${p.key} not found`);
  return found;
}

/** The services a request names, or else (from an environment) every service the environment runs. */
function servicesFor(input: HandlerInput, body: Json): { services: VersionService[]; registry: string } {
  const requested: VersionService[] = (body.services ?? []).map((s: Json) => ({
    name: s.service_name,
    images: (s.images ?? []).map((i: Json) => ({
      container: i.container_name,
      sourceImage: i.source_image ?? i.target_image,
      targetImage: i.target_image,
    })),
  }));
  if (body.source !== 'from_env') return { services: requested, registry: body.image_registry_id ?? '' };
  const env = input.state.environment(
    body.project_key,
    String(body.env_name ?? ''),
    Boolean(body.production),
  );
  if (!env) throw badRequest(`environment ${body.env_name} of ${body.project_key} not found`);
  const services = requested.length
    ? requested
    : env.services.map((s) => ({
        name: s.name,
        images: [
          { container: s.name, sourceImage: s.image, targetImage: `${repoOf(s.image)}:${body.version_name}` },
        ],
      }));
  return { services, registry: body.image_registry_id || env.registryId };
}

function create(type: Version['type']): Handler {
  return (input) => {
    const body = input.body ?? {};
    if (!body.project_key) throw badRequest('project_key is empty');
    if (!body.version_name) throw badRequest('version_name is empty');
    const p = project(input, body.project_key);
    if (input.state.versions.some((v) => v.projectKey === p.key && v.name === body.version_name)) {
      throw badRequest(`version ${body.version_name} already exists in ${p.key}`);
    }
    const { services, registry } = servicesFor(input, body);
    input.state.versions.push({
      id: input.state.newId(),
      projectKey: p.key,
      name: body.version_name,
      type,
      source: body.source ?? '',
      envName: body.env_name ?? '',
      production: Boolean(body.production),
      desc: body.desc ?? '',
      labels: body.labels ?? [],
      registryId: registry,
      services,
      createdBy: input.user,
      createdAt: input.now,
      fails: false,
    });
    return SUCCESS;
  };
}

export const releaseHandlers: Record<string, Handler> = {
  listReleases(input) {
    const p = project(input, input.params.projectKey);
    const item = exampleItem(input, 'listReleases', 'list');
    const versions = input.state.versions.filter((v) => v.projectKey === p.key).reverse();
    return {
      body: {
        total: versions.length,
        list: page(versions, input.params).map((v) => ({
          ...item,
          id: v.id,
          version_name: v.name,
          type: v.type,
          source: v.source,
          status: versionStatus(v, input.now),
          labels: v.labels,
          description: v.desc,
          created_by: v.createdBy,
          create_time: seconds(v.createdAt),
        })),
      },
    };
  },
  getRelease(input) {
    const name = String(input.params.versionName);
    const v = version(input, (x) => x.name === name, name);
    const base = example(input, 'getRelease');
    const service = structuredClone(base.services?.[0] ?? {});
    const image = structuredClone(service.images?.[0] ?? {});
    const status = versionStatus(v, input.now);
    const imageStatus = status === 'success' ? 'passed' : status === 'failed' ? 'failed' : 'running';
    return {
      body: {
        ...base,
        version: v.name,
        project_name: v.projectKey,
        env_name: v.envName,
        production: v.production,
        type: v.type,
        source: v.source,
        desc: v.desc,
        labels: v.labels,
        image_registry_id: v.registryId,
        chart_repo_name: '',
        status,
        error: status === 'failed' ? 'failed to push image: unauthorized' : '',
        created_by: v.createdBy,
        created_at: seconds(v.createdAt),
        deleted_at: 0,
        services: v.services.map((s) => ({
          ...service,
          service_name: s.name,
          yaml_content: '',
          error: '',
          images: s.images.map((i) => ({
            ...image,
            container_name: i.container,
            image_name: nameOf(i.targetImage),
            source_image: i.sourceImage,
            source_image_tag: tagOf(i.sourceImage),
            target_image: i.targetImage,
            target_image_tag: tagOf(i.targetImage),
            push_image: true,
            status: imageStatus,
            error: '',
          })),
        })),
      },
    };
  },
  createK8sRelease: create('K8SYaml'),
  createHelmRelease: create('HelmChart'),
  deleteRelease(input) {
    const id = String(input.params.id);
    const v = version(input, (x) => x.id === id, id);
    input.state.versions.splice(input.state.versions.indexOf(v), 1);
    return SUCCESS;
  },
  retryRelease(input) {
    const id = String(input.params.id);
    const v = version(input, (x) => x.id === id, id);
    const status = versionStatus(v, input.now);
    if (status !== 'failed')
      throw badRequest(`version ${v.name} is ${status}; only a failed version can be retried`);
    v.retriedAt = input.now;
    return SUCCESS;
  },
};
