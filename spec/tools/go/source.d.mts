// Types of source.mjs for the TypeScript tests that import it.
import type { GoSource } from '../check-server-structs.mjs';
export function checkoutSource(root: string): GoSource;
export function gitSource(repo: string, ref: string): GoSource;
export function modulePath(source: GoSource): string;
