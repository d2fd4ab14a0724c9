// The operation layer's group of an operation (`zadig.<group>.<operationId>`), from its spec tag. Shared by
// generate-operations.mjs and generate-groups.mjs, so both name the groups the same way.

// Group names by spec tag; tags not listed are camel-cased.
const GROUPS = { 'Version Management': 'delivery', 'Release Plan': 'releasePlan' };

const camel = (tag) =>
  tag
    .toLowerCase()
    .replace(/[^a-z0-9]+([a-z0-9])/g, (_, c) => c.toUpperCase())
    .replace(/[^a-zA-Z0-9]/g, '');

/** The group of an operation of operations.json. */
export const groupOf = (op) => GROUPS[op.tag] ?? camel(op.tag);
