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
 * The `Request` that `zadig.call(operationId, input)` would send — method, URL, headers, body — built by
 * the very code that sends it (release reroutes, parameter checks, serializers), and not sent: for dry runs
 * and previews that show exactly what will go out. Refused input throws as the call would.
 */
export async function prepareRequest<K extends OperationId>(
  zadig: ZadigClient,
  operationId: K,
  ...args: OperationArgs<K>
): Promise<Request> {
  const dry = zadig.withOptions({
    fetch: async (request) => {
      throw new Prepared(request);
    },
    maxRetries: 0,
    logLevel: 'off',
  });
  try {
    await dry.call(operationId, ...args);
  } catch (error) {
    if (error instanceof Prepared) return error.request;
    throw error;
  }
  throw new ZadigError(`${operationId} finished without sending a request`);
}
