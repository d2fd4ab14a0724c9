import { type CallOptions, callOperation, type OperationInput } from './call.js';
import type { ClientContext } from './client.js';
import { type LogStreamOptions, streamLogLines } from './sse.js';

/** Live logs as async iterators of lines (server-sent events), reconnecting after a dropped connection. */
export interface LogStreams {
  /** Lines of a workflow job's log, live, until the job ends. */
  workflowJob(
    input: OperationInput<'streamWorkflowTaskJobLogs'>,
    options?: LogStreamOptions,
  ): AsyncGenerator<string>;
  /** Lines of a container's log, live. */
  container(input: OperationInput<'streamContainerLogs'>, options?: LogStreamOptions): AsyncGenerator<string>;
}

export function buildLogStreams(context: ClientContext): LogStreams {
  const open =
    (operationId: 'streamWorkflowTaskJobLogs' | 'streamContainerLogs', input: object) =>
    async (signal?: AbortSignal) => {
      const options: CallOptions = signal ? { signal, maxRetries: 0 } : { maxRetries: 0 };
      const body = await callOperation(context, operationId, input as Record<string, unknown>, options);
      return body as unknown as ReadableStream<Uint8Array>;
    };
  return {
    workflowJob: (input, options) =>
      streamLogLines(open('streamWorkflowTaskJobLogs', input), context.resolved.sleep, options),
    container: (input, options) =>
      streamLogLines(open('streamContainerLogs', input), context.resolved.sleep, options),
  };
}
