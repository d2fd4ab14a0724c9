// What to offer at the cursor, given the words typed after `zadigctl`: modules, commands, flags, and flag
// values (output formats, profile names, enum values). Shell scripts call it through
// `zadigctl completion __complete -- <words>`; the last word is the one being completed (may be empty).

import { loadConfig } from '@zadig-ts/node';
import { loadDescriptors, scopeFor } from '../command-scope.js';
import { type Command, findCommand, modules, resolveModule } from '../commands/catalog.js';
import { commandFlags } from '../commands/flags.js';
import { GLOBAL_FLAGS, HELP_FLAG } from '../model/global-flags.js';
import { scanLine } from '../model/line.js';
import { findFlag } from '../model/parse.js';
import type { FlagSpec } from '../model/types.js';
import { BUILTINS } from './index.js';
import { findBuiltin, subcommands } from './specs.js';

/** One completion: the word, and a short description for shells that show one. */
export interface Candidate {
  value: string;
  description?: string;
}

/** The answer: candidates, and whether file names fit here too (`--file`). */
export interface Completion {
  candidates: Candidate[];
  files: boolean;
}

/** Where in the command line the cursor is: the flags offered and what a positional word would be. */
interface Context {
  /** The descriptors' flags (aliases are accepted but not offered). */
  flags: FlagSpec[];
  /** Candidates for the next positional word; `configFile` lists the saved profiles. */
  positionals(configFile: string): Promise<Candidate[]>;
}

const NONE: Completion = { candidates: [], files: false };
const plain = (values: string[]): Completion => ({
  candidates: values.map((value) => ({ value })),
  files: false,
});

async function profileValues(configFile: string, flag: string): Promise<Completion> {
  try {
    const { profiles } = (await loadConfig(configFile)).data;
    if (flag === 'profile') return plain(Object.keys(profiles));
    if (flag === 'server') return plain([...new Set(Object.values(profiles).map((p) => p.url))]);
  } catch {
    // A broken config file is reported by the command itself, not in the middle of completing.
  }
  return NONE;
}

/** The values of a flag, from its descriptor: file names, its enum, saved profiles or servers. */
async function flagValues(f: FlagSpec, configFile: string): Promise<Completion> {
  if (f.files) return { candidates: [], files: true };
  if (f.enum) return plain(f.enum);
  if (f.complete === 'profile' || f.complete === 'server') return profileValues(configFile, f.complete);
  return NONE;
}

function context(
  flags: FlagSpec[],
  positionals: (configFile: string) => Candidate[] | Promise<Candidate[]> = () => [],
): Context {
  return { flags, positionals: async (file) => positionals(file) };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 67)}...` : line;
}

function builtinContext(name: string, words: string[]): Context {
  const spec = findBuiltin([name, ...words]);
  if (!spec) {
    // A group (auth, mock, config, contract) before its subcommand is typed.
    return context([HELP_FLAG], () =>
      subcommands(name).map((c) => ({ value: c.path[1] as string, description: c.summary })),
    );
  }
  const position = words.length - (spec.path.length - 1);
  return context(spec.flags, async (configFile) => {
    const found = spec.complete?.(position);
    if (found === 'profiles') return (await profileValues(configFile, 'profile')).candidates;
    return found ?? [];
  });
}

/** The context after these positional words. */
function contextAfter(positionals: string[]): Context {
  const all = modules();
  const [typed, verb] = positionals;
  if (typed === undefined) {
    return context(GLOBAL_FLAGS, () => [
      ...[...all].map(([value, commands]) => ({ value, description: commands[0]?.operation.tag ?? '' })),
      ...Object.entries(BUILTINS).map(([value, b]) => ({ value, description: b.summary })),
    ]);
  }
  if (BUILTINS[typed]) return builtinContext(typed, positionals.slice(1));
  const module = resolveModule(typed);
  const commands = all.get(module);
  if (!commands) return context(GLOBAL_FLAGS);
  if (verb === undefined) {
    return context(GLOBAL_FLAGS, () =>
      commands.map((c) => ({ value: c.verb, description: oneLine(c.operation.summary) })),
    );
  }
  const command: Command | undefined = findCommand(module, verb);
  return command ? context(commandFlags(command)) : context(GLOBAL_FLAGS);
}

function byPrefix(completion: Completion, prefix: string, add = ''): Completion {
  return {
    files: completion.files,
    candidates: completion.candidates
      .map((c) => ({ ...c, value: `${add}${c.value}` }))
      .filter((c) => c.value.startsWith(prefix)),
  };
}

/** Completions for the last of `words` (the words after `zadigctl`); profiles come from `configFile`. */
export async function complete(words: string[], configFile: string): Promise<Completion> {
  const current = words.at(-1) ?? '';
  // The words before the cursor are split as the command line itself is (cli.ts), by the same descriptors.
  let scanned: ReturnType<typeof scanLine>;
  try {
    const descriptors = await loadDescriptors({}, ['api', 'builtins']);
    scanned = scanLine(
      words.slice(0, -1),
      scopeFor(descriptors, (word) => word in BUILTINS),
    );
  } catch {
    return NONE;
  }
  const { positionals, rest } = scanned;
  const used = new Set(scanned.used);
  const here = contextAfter(positionals);
  if (scanned.pending) {
    const f = findFlag(here.flags, `--${scanned.pending.name}`) ?? scanned.pending;
    return byPrefix(await flagValues(f, configFile), current);
  }
  if (!rest && current.startsWith('--') && current.includes('=')) {
    const f = findFlag(here.flags, current.split('=')[0] as string);
    return f ? byPrefix(await flagValues(f, configFile), current, `--${f.name}=`) : NONE;
  }
  const flags = (): Completion => ({
    files: false,
    candidates: here.flags
      .filter((f) => f.multiple || !used.has(f.name))
      .map((f) => ({
        value: `--${f.name}`,
        description: `${f.required ? '(required) ' : ''}${oneLine(f.description)}`,
      })),
  });
  if (!rest && current.startsWith('-')) return byPrefix(flags(), current);
  const candidates = await here.positionals(configFile);
  if (candidates.length) return byPrefix({ candidates, files: false }, current);
  return current === '' && !rest ? flags() : NONE;
}

/** The lines `__complete` prints: `value<TAB>description`, then `:files` when file names fit too. */
export function formatCompletion(completion: Completion): string {
  const lines = completion.candidates.map((c) =>
    c.description ? `${c.value}\t${c.description.replace(/[\t\n]/g, ' ')}` : c.value,
  );
  if (completion.files) lines.push(':files');
  return lines.length ? `${lines.join('\n')}\n` : '';
}
