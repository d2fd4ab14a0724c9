import operationIndex from '@zadig-ts/openapi/operations.json' with { type: 'json' };

export interface OperationParameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  type: string;
  enum?: unknown[];
  items?: string;
}

export interface Operation {
  operationId: string;
  tag: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  deprecated?: boolean;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; contentType: string };
  pagination?: { list: string };
}

export interface Command {
  module: string;
  verb: string;
  operation: Operation;
  /** Asks for confirmation (or `--yes`) before running. */
  destructive: boolean;
}

/** Module names people type, by spec tag. Tags not listed get their kebab-cased name. */
const MODULES: Record<string, string> = {
  'Version Management': 'releases',
  'Release Plan': 'release-plans',
};

/** Curated verbs, by operationId. Operations not listed get their kebab-cased operationId. */
const VERBS: Record<string, string> = {
  listReleases: 'list',
  getRelease: 'get',
  getReleaseById: 'get-by-id',
  deleteRelease: 'delete',
  createK8sRelease: 'create-k8s',
  createHelmRelease: 'create-helm',
  retryRelease: 'retry',
  listReleasePlans: 'list',
  getReleasePlan: 'get',
  createReleasePlan: 'create',
  updateReleasePlan: 'update',
};

export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

export const commands: Command[] = (operationIndex.operations as Operation[]).map((operation) => ({
  module: MODULES[operation.tag] ?? kebab(operation.tag),
  verb: VERBS[operation.operationId] ?? kebab(operation.operationId),
  operation,
  destructive: operation.method === 'DELETE',
}));

export function modules(): Map<string, Command[]> {
  const byModule = new Map<string, Command[]>();
  for (const command of commands) {
    byModule.set(command.module, [...(byModule.get(command.module) ?? []), command]);
  }
  return byModule;
}

export function findCommand(module: string, verb: string): Command | undefined {
  return commands.find((c) => c.module === module && (c.verb === verb || c.operation.operationId === verb));
}
