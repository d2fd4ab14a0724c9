// Types of check-server-structs.mjs for the TypeScript tests that import it.
export interface StructDiff {
  operation: string;
  direction: 'request' | 'response';
  kind: 'missing' | 'extra' | 'kind' | 'null' | 'absent' | 'required' | 'marked' | 'link' | 'unlinked';
  type?: string;
  field?: string;
  path?: string;
  message: string;
  where: string;
}
export interface StructLink {
  operation: string;
  direction: 'request' | 'response';
  linked: boolean;
  type?: string;
  why?: string;
  derived?: string;
}
export interface GoSource {
  where: string;
  read(path: string): string;
  exists(path: string): boolean;
  goFiles(dir: string): Array<[string, string]>;
}
export function parseArgs(argv: string[]): Record<string, unknown>;
export function loadAccepted(file: string): Map<string, string>;
export function formatDiff(diff: StructDiff): string;
export function runOnce(options: {
  source: GoSource;
  specDir: string;
  accepted: Map<string, string>;
  showAccepted?: boolean;
}): Promise<{
  diffs: StructDiff[];
  links: StructLink[];
  lines: string[];
  open: number;
  linkedOps: Set<string>;
}>;
export function main(argv: string[], log?: (line: string) => void): Promise<number>;
