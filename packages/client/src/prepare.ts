import type { OperationArgs, OperationId } from './call.js';
import type { ZadigClient } from './client.js';
import { ZadigError } from './errors.js';

/** Carries the request out of a call whose fetch sends nothing. */
class Prepared extends ZadigError {
  override name = 'Prepared';
  constructor(readonly request: Request) {
    super('prepared, not sent');
  }
}

/**
 * The first `Request` that `use` sends through a copy of `zadig`, built by the very code that sends it
 * (release reroutes, parameter checks, serializers, headers) and not sent: for dry runs and previews that
 * show exactly what would go out. Refused input throws as the call would.
 */
export async function captureRequest(
  zadig: ZadigClient,
  use: (dry: ZadigClient) => Promise<unknown>,
): Promise<Request> {
  const dry = zadig.withOptions({
    fetch: async (request) => {
      throw new Prepared(request);
    },
    maxRetries: 0,
    logLevel: 'off',
  });
  try {
    await use(dry);
  } catch (error) {
    if (error instanceof Prepared) return error.request;
    throw error;
  }
  throw new ZadigError('nothing was sent to capture');
}

/** The `Request` that `zadig.call(operationId, input)` would send, not sent (see {@link captureRequest}). */
export function prepareRequest<K extends OperationId>(
  zadig: ZadigClient,
  operationId: K,
  ...args: OperationArgs<K>
): Promise<Request> {
  return captureRequest(zadig, (dry) => dry.call(operationId, ...args));
}
