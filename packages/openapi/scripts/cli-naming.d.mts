// Types of cli-naming.mjs for the TypeScript tests that import it.
export const BODY_THING_NAMES: string[];
export const BODY_FLAGS: string[];
export function cliBodyFlags(op: unknown, resolve: (node: unknown) => unknown): Record<string, string>;
