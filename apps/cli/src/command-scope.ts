// The flags that apply after the positional words typed so far, from the commands' own descriptors: the
// global flags, a builtin's or an API command's flags once it is named, and before that those of every
// command it could still be. cli.ts and completion split command lines with it alike. The descriptors are
// loaded only when a word needs them, so `zadigctl --version` reads neither the catalog nor the builtins.
import type * as BuiltinSpecs from './builtins/specs.js';
import type { Command } from './commands/catalog.js';
import { GLOBAL_FLAGS, HELP_FLAG, VERSION_FLAG } from './model/global-flags.js';
import type { Scope } from './model/line.js';
import { unionScope } from './model/line.js';
import type { FlagSpec } from './model/types.js';

/** The API commands and their flags. */
export interface ApiCatalog {
  modules(): Map<string, Command[]>;
  resolveModule(name: string): string;
  findCommand(module: string, verb: string): Command | undefined;
  commandFlags(command: Command): FlagSpec[];
}

/** The descriptors loaded so far: the API catalog and the builtins' specs. */
export interface Descriptors {
  api?: ApiCatalog;
  builtins?: typeof BuiltinSpecs;
}

export async function loadCatalog(): Promise<ApiCatalog> {
  const { findCommand, modules, resolveModule } = await import('./commands/catalog.js');
  const { commandFlags } = await import('./commands/flags.js');
  return { findCommand, modules, resolveModule, commandFlags };
}

/** Loads the descriptors `needs` names that `have` lacks. */
export async function loadDescriptors(
  have: Descriptors,
  needs: Iterable<'api' | 'builtins'>,
): Promise<Descriptors> {
  const wanted = new Set(needs);
  return {
    api: have.api ?? (wanted.has('api') ? await loadCatalog() : undefined),
    builtins: have.builtins ?? (wanted.has('builtins') ? await import('./builtins/specs.js') : undefined),
  } as Descriptors;
}

/** What the root knows without loading anything: the global flags and --version. */
const ROOT_FLAGS = [...GLOBAL_FLAGS, VERSION_FLAG];

/** `scopeAt` for scanLine; where a descriptor is missing the scope says which one it needs. */
export function scopeFor(
  { api, builtins }: Descriptors,
  isBuiltin: (word: string) => boolean,
): (positionals: string[]) => Scope {
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
      if (!api || !builtins) return { flags: ROOT_FLAGS, needs: ['api', 'builtins'] };
      return cached('', () =>
        unionScope([
          ROOT_FLAGS,
          ...builtins.BUILTIN_SPECS.map((s) => s.flags),
          ...[...api.modules().values()].flatMap(commandLists),
        ]),
      );
    }
    if (isBuiltin(first)) {
      if (!builtins) return { flags: [], needs: ['builtins'] };
      const spec = builtins.findBuiltin(positionals);
      if (spec) return { flags: spec.flags };
      return cached(first, () =>
        unionScope([[HELP_FLAG], ...builtins.subcommands(first).map((s) => s.flags)]),
      );
    }
    if (!api) return { flags: [], needs: ['api'] };
    const module = api.resolveModule(first);
    const commands = api.modules().get(module);
    if (!commands) return { flags: GLOBAL_FLAGS };
    const command = second === undefined ? undefined : api.findCommand(module, second);
    if (command) return { flags: api.commandFlags(command) };
    return cached(module, () => unionScope(commandLists(commands)));
  };
}
