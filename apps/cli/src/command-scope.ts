// The flags that apply after the positional words typed so far, from the commands' own descriptors: the
// global flags, a builtin's or an API command's flags once it is named, and before that those of every
// command it could still be. cli.ts and completion split command lines with it alike.
import { BUILTINS } from './builtins/index.js';
import { BUILTIN_SPECS, findBuiltin, subcommands } from './builtins/specs.js';
import type { Command } from './commands/catalog.js';
import { GLOBAL_FLAGS, HELP_FLAG } from './model/global-flags.js';
import type { Scope } from './model/line.js';
import { unionScope } from './model/line.js';
import type { FlagSpec } from './model/types.js';

/** The API commands and their flags (loaded only when a command line needs them). */
export interface ApiCatalog {
  modules(): Map<string, Command[]>;
  resolveModule(name: string): string;
  findCommand(module: string, verb: string): Command | undefined;
  commandFlags(command: Command): FlagSpec[];
}

export async function loadCatalog(): Promise<ApiCatalog> {
  const { findCommand, modules, resolveModule } = await import('./commands/catalog.js');
  const { commandFlags } = await import('./commands/flags.js');
  return { findCommand, modules, resolveModule, commandFlags };
}

/**
 * Whether splitting `argv` may need the API commands: it starts with a flag (whose meaning depends on every
 * command) or with a word that is not a builtin.
 */
export function needsCatalog(argv: string[]): boolean {
  const first = argv[0];
  return first !== undefined && (first.startsWith('-') || !(first in BUILTINS));
}

/** `scopeAt` for scanLine; without the catalog only builtin lines can be split. */
export function scopeFor(api: ApiCatalog | undefined): (positionals: string[]) => Scope {
  const cache = new Map<string, Scope>();
  const cached = (key: string, make: () => Scope) => {
    let scope = cache.get(key);
    if (!scope) {
      scope = make();
      cache.set(key, scope);
    }
    return scope;
  };
  const commandLists = (commands: Command[]) => commands.map((c) => (api as ApiCatalog).commandFlags(c));
  return (positionals) => {
    const [first, second] = positionals;
    if (first === undefined) {
      return cached('', () =>
        unionScope([
          GLOBAL_FLAGS,
          ...BUILTIN_SPECS.map((s) => s.flags),
          ...(api ? [...api.modules().values()].flatMap(commandLists) : []),
        ]),
      );
    }
    if (first in BUILTINS) {
      const spec = findBuiltin(positionals);
      if (spec) return { flags: spec.flags };
      return cached(first, () => unionScope([[HELP_FLAG], ...subcommands(first).map((s) => s.flags)]));
    }
    if (!api) return { flags: GLOBAL_FLAGS };
    const module = api.resolveModule(first);
    const commands = api.modules().get(module);
    if (!commands) return { flags: GLOBAL_FLAGS };
    const command = second === undefined ? undefined : api.findCommand(module, second);
    if (command) return { flags: api.commandFlags(command) };
    return cached(module, () => unionScope(commandLists(commands)));
  };
}
