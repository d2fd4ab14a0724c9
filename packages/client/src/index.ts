export type { components, operations, paths } from '@zadig-ts/openapi';
export { createZadigClient, type ZadigClient, type ZadigClientOptions } from './client.js';
export { normalizeBaseUrl } from './config.js';
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
  ZadigAbortError,
  ZadigApiError,
  ZadigConfigError,
  ZadigConnectionError,
  ZadigError,
  type ZadigErrorBody,
  ZadigTimeoutError,
} from './errors.js';
export { type FetchResult, unwrap } from './unwrap.js';
export { VERSION } from './version.js';
