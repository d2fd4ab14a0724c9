// One parser for every command line, driven by the command's flag specs: long and short flags, `--flag=value`,
// repeatable flags, hidden aliases, `--` ending the flags, and unknown flags answered with the closest one.
// A global flag the command does not take is refused by name, with the reason when the command gives one.
import { UsageError } from '../exit-codes.js';
import { parseDuration } from './duration.js';
import { GLOBAL_FLAGS } from './global-flags.js';
import { closest } from './suggest.js';
import type { FlagSpec } from './types.js';

export type FlagValue = string | boolean | string[];

export interface ParsedLine {
  /** By the flag's long name. A multiple flag holds an array; `--json` alone holds `true`. */
  values: Record<string, FlagValue>;
  positionals: string[];
  /** The flags as given, in command-line order (`-f a -F b -f c`), by long name. */
  tokens: Array<{ name: string; typed: string; value: string | boolean }>;
}

/** What a command says about the global flags it does not take (flag name → why). */
export interface LineOptions {
  refuses?: Record<string, string>;
}

/** Finds the spec of a flag word (`--project`, `--projectKey`, `-p`). */
export function findFlag(flags: FlagSpec[], word: string): FlagSpec | undefined {
  if (word.startsWith('--')) {
    const name = word.slice(2);
    return flags.find((f) => f.name === name || f.aliases?.includes(name));
  }
  const letter = word.slice(1);
  return flags.find((f) => f.short === letter);
}

/** The error for a flag this command does not have: a global one is refused by name, others get a guess. */
function unknownFlag(word: string, flags: FlagSpec[], where: string, options: LineOptions): UsageError {
  const global = findFlag(GLOBAL_FLAGS, word);
  if (global) {
    const reason = options.refuses?.[global.name];
    return new UsageError(
      `the global flag --${global.name} does not apply to \`${where}\`${reason ? `: ${reason}` : ''}`,
      `Run \`${where} --help\` for the flags it takes.`,
    );
  }
  const bare = word.replace(/^-+/, '');
  const names = new Map<string, string>();
  for (const f of flags) {
    names.set(f.name, f.name);
    for (const alias of f.aliases ?? []) names.set(alias, f.name);
  }
  const guess = bare.length > 1 ? closest(bare, names.keys()) : undefined;
  return new UsageError(
    `unknown flag ${word} for \`${where}\``,
    guess ? `Did you mean --${names.get(guess)}?` : `Run \`${where} --help\` for its flags.`,
  );
}

/** Parses `argv` against `flags`; errors name the flag at fault and `where` (`zadigctl workflow task`). */
export function parseLine(
  argv: string[],
  flags: FlagSpec[],
  where: string,
  options: LineOptions = {},
): ParsedLine {
  const values: Record<string, FlagValue> = {};
  const positionals: string[] = [];
  const tokens: ParsedLine['tokens'] = [];
  const set = (spec: FlagSpec, value: string | boolean, typed: string) => {
    // A bad duration is a usage error now, before anything is read or sent.
    if (spec.duration && typeof value === 'string') {
      const ms = parseDuration(typed, value);
      if (spec.duration === 'positive' && !(ms > 0)) {
        throw new UsageError(`${typed}: give a duration above zero, e.g. 90s or 5m`);
      }
    }
    tokens.push({ name: spec.name, typed, value });
    if (spec.multiple) {
      values[spec.name] = [...((values[spec.name] as string[] | undefined) ?? []), String(value)];
      return;
    }
    if (values[spec.name] !== undefined && values[spec.name] !== value) {
      throw new UsageError(
        `--${spec.name} is given twice${typed !== `--${spec.name}` ? ` (as ${typed})` : ''}`,
        spec.type === 'string' ? 'Give it once.' : undefined,
      );
    }
    values[spec.name] = value;
  };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const flagWord = eq === -1 ? word : word.slice(0, eq);
    // -pdemo: a short flag with its value attached.
    const attached = !word.startsWith('--') && word.length > 2 ? word.slice(2) : undefined;
    const spec = findFlag(flags, attached === undefined ? flagWord : word.slice(0, 2));
    if (!spec) throw unknownFlag(flagWord, flags, where, options);
    if (spec.type === 'boolean') {
      if (attached !== undefined) throw unknownFlag(word, flags, where, options);
      if (eq !== -1) {
        const text = word.slice(eq + 1);
        if (text !== 'true' && text !== 'false')
          throw new UsageError(
            `--${spec.name} takes no value (or =true / =false), got ${JSON.stringify(text)}`,
          );
        set(spec, text === 'true', flagWord);
      } else set(spec, true, flagWord);
      continue;
    }
    if (eq !== -1) {
      set(spec, word.slice(eq + 1), flagWord);
      continue;
    }
    if (attached !== undefined) {
      set(spec, attached, word.slice(0, 2));
      continue;
    }
    const next = argv[i + 1];
    if (spec.optionalValue && (next === undefined || (next.startsWith('-') && next !== '-'))) {
      set(spec, true, flagWord);
      continue;
    }
    if (next === undefined) {
      throw new UsageError(
        `flag ${flagWord} needs a value${spec.value ? ` ${spec.value}` : ''}`,
        `Run \`${where} --help\`.`,
      );
    }
    set(spec, next, flagWord);
    i++;
  }
  return { values, positionals, tokens };
}
