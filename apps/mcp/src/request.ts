// The request an operation call would send, for dry-run previews: method, full URL, headers (token
// redacted), body. The client builds it with the code that sends it, so the preview is what goes out.
import { type OperationId, prepareRequest, type ZadigClient } from '@zadig-ts/client';
import type { Operation } from './catalog.js';

export interface PlannedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** The request, as a preview: the token is never shown, only whether one would be sent. */
export async function planRequest(
  client: ZadigClient,
  op: Operation,
  input: Record<string, unknown>,
  hasToken: boolean,
): Promise<PlannedRequest> {
  const request = await prepareRequest(client, op.operationId as OperationId, input as never);
  return {
    method: request.method,
    url: request.url,
    headers: {
      authorization: hasToken ? 'Bearer [redacted]' : '(no token)',
      ...(input.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(input.body === undefined ? {} : { body: input.body }),
  };
}
