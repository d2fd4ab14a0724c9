// Every answer from Zadig that a tool result shows passes through here, once, before it is shaped: the
// place for what must never reach a model (secrets the spec marks) to be taken out.
import type { OperationId } from '@zadig-ts/client';

/** The answer of `operationId` as tools may show it. */
export function answerOf(_operationId: OperationId | string, data: unknown): unknown {
  return data;
}
