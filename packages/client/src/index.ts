/**
 * The spec's types (openapi-typescript's `paths`, `operations` and `components`), documented by the API
 * reference rather than by the client's.
 * @hidden
 */
export type { components, operations, paths } from '@zadig-ts/openapi';
export type {
  CallOptions,
  OperationArgs,
  OperationGroups,
  OperationId,
  OperationInput,
  OperationOutput,
} from './call.js';
export { createZadigClient, type ZadigClient } from './client.js';
export { normalizeBaseUrl } from './config.js';
export { detectZadigVersion } from './detect.js';
export {
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  UnsupportedOperationError,
  ZadigAbortError,
  ZadigApiError,
  ZadigConfigError,
  ZadigConnectionError,
  ZadigError,
  type ZadigErrorBody,
  ZadigInvalidParameterError,
  ZadigInvalidPathParameterError,
  ZadigInvalidResponseError,
  ZadigRedirectError,
  ZadigTimeoutError,
} from './errors.js';
export { operationTable } from './generated/operations.js';
export type {
  JobOfType,
  JobSpecOfType,
  TaskJobOfType,
  TaskJobSpecOfType,
  WorkflowJob,
  WorkflowJobType,
  WorkflowTaskJob,
  WorkflowTaskJobType,
} from './jobs.js';
export { type LogLevel, logLevelOf, type ZadigLogger } from './logger.js';
export type { LogStreams } from './logs.js';
export type { ResolvedOptions, ZadigClientOptions } from './options.js';
export type { Item, Page, PaginatedOperationId, PaginateOptions, Paginator } from './pagination.js';
export { pathParameterProblem } from './path-params.js';
export { captureRequest, prepareRequest } from './prepare.js';
export { type RedactingFetchOptions, redactingFetch } from './redacting-fetch.js';
export { MAX_REDIRECTS } from './redirects.js';
export {
  availableIn,
  isOperationAvailable,
  normalizeZadigVersion,
  operationsMissingIn,
  RELEASE_DATES,
  routedIn,
  TRACKED_RELEASES,
  type TrackedRelease,
} from './releases.js';
export {
  DEFAULT_RETRY,
  isRetryableMethod,
  isRetryableStatus,
  type RetryPolicy,
  retryDelay,
} from './retry.js';
export { operationOfRoute, routeMethods } from './route-operation.js';
export { REDACTED, type Redacted, type RedactOptions, redactSecrets, secretPaths } from './secrets.js';
export { type LogStreamOptions, readEvents, type ServerEvent, streamLogLines } from './sse.js';
export { type Sleep, sleepWith, systemSleep, type ZadigTimers } from './timers.js';
export type { RetryNotice } from './transport.js';
export { type FetchResult, unwrap } from './unwrap.js';
export { VERSION } from './version.js';
export {
  type Waiter,
  type WaitOptions,
  type WaitProgress,
  waitUntilFinal,
  ZadigWaitTimeoutError,
} from './wait.js';
export { FINAL_STATUS, SUCCESS_STATUS, type Waiters } from './waiters.js';
