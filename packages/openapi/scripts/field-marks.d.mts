// Types of field-marks.mjs for the TypeScript tests that import it.
export function stripFields<T>(doc: T, tracked: Array<string | { release: string }>, release: string): T;
export function fieldChanges(
  doc: unknown,
  tracked: Array<string | { release: string }>,
): Map<string, { added: string[]; removed: string[] }>;
