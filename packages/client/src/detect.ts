import type { ZadigClient } from './client.js';
import { createZadigClient } from './client.js';
import { createApiError } from './errors.js';
import type { ZadigClientOptions } from './options.js';

/**
 * Asks the server which Zadig release it runs, via `GET /openapi/system/cli/context` (Zadig v5.0.0 and
 * later). Resolves to the version it reports, `v`-prefixed (`'v5.0.0'`), ready for the `zadigVersion`
 * option; or undefined when it cannot tell: the server answers `server_version` to system administrators
 * only (other tokens get their identity and no version), and servers older than v5.0.0 do not route the
 * endpoint (404). Other failures (a bad token, an unreachable server) are thrown as usual.
 */
export async function detectZadigVersion(
  clientOrOptions: ZadigClient | ZadigClientOptions = {},
): Promise<string | undefined> {
  const client =
    'GET' in clientOrOptions && typeof clientOrOptions.GET === 'function'
      ? (clientOrOptions as ZadigClient)
      : createZadigClient(clientOrOptions as ZadigClientOptions);
  // The raw method: the operation layer would refuse it for a zadigVersion older than v5.0.0.
  const { data, error, response } = await client.GET('/openapi/system/cli/context', {});
  if (error !== undefined || !response.ok) {
    if (response.status === 404 || response.status === 403) return undefined;
    throw createApiError({
      status: response.status,
      method: 'GET',
      url: response.url,
      headers: response.headers,
      body: error,
    });
  }
  const version = (data as { server_version?: unknown } | undefined)?.server_version;
  if (typeof version !== 'string' || version.trim() === '') return undefined;
  const text = version.trim();
  return /^\d/.test(text) ? `v${text}` : text;
}
