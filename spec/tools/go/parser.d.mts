// Types of parser.mjs for the TypeScript tests that import it.
export function goParser(): Promise<unknown>;
