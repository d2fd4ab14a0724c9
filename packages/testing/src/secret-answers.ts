// Answers of a Zadig server with every kind of secret filled, for the tests that check no surface shows them:
// code-host credentials in a workflow and its task, credential parameters, a nacos job's auth_config, an
// environment Secret's manifest, and a registry key and cluster credentials sent beyond what the spec describes.

export const SECRET = {
  oauth: 'sec-oauth-0c1f7a',
  password: 'sec-password-5be2',
  ssh: 'sec-ssh-key-91d0',
  pat: 'sec-pat-3a7e55',
  jobRepo: 'sec-job-oauth-77c1',
  param: 'sec-param-value-2f9d',
  paramDefault: 'sec-param-default-8e01',
  nacos: 'sec-nacos-password-6d3c',
  secretData: 'c2VjLXNlY3JldC1kYXRh',
  registry: 'sec-registry-key-4b8f',
  kubeconfig: 'sec-kubeconfig-1e6a',
  clusterToken: 'sec-cluster-token-0f2b',
  errorBody: 'sec-error-extra-9a4c',
  contract: 'sec-contract-body-3c5d',
};
export const ALL_SECRETS = Object.values(SECRET);

const credentialParams = [
  { name: 'db', type: 'string', value: SECRET.param, default: SECRET.paramDefault, is_credential: true },
  { name: 'tag', type: 'string', value: 'v1.2.0', is_credential: false },
  {
    name: 'code',
    type: 'repo',
    repo: {
      source: 'other',
      repo_name: 'shop',
      oauth_token: SECRET.oauth,
      password: SECRET.password,
      ssh_key: SECRET.ssh,
      private_access_token: SECRET.pat,
    },
  },
];

export const workflow = {
  name: 'deploy',
  display_name: 'Deploy',
  project: 'shop',
  params: credentialParams,
  stages: [
    {
      name: 'build',
      parallel: false,
      jobs: [
        {
          name: 'build',
          type: 'freestyle',
          spec: { repos: [{ repo_name: 'shop', oauth_token: SECRET.jobRepo }] },
        },
      ],
    },
  ],
};

export const task = {
  task_id: 7,
  workflow_key: 'deploy',
  workflow_name: 'Deploy',
  project_key: 'shop',
  status: 'passed',
  params: credentialParams,
  stages: [
    {
      name: 'config',
      status: 'passed',
      jobs: [
        {
          name: 'nacos-update',
          type: 'nacos',
          status: 'passed',
          spec: {
            nacos_id: 'n1',
            nacos_addr: 'http://nacos:8848',
            auth_config: { username: 'nacos', password: SECRET.nacos },
          },
        },
      ],
    },
  ],
};

export const secretConfig = {
  secret_detail: {
    name: 'db',
    project_key: 'shop',
    env_key: 'dev',
    common_env_cfg_type: 'Secret',
    source_detail: null,
    yaml_data: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${SECRET.secretData}\n`,
  },
};

// Sent beyond what the spec describes (no release sends them): the spec's secret names still catch them.
export const registry = {
  registry_id: 'r1',
  address: 'https://registry.example.com',
  provider: 'harbor',
  region: '',
  namespace: 'shop',
  is_default: true,
  access_key: 'robot$shop',
  secret_key: SECRET.registry,
};
export const clusters = [
  {
    cluster_id: 'c1',
    name: 'prod',
    production: true,
    description: '',
    provider: 1,
    provider_name: 'k8s',
    created_by: 'system',
    created_time: 1700000000,
    local: false,
    status: 'normal',
    type: 'kubeconfig',
    project_names: ['shop'],
    kube_config: SECRET.kubeconfig,
    token: SECRET.clusterToken,
  },
];

/** An error body whose `extra` quotes a secret. */
export const errorWithSecret = {
  type: 'error',
  code: 6000,
  message: 'bad',
  description: 'bad',
  extra: { password: SECRET.errorBody },
};
