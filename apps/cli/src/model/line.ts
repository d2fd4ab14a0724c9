// Which words of a command line are positional (module, command, arguments) and which are flag values,
// before the command is known. The flags that apply depend on the words so far (a scope): the global ones
// and those of the commands below; so a value flag's value is never taken for a command, wherever it stands.
import { UsageError } from '../exit-codes.js';
import { findFlag } from './parse.js';
import type { FlagSpec } from './types.js';

/** The flags that apply after some positional words. */
export interface Scope {
  flags: FlagSpec[];
  /** Flag names that take a value for some commands below and none for others: refused until it is known. */
  unclear?: Map<string, string>;
  /** The descriptors not loaded yet that would say more about a flag these flags do not have. */
  needs?: Array<'api' | 'builtins'>;
}

export interface ScannedLine {
  positionals: string[];
  /** Their indexes in the words. */
  indexes: number[];
  /** The flag the last word was waiting a value for (`-p` at the end), for completion. */
  pending?: FlagSpec;
  /** The long names of the flags given, for completion. */
  used: string[];
  /** A `--` was seen: the words after it are positional. */
  rest: boolean;
  /** A flag was met that only descriptors not yet loaded know: scan again with them. */
  needs: Set<'api' | 'builtins'>;
}

/** Whether the flag `word` (a spec's flag, given as `spec`) takes the next word as its value. */
function takesNext(spec: FlagSpec, word: string, next: string | undefined): boolean {
  if (spec.type !== 'string') return false;
  if (word.startsWith('--') ? word.includes('=') : word.length > 2) return false;
  if (spec.optionalValue && (next === undefined || (next.startsWith('-') && next !== '-'))) return false;
  return true;
}

/**
 * Splits `words` into positional words and flags, asking `scopeAt` which flags apply after the positional
 * words seen so far. An unknown flag is taken to have no value (the command's parser then refuses it).
 */
export function scanLine(words: string[], scopeAt: (positionals: string[]) => Scope): ScannedLine {
  const out: ScannedLine = { positionals: [], indexes: [], used: [], rest: false, needs: new Set() };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (out.rest || !word.startsWith('-') || word === '-') {
      out.positionals.push(word);
      out.indexes.push(i);
      continue;
    }
    if (word === '--') {
      out.rest = true;
      continue;
    }
    const scope = scopeAt(out.positionals);
    const bare = (word.startsWith('--') ? word.split('=')[0] : word.slice(0, 2)) as string;
    const why = scope.unclear?.get(bare);
    if (why) throw new UsageError(`${bare} ${why}`, 'Give it after the command.');
    const spec = findFlag(scope.flags, bare);
    if (!spec) {
      for (const need of scope.needs ?? []) out.needs.add(need);
      continue;
    }
    out.used.push(spec.name);
    if (!takesNext(spec, word, words[i + 1])) continue;
    if (i + 1 >= words.length) out.pending = spec;
    i++;
  }
  return out;
}

/**
 * The flags of several commands as one scope, for the words before the command is known: a flag that takes
 * a value in one command and none in another is unclear there.
 */
export function unionScope(lists: Iterable<FlagSpec[]>): Scope {
  const byWord = new Map<string, FlagSpec>();
  const unclear = new Map<string, string>();
  for (const flags of lists) {
    for (const f of flags) {
      const words = [
        `--${f.name}`,
        ...(f.aliases ?? []).map((a) => `--${a}`),
        ...(f.short ? [`-${f.short}`] : []),
      ];
      for (const word of words) {
        const seen = byWord.get(word);
        if (!seen) byWord.set(word, f);
        else if ((seen.type === 'string') !== (f.type === 'string'))
          unclear.set(word, 'takes a value for some commands and none for others');
      }
    }
  }
  const flags = [...new Set(byWord.values())];
  return { flags, ...(unclear.size ? { unclear } : {}) };
}
