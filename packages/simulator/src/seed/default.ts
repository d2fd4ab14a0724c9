// The seed used when none is given: a small online shop with a storefront and a payments team.
import type { Seed } from './schema.js';

const REGISTRY = 'registry.acme-retail.example/shop';

export const DEFAULT_SEED: Seed = {
  user: 'admin',
  projects: [
    {
      key: 'storefront',
      name: 'Storefront',
      description: 'Web shop, product catalog and cart',
      deployType: 'k8s',
      environments: [
        {
          name: 'dev',
          services: [
            { name: 'web', image: `${REGISTRY}/web:20261204-118-main`, replicas: 1 },
            { name: 'catalog', image: `${REGISTRY}/catalog:20261203-96-main`, replicas: 1 },
            { name: 'cart', image: `${REGISTRY}/cart:20261130-71-main`, replicas: 1 },
          ],
        },
        {
          name: 'prod',
          production: true,
          services: [
            { name: 'web', image: `${REGISTRY}/web:2.4.0`, replicas: 3 },
            { name: 'catalog', image: `${REGISTRY}/catalog:2.4.0`, replicas: 2 },
            { name: 'cart', image: `${REGISTRY}/cart:2.4.0`, replicas: 2 },
          ],
        },
      ],
      workflows: [
        {
          key: 'storefront-ci',
          name: 'Build, test and deploy to dev',
          jobs: [
            { name: 'build', type: 'zadig-build' },
            { name: 'unit-test', type: 'zadig-test' },
            { name: 'deploy-dev', type: 'zadig-deploy' },
          ],
          tasks: 6,
        },
        {
          key: 'storefront-release',
          name: 'Release to production',
          jobs: [
            { name: 'deploy-prod', type: 'zadig-deploy' },
            { name: 'smoke-test', type: 'freestyle' },
          ],
          tasks: 2,
        },
      ],
      versions: [
        { name: 'v2.3.0', env: 'dev', labels: ['stable'], description: 'Gift cards' },
        { name: 'v2.3.1', env: 'dev', status: 'failed', description: 'Hotfix: cart totals' },
        { name: 'v2.4.0', env: 'dev', labels: ['stable'], description: 'New checkout page' },
      ],
    },
    {
      key: 'payments',
      name: 'Payments',
      description: 'Payment gateway and ledger',
      deployType: 'k8s',
      environments: [
        {
          name: 'dev',
          services: [
            { name: 'gateway', image: `${REGISTRY}/gateway:20261205-40-main`, replicas: 1 },
            { name: 'ledger', image: `${REGISTRY}/ledger:20261201-33-main`, replicas: 1 },
          ],
        },
        {
          name: 'prod',
          production: true,
          services: [
            { name: 'gateway', image: `${REGISTRY}/gateway:1.13.0`, replicas: 3 },
            { name: 'ledger', image: `${REGISTRY}/ledger:1.13.0`, replicas: 2 },
          ],
        },
      ],
      workflows: [
        {
          key: 'payments-build-deploy',
          name: 'Build and deploy',
          jobs: [
            { name: 'build', type: 'zadig-build' },
            { name: 'deploy-dev', type: 'zadig-deploy' },
          ],
          tasks: 4,
        },
        {
          key: 'payments-e2e',
          name: 'Nightly end-to-end tests',
          description: 'Fails at the contract tests until the sandbox card issuer is back',
          jobs: [
            { name: 'prepare', type: 'freestyle' },
            { name: 'contract-tests', type: 'zadig-test' },
          ],
          fail: 'contract-tests',
          tasks: 3,
        },
      ],
      versions: [
        { name: 'v1.12.0', env: 'dev', labels: ['stable'] },
        { name: 'v1.13.0', env: 'dev', labels: ['stable'], description: 'SEPA instant transfers' },
      ],
    },
  ],
  releasePlans: [
    {
      name: 'Storefront 2.4 release',
      manager: 'alice',
      approval: true,
      status: 'success',
      jobs: [
        { name: 'Freeze catalog edits', type: 'text', content: 'Ask merchandising to pause catalog edits.' },
        {
          name: 'Deploy storefront',
          type: 'workflow',
          project: 'storefront',
          workflow: 'storefront-release',
        },
      ],
    },
    {
      name: 'Payments 1.14 rollout',
      manager: 'bob',
      description: 'Card tokenisation v2',
      approval: true,
      status: 'wait_for_approval',
      jobs: [
        { name: 'Database migration', type: 'text', content: 'Run migration 0142 on the ledger database.' },
        { name: 'Deploy payments', type: 'workflow', project: 'payments', workflow: 'payments-build-deploy' },
      ],
    },
    {
      name: 'Storefront 2.5 release',
      manager: 'alice',
      status: 'planning',
      jobs: [
        {
          name: 'Deploy storefront',
          type: 'workflow',
          project: 'storefront',
          workflow: 'storefront-release',
        },
      ],
    },
  ],
};
