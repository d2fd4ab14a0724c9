// Properties over random histories: lists agree with what was done, time only moves things forward, and the
// simulator refuses exactly the requests the spec refuses.
import { createSpecValidator } from '@zadig-ts/openapi/validator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../src/spec.js';
import { checkExchange, type Harness, harness } from './helpers.js';

const validator = createSpecValidator(loadSpec().doc);
const ORDER = ['queued', 'running', 'passed', 'failed', 'cancelled'];
const JOB_ORDER = ['', 'running', 'passed', 'failed'];

let h: Harness;
let projects = 0;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  expect(h.exchanges.flatMap((e) => checkExchange(e).violations)).toEqual([]);
  await h.stop();
});

const json = (body: string) => JSON.parse(body);

describe('lists', () => {
  it('hold exactly the versions created and not deleted, page after page, with a true total', async () => {
    const command = fc.oneof(
      fc.record({ create: fc.stringMatching(/^v[0-9]{1,2}\.[0-9]$/) }),
      fc.record({ remove: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        async (commands, pageSize) => {
          const key = `prop-${++projects}`;
          await h.request('POST', '/openapi/projects/project', {
            body: { project_name: key, project_key: key, project_type: 'yaml' },
          });
          const model: { id?: string; name: string }[] = [];
          for (const c of commands) {
            if ('create' in c) {
              const answer = await h.request('POST', '/openapi/delivery/releases/k8s', {
                body: { project_key: key, version_name: c.create, source: 'manual', services: [] },
              });
              const exists = model.some((v) => v.name === c.create);
              expect(answer.status).toBe(exists ? 400 : 200);
              if (!exists) model.unshift({ name: c.create });
            } else if (model.length) {
              const victim = model[c.remove % model.length] as { name: string };
              const detail = await h.request(
                'GET',
                `/openapi/delivery/releases?projectKey=${key}&pageNum=1&pageSize=100`,
              );
              const id = json(detail.body).list.find(
                (v: { version_name: string }) => v.version_name === victim.name,
              ).id;
              expect(
                (await h.request('DELETE', `/openapi/delivery/releases/${id}?projectKey=${key}`)).status,
              ).toBe(200);
              model.splice(model.indexOf(victim), 1);
            }
          }
          const seen: string[] = [];
          for (let pageNum = 1; pageNum <= Math.ceil(model.length / pageSize) + 1; pageNum++) {
            const page = json(
              (
                await h.request(
                  'GET',
                  `/openapi/delivery/releases?projectKey=${key}&pageNum=${pageNum}&pageSize=${pageSize}`,
                )
              ).body,
            );
            expect(page.total).toBe(model.length);
            expect(page.list.length).toBeLessThanOrEqual(pageSize);
            seen.push(...page.list.map((v: { version_name: string }) => v.version_name));
          }
          expect(seen).toEqual(model.map((v) => v.name));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('time', () => {
  it('only moves a task forward, and a log only grows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(undefined, 'build', 'deploy-dev'),
        async (steps, failAt) => {
          const parameters = failAt ? [{ name: 'SIM_FAIL', value: failAt }] : [];
          const { task_id } = json(
            (
              await h.request('POST', '/openapi/workflows/custom/task', {
                body: { workflow_key: 'payments-build-deploy', parameters },
              })
            ).body,
          );
          let last = { rank: -1, jobs: [] as number[], log: '' };
          for (const step of [...steps, 600_000]) {
            h.clock.advance(step);
            const task = json(
              (
                await h.request(
                  'GET',
                  `/openapi/workflows/custom/task?workflowKey=payments-build-deploy&taskId=${task_id}`,
                )
              ).body,
            );
            const rank = ORDER.indexOf(task.status);
            const jobs = task.stages.flatMap((s: { jobs: { status: string }[] }) =>
              s.jobs.map((j) => JOB_ORDER.indexOf(j.status)),
            );
            const log = (
              await h.request('GET', `/openapi/logs/log/v4/workflow/payments-build-deploy/${task_id}/build`)
            ).body;
            // Forward only; a final status (passed, failed, cancelled) stays as it is.
            if (last.rank >= 2) expect(rank).toBe(last.rank);
            else expect(rank).toBeGreaterThanOrEqual(last.rank);
            jobs.forEach((j: number, i: number) => {
              const before = last.jobs[i] ?? -1;
              if (before >= 2) expect(j).toBe(before);
              else expect(j).toBeGreaterThanOrEqual(before);
            });
            expect(log.startsWith(last.log), `${JSON.stringify(last.log)} then ${JSON.stringify(log)}`).toBe(
              true,
            );
            last = { rank, jobs, log };
          }
          expect(ORDER[last.rank]).toBe(failAt ? 'failed' : 'passed');
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('requests', () => {
  it('a body is refused with 400 exactly when the spec refuses it, naming the first bad value', async () => {
    const planBody = fc.oneof(
      fc.anything(),
      fc.record(
        { name: fc.oneof(fc.string(), fc.integer()), manager: fc.oneof(fc.string(), fc.constant(null)) },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(planBody, async (body) => {
        const text = JSON.stringify(body);
        if (text === undefined) return;
        const answer = await h.request('POST', '/openapi/release_plan/v1', { body: text });
        const violations = validator.requestBody('createReleasePlan', JSON.parse(text));
        if (violations.length) {
          expect(answer.status).toBe(400);
          expect(json(answer.body).description).toContain(
            `${violations[0]?.pointer || '/'} ${violations[0]?.message}`,
          );
        } else {
          expect(answer.status).toBe(200);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a page number is refused with 400 exactly when it is not a whole number of at least 1', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.integer({ min: -3, max: 50 }).map(String)),
        async (pageNum) => {
          const answer = await h.request(
            'GET',
            `/openapi/delivery/releases?projectKey=storefront&pageSize=5&pageNum=${encodeURIComponent(pageNum)}`,
          );
          const ok = pageNum.trim() !== '' && Number.isInteger(Number(pageNum)) && Number(pageNum) >= 1;
          expect(answer.status, pageNum).toBe(ok ? 200 : 400);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('any request to any operation', () => {
  it('never fails the simulator, and every JSON answer is what the spec says', async () => {
    const operations = loadSpec().operations;
    const value = fc.oneof(
      fc.string(),
      fc.integer({ min: -2, max: 30 }).map(String),
      fc.constantFrom('storefront', 'dev', 'prod', 'web', '1', 'true', 'storefront-ci', 'build'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.dictionary(
          fc.constantFrom(
            'projectKey',
            'pageNum',
            'pageSize',
            'taskId',
            'workflowKey',
            'versionName',
            'id',
            'isDelete',
          ),
          value,
        ),
        fc.array(value, { minLength: 8, maxLength: 8 }),
        fc.option(
          fc.oneof(
            fc.anything(),
            fc.constant({
              project_key: 'storefront',
              workflow_key: 'storefront-ci',
              version_name: 'v1',
              name: 'p',
              manager: 'm',
            }),
          ),
          { nil: undefined },
        ),
        async (op, query, pathValues, body) => {
          let i = 0;
          const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(pathValues[i++] || 'x'));
          const search = new URLSearchParams(query).toString();
          const text = body === undefined || op.method === 'GET' ? undefined : JSON.stringify(body);
          const answer = await h.request(
            op.method,
            `${path}?${search}`,
            text === undefined ? {} : { body: text },
          );
          expect(answer.status, `${op.operationId} ${answer.body}`).not.toBe(500);
          expect(checkExchange(answer).violations).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
