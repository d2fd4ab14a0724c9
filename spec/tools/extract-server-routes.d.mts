// Types of extract-server-routes.mjs for the TypeScript tests that import it.
export const TRACKED: string[];
export interface ServerRoute {
  method: string;
  path: string;
  handler: string;
}
export function ginToOpenApi(path: string): string;
export function routesOfSource(
  source: string,
  type: string,
  prefix: string,
  where?: string,
): ServerRoute[] | undefined;
export function extractRoutes(
  repo: string,
  ref: string,
): Array<ServerRoute & { service: string; source: string }>;
