import { prismViolations } from '@zadig-ts/testing';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { BadRequestError, type components, createZadigClient, unwrap } from '../src/index.js';

const zadig = createZadigClient({ baseUrl: inject('prismUrl'), token: 'test-token' });

describe('Version Management against the mock', () => {
  it('lists versions with create_time, as the server sends it', async () => {
    const page = await unwrap(
      zadig.GET('/openapi/delivery/releases', {
        params: { query: { projectKey: 'yaml', pageNum: 1, pageSize: 20 } },
      }),
    );
    expectTypeOf(page.list).toEqualTypeOf<components['schemas']['DeliveryVersionInfo'][]>();
    expect(page.total).toBe(12);
    expect(page.list.map((v) => [v.version_name, v.status, typeof v.create_time])).toEqual([
      ['v13', 'success', 'number'],
      ['v12', 'failed', 'number'],
    ]);
  });

  it('gets version details by project and version name', async () => {
    const version = await unwrap(
      zadig.GET('/openapi/delivery/releases/detail', {
        params: { query: { projectKey: 'yaml', versionName: 'v7.0.0' } },
      }),
    );
    expect(version.version).toBe('v7.0.0');
    expect(version.services.map((s) => s.service_name)).toEqual(['service1', 'service2']);
    expect(version.services[0]?.images[0]?.target_image_tag).toBe('v2');
  });

  it('still describes the legacy detail route of servers before August 2025', async () => {
    const legacy = await unwrap(
      zadig.GET('/openapi/delivery/releases/{id}', { params: { path: { id: '66287b110b8b8a631910f5ae' } } }),
    );
    expect(legacy.version_info.version_name).toBe('v13');
    expect(legacy.deploy_infos?.map((d) => d.service_name)).toEqual(['service1', 'service2']);
  });

  it('deletes a version', async () => {
    const result = await unwrap(
      zadig.DELETE('/openapi/delivery/releases/{id}', {
        params: { path: { id: '66287b110b8b8a631910f5ae' }, query: { projectKey: 'yaml' } },
      }),
    );
    expect(result).toEqual({ message: 'success' });
  });

  it('creates K8s YAML and Helm versions and retries one', async () => {
    const k8s = await unwrap(
      zadig.POST('/openapi/delivery/releases/k8s', {
        body: {
          project_key: 'yaml',
          version_name: 'v8',
          source: 'manual',
          services: [
            {
              service_name: 'service1',
              images: [
                {
                  container_name: 'service1',
                  image_name: 'service1',
                  target_image: 'registry.example.com/service1:v8',
                  target_image_tag: 'v8',
                  push_image: false,
                },
              ],
            },
          ],
        },
      }),
    );
    expect(k8s.message).toBe('success');
    const helm = await unwrap(
      zadig.POST('/openapi/delivery/releases/helm', {
        body: {
          project_key: 'charts',
          version_name: 'v2',
          source: 'from_env',
          env_name: 'dev',
          image_registry_id: '683047fe458904519c5f5c80',
          chart_repo_name: 'test',
          services: [
            {
              service_name: 'service2',
              chart_version: '1.0.1',
              images: [
                {
                  container_name: 'service2',
                  image_name: 'service2',
                  target_image: 'registry.example.com/service2:v2',
                  target_image_tag: 'v2',
                  image_path: { image: 'image.repository', tag: 'image.tag' },
                  push_image: true,
                },
              ],
            },
          ],
        },
      }),
    );
    expect(helm.message).toBe('success');
    const retried = await unwrap(
      zadig.POST('/openapi/delivery/releases/retry', {
        params: { query: { id: 'abc', projectKey: 'yaml' } },
      }),
    );
    expect(retried.message).toBe('success');
  });

  it('rejects a list call without its required projectKey (Prism validates the request)', async () => {
    const call = zadig.GET('/openapi/delivery/releases', {
      // @ts-expect-error projectKey is required
      params: { query: { pageNum: 1, pageSize: 20 } },
    });
    const { response } = await call;
    expect(response.status).toBe(400);
    expect(prismViolations(response).map((v) => v.message)).toContain(
      "Request query must have required property 'projectkey'",
    );
    await expect(unwrap(call)).rejects.toBeInstanceOf(BadRequestError);
  });

  it('rejects a version image without container_name, the one field the server needs', async () => {
    const { response } = await zadig.POST('/openapi/delivery/releases/helm', {
      body: {
        project_key: 'charts',
        version_name: 'v3',
        source: 'manual',
        image_registry_id: 'r',
        chart_repo_name: 'test',
        services: [
          {
            service_name: 's',
            chart_version: '1',
            images: [
              // @ts-expect-error container_name is required: the server looks the container up by it
              {
                image_name: 's',
                target_image: 't',
                target_image_tag: 't',
                push_image: true,
              },
            ],
          },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(prismViolations(response))).toContain('container_name');
  });
});
