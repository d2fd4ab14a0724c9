/**
 * Generated from @zadig-ts/openapi's operations.json by packages/client/scripts/generate-operations.mjs.
 * Do not edit; run `pnpm --filter @zadig-ts/client generate`.
 */

/** One entry per operation of the spec, keyed by operationId. */
export const operationTable = {
  createHelmRelease: {"group":"delivery","method":"POST","path":"/openapi/delivery/releases/helm","pathParams":[],"queryParams":[],"body":"required"},
  createK8sRelease: {"group":"delivery","method":"POST","path":"/openapi/delivery/releases/k8s","pathParams":[],"queryParams":[],"body":"required"},
  createReleasePlan: {"group":"releasePlan","method":"POST","path":"/openapi/release_plan/v1","pathParams":[],"queryParams":[],"body":"required"},
  deleteRelease: {"group":"delivery","method":"DELETE","path":"/openapi/delivery/releases/{id}","pathParams":["id"],"queryParams":["projectKey"]},
  getRelease: {"group":"delivery","method":"GET","path":"/openapi/delivery/releases/detail","pathParams":[],"queryParams":["projectKey","versionName"]},
  getReleaseById: {"group":"delivery","method":"GET","path":"/openapi/delivery/releases/{id}","pathParams":["id"],"queryParams":[],"deprecated":true},
  getReleasePlan: {"group":"releasePlan","method":"GET","path":"/openapi/release_plan/v1/{id}","pathParams":["id"],"queryParams":[]},
  listReleasePlans: {"group":"releasePlan","method":"GET","path":"/openapi/release_plan/v1","pathParams":[],"queryParams":["pageNum","pageSize"],"list":"list"},
  listReleases: {"group":"delivery","method":"GET","path":"/openapi/delivery/releases","pathParams":[],"queryParams":["projectKey","pageNum","pageSize"],"list":"list"},
  retryRelease: {"group":"delivery","method":"POST","path":"/openapi/delivery/releases/retry","pathParams":[],"queryParams":["id","projectKey"]},
  updateReleasePlan: {"group":"releasePlan","method":"PATCH","path":"/openapi/release_plan/v1/{id}","pathParams":["id"],"queryParams":[],"body":"required"},
} as const;
