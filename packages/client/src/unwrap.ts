import { createApiError } from './errors.js';
import { requestOf } from './request-meta.js';

/** The shape every openapi-fetch call resolves to. */
export interface FetchResult<T> {
  data?: T | undefined;
  error?: unknown | undefined;
  response: Response;
}

/**
 * Returns a call's data, or throws the {@link ZadigApiError} subclass for its status.
 *
 * @example
 * const versions = await unwrap(zadig.GET('/openapi/delivery/releases', { params: { query } }));
 */
export async function unwrap<T>(pending: Promise<FetchResult<T>> | FetchResult<T>): Promise<T> {
  return dataOf(await pending);
}

/** A settled call's data, or the typed error for its status (synchronous: no extra await on hot paths). */
export function dataOf<T>({ data, error, response }: FetchResult<T>): T {
  if (!response.ok) {
    throw createApiError({
      status: response.status,
      ...requestOf(response),
      headers: response.headers,
      body: error,
    });
  }
  return data as T;
}
