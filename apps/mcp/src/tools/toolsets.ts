// Toolsets switched on during a session: a tag's operations as their own tools, added when the model needs
// them rather than paid for in every tools/list.
import type { Catalog, Operation } from '../catalog.js';
import { ToolFailure } from '../errors.js';
import type { Policy } from '../policy.js';
import { operationTool } from './per-operation.js';
import type { ToolDefinition } from './types.js';

/** The operations of `tag` that get their own tool: offered by the release, not streams, writes only if allowed. */
export function toolsetOperations(catalog: Catalog, policy: Policy, tag: string): Operation[] {
  return catalog.operations.filter(
    (op) =>
      op.tag === tag &&
      !policy.unavailable(op) &&
      op.responseType !== 'text/event-stream' &&
      (!op.writes || policy.mayWrite(op)),
  );
}

/** The tool that adds a tag's per-operation tools; `tags` are those it may add. */
export function enableToolset(catalog: Catalog, tags: string[], maxItems: number): ToolDefinition {
  return {
    name: 'zadig_enable_toolset',
    title: "Add a Zadig module's operations as tools",
    description:
      'Adds one tool per operation of a tag (module) to this session, e.g. "Environment", and tells the client the tool list changed. Use it when you will call a module\'s operations often; zadig_call_operation reaches them all without it.',
    inputSchema: {
      type: 'object',
      properties: { tag: { type: 'string', enum: tags, description: 'The tag (module) to add.' } },
      required: ['tag'],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    async run(args, context) {
      const tag = String(args.tag);
      if (!tags.includes(tag)) {
        throw new ToolFailure(
          'invalid_input',
          `/tag: no toolset ${JSON.stringify(tag)}; there are ${tags.join(', ')}`,
          {
            pointer: '/tag',
          },
        );
      }
      const ops = toolsetOperations(catalog, context.policy, tag);
      const added = await context.addTools(ops.map((op) => operationTool(catalog, op, maxItems)));
      return {
        tag,
        added,
        alreadyOffered: ops.length - added.length,
        next: added.length
          ? 'The tool list changed: list the tools again to see the new ones.'
          : 'Nothing new: these tools were already offered.',
      };
    },
  };
}
