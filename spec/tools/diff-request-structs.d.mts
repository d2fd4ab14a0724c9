// Types of diff-request-structs.mjs for the TypeScript tests that import it.
export function structsOfSource(source: string): Map<string, Map<string, string>>;
export function diffStructs(
  before: Map<string, Map<string, string>>,
  after: Map<string, Map<string, string>>,
): Array<{ name: string; removed: string[]; added: string[]; binding: Array<[string, string, string]> }>;
