// `--tools all`: every operation as its own tool, its input schema made from the spec.
import type { Catalog, Operation } from '../catalog.js';
import { invalidInput } from '../errors.js';
import { operationInputSchema } from '../schema.js';
import type { Violation } from '../validate.js';
import { callChecked } from './shared.js';
import type { ToolDefinition } from './types.js';

/** The tool name of an operation: `zadig_` and its operationId. */
export function operationToolName(op: Operation): string {
  return `zadig_${op.operationId}`;
}

/** A tool for one operation; its arguments are the operation's input plus fields/limit/offset/confirm. */
export function operationTool(catalog: Catalog, op: Operation, maxItems: number): ToolDefinition {
  const schema = operationInputSchema(catalog, op);
  const extra: Record<string, unknown> = {
    fields: {
      type: 'array',
      items: { type: 'string' },
      description: 'Keep only these fields (dot paths) of each list item, or of the answer.',
    },
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: maxItems,
      description: `Most list items returned (at most ${maxItems}).`,
    },
    offset: { type: 'integer', minimum: 0, description: 'Skip this many items (from page pageNum on).' },
  };
  if (op.writes) {
    extra.confirm = {
      type: 'boolean',
      description: 'Send it. Without it the request is returned and nothing is sent.',
    };
  }
  const reads = !op.writes;
  return {
    name: operationToolName(op),
    title: op.summary,
    description: `${op.summary}. ${op.method} ${op.path}.${op.writes ? ' A write: without "confirm": true it returns the request it would send.' : ''}${op.destructive ? ' Destructive.' : ''} Details: zadig_describe_operation ${op.operationId}; jq and larger results: zadig_call_operation.`,
    inputSchema: { ...schema, properties: { ...schema.properties, ...extra } },
    annotations: {
      readOnlyHint: reads,
      ...(reads ? {} : { destructiveHint: op.destructive }),
      idempotentHint: reads || op.method === 'PUT' || op.method === 'DELETE',
      openWorldHint: true,
    },
    checksOwnInput: true,
    async run(args, context) {
      const { fields, limit, offset, confirm, ...input } = args;
      const violations = checkShapeArguments({ fields, limit, offset, confirm }, maxItems);
      if (violations.length) throw invalidInput(`invalid arguments for ${operationToolName(op)}`, violations);
      return callChecked(context, op, input, {
        at: '',
        confirm: confirm === true,
        shape: {
          fields: fields as string[] | undefined,
          limit: Math.min(Number(limit ?? maxItems), maxItems),
          offset: offset as number | undefined,
          nextArguments: (next, at) => ({
            ...next,
            ...(fields !== undefined ? { fields } : {}),
            ...(limit !== undefined ? { limit } : {}),
            ...(confirm !== undefined ? { confirm } : {}),
            ...(at ? { offset: at } : {}),
          }),
        },
      });
    },
  };
}

/** Violations of the arguments that shape the answer (the operation's own are checked with its input). */
function checkShapeArguments(args: Record<string, unknown>, maxItems: number): Violation[] {
  const out: Violation[] = [];
  const { fields, limit, offset, confirm } = args;
  if (fields !== undefined && (!Array.isArray(fields) || fields.some((f) => typeof f !== 'string')))
    out.push({ pointer: '/fields', message: 'must be an array of strings' });
  if (
    limit !== undefined &&
    !(Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= maxItems)
  )
    out.push({ pointer: '/limit', message: `must be an integer from 1 to ${maxItems}` });
  if (offset !== undefined && !(Number.isInteger(offset) && (offset as number) >= 0))
    out.push({ pointer: '/offset', message: 'must be an integer >= 0' });
  if (confirm !== undefined && typeof confirm !== 'boolean')
    out.push({ pointer: '/confirm', message: 'must be boolean' });
  return out;
}
