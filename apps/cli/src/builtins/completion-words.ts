// What to offer at the cursor, given the words typed after `zadigctl`: modules, commands, flags, and flag
// values (output formats, profile names, enum values). Shell scripts call it through
// `zadigctl completion __complete -- <words>`; the last word is the one being completed (may be empty).

import { loadConfig } from '@zadig-ts/node';
import { type Command, findCommand, modules, resolveModule } from '../commands/catalog.js';
import { commandFlags } from '../commands/flags.js';
import type { OptionSpec } from '../globals.js';
import { GLOBAL_FLAGS } from '../model/global-flags.js';
import { optionsOf } from '../model/options.js';
import type { FlagSpec } from '../model/types.js';
import { OUTPUT_FORMATS } from '../output/render.js';
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

/** Where in the command line the cursor is: which flags apply and what a positional word would be. */
interface Context {
  options: OptionSpec;
  /** Flags accepted but not offered, by the flag they stand for (`projectKey` for `project-key`). */
  aliases: Record<string, string>;
  describe: Record<string, string>;
  /** Values a flag (by long name) can take; undefined for the flags every command has. */
  values(flag: string): Promise<Completion | undefined>;
  /** Candidates for the next positional word; `configFile` lists the saved profiles. */
  positionals(configFile: string): Promise<Candidate[]>;
}

const GLOBAL_DESCRIPTIONS: Record<string, string> = Object.fromEntries(
  GLOBAL_FLAGS.map((f) => [f.name, f.description]),
);

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

function globalValues(configFile: string, flag: string): Promise<Completion> {
  if (flag === 'output') return Promise.resolve(plain(OUTPUT_FORMATS));
  return profileValues(configFile, flag);
}

function context(
  options: OptionSpec,
  positionals: (configFile: string) => Candidate[] | Promise<Candidate[]> = () => [],
  describe: Record<string, string> = GLOBAL_DESCRIPTIONS,
  values: (flag: string) => Promise<Completion | undefined> = async () => undefined,
  aliases: Record<string, string> = {},
): Context {
  return { options, aliases, describe, values, positionals: async (file) => positionals(file) };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 67)}...` : line;
}

/** A context from flag specs: flags (aliases hidden), their descriptions and their values. */
function specContext(
  flags: FlagSpec[],
  positionals: (configFile: string) => Candidate[] | Promise<Candidate[]> = () => [],
): Context {
  const describe: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  const byName = new Map<string, FlagSpec>();
  for (const f of flags) {
    describe[f.name] = `${f.required ? '(required) ' : ''}${oneLine(f.description)}`;
    byName.set(f.name, f);
    for (const alias of f.aliases ?? []) {
      aliases[alias] = f.name;
      byName.set(alias, f);
    }
  }
  return context(
    optionsOf(flags),
    positionals,
    describe,
    async (flag) => {
      const f = byName.get(flag);
      if (!f) return undefined;
      if (f.files) return { candidates: [], files: true };
      if (f.complete) return undefined;
      if (f.enum) return plain(f.enum);
      return NONE;
    },
    aliases,
  );
}

function commandContext(command: Command): Context {
  return specContext(commandFlags(command));
}

function builtinContext(name: string, words: string[]): Context {
  const spec = findBuiltin([name, ...words]);
  const subs = subcommands(name);
  if (!spec || (spec.path.length === 1 && subs.length)) {
    // A group (auth, mock, config, contract) before its subcommand is typed.
    return context({ help: { type: 'boolean', short: 'h' } }, () =>
      subs.map((c) => ({ value: c.path[1] as string, description: c.summary })),
    );
  }
  const position = words.length - (spec.path.length - 1);
  return specContext(spec.flags, async (configFile) => {
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
    return specContext(GLOBAL_FLAGS, () => [
      ...[...all].map(([value, commands]) => ({ value, description: commands[0]?.operation.tag ?? '' })),
      ...Object.entries(BUILTINS).map(([value, b]) => ({ value, description: b.summary })),
    ]);
  }
  const module = resolveModule(typed);
  if (BUILTINS[module]) return builtinContext(module, positionals.slice(1));
  const commands = all.get(module);
  if (!commands) return specContext(GLOBAL_FLAGS);
  if (verb === undefined) {
    return specContext(GLOBAL_FLAGS, () =>
      commands.map((c) => ({ value: c.verb, description: oneLine(c.operation.summary) })),
    );
  }
  const command = findCommand(module, verb);
  return command ? commandContext(command) : specContext(GLOBAL_FLAGS);
}

/** The long name of a flag word (`-o`, `--output`, `--output=json`) in this context. */
function longName(word: string, options: OptionSpec): string | undefined {
  const bare = word.split('=')[0] ?? '';
  if (bare.startsWith('--')) return bare.slice(2) in options ? bare.slice(2) : undefined;
  return Object.entries(options).find(([, spec]) => spec.short === bare.slice(1))?.[0];
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
  const positionals: string[] = [];
  const used = new Set<string>();
  let pending: string | undefined;
  let rest = false;
  for (const word of words.slice(0, -1)) {
    if (pending !== undefined) {
      pending = undefined;
      continue;
    }
    if (!rest && word === '--') rest = true;
    else if (!rest && word.startsWith('-') && word !== '-') {
      const flag = longName(word, contextAfter(positionals).options);
      if (flag) {
        used.add(contextAfter(positionals).aliases[flag] ?? flag);
        if (!word.includes('=') && contextAfter(positionals).options[flag]?.type === 'string') pending = flag;
      }
    } else positionals.push(word);
  }
  const here = contextAfter(positionals);
  const valuesOf = async (flag: string) =>
    (await here.values(flag)) ?? (await globalValues(configFile, flag));
  if (pending !== undefined) return byPrefix(await valuesOf(pending), current);
  if (!rest && current.startsWith('--') && current.includes('=')) {
    const flag = longName(current, here.options);
    return flag ? byPrefix(await valuesOf(flag), current, `--${flag}=`) : NONE;
  }
  const flags = (): Completion => ({
    files: false,
    candidates: Object.entries(here.options)
      .filter(([name, spec]) => !(name in here.aliases) && (spec.multiple || !used.has(name)))
      .map(([name]) => ({
        value: `--${name}`,
        ...(here.describe[name] ? { description: here.describe[name] } : {}),
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
