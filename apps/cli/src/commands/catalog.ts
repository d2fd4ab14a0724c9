// The records of operations.json, typed by @zadig-ts/openapi.
import type {
  CliNaming,
  IndexedOperation as Operation,
  IndexedParameter as OperationParameter,
} from '@zadig-ts/openapi/operation-index';
import { operationIndex } from './operation-index.js';

export type { CliNaming, Operation, OperationParameter };

export interface Command {
  module: string;
  verb: string;
  /** Other names of the command (`ls` for `list`). */
  aliases: string[];
  operation: Operation;
  /** Asks for confirmation (or `--yes`) before running. */
  destructive: boolean;
  /** Takes --wait (it starts something long, or shows the state of something long). */
  waits: boolean;
  /** Parameters given positionally, in order. */
  args: string[];
  /** The response field that holds the list, if the response wraps one. */
  listField?: string;
  naming: CliNaming;
}

const index = operationIndex() as {
  modules: Record<string, { module: string; aliases: string[] }>;
  operations: (Operation & { cli: CliNaming })[];
};

export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

/** Other names a module answers to (from the tags' `x-cli-aliases`). */
const MODULE_ALIASES: Record<string, string> = Object.fromEntries(
  Object.values(index.modules).flatMap((m) => m.aliases.map((alias) => [alias, m.module])),
);

export const commands: Command[] = index.operations.map((operation) => {
  const naming = operation.cli;
  const listField = naming.list ?? operation.pagination?.list;
  return {
    module: naming.module,
    verb: naming.verb,
    aliases: naming.aliases ?? [],
    operation,
    destructive: Boolean(naming.destructive),
    waits: Boolean(naming.wait),
    args: naming.args ?? operation.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    ...(listField ? { listField } : {}),
    naming,
  };
});

let byModule: Map<string, Command[]> | undefined;

/** Commands grouped by module, in spec order (computed once). */
export function modules(): Map<string, Command[]> {
  if (!byModule) {
    byModule = new Map();
    for (const command of commands) {
      const list = byModule.get(command.module);
      if (list) list.push(command);
      else byModule.set(command.module, [command]);
    }
  }
  return byModule;
}

/** The module a name or alias stands for (case-insensitive). */
export function resolveModule(name: string): string {
  const lower = name.toLowerCase();
  return MODULE_ALIASES[lower] ?? lower;
}

export function findCommand(module: string, verb: string): Command | undefined {
  const lower = verb.toLowerCase();
  return commands.find(
    (c) =>
      c.module === module &&
      (c.verb === lower || c.aliases.includes(lower) || c.operation.operationId === verb),
  );
}
