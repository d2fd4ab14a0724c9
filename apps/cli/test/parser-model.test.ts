// One parser, as data: every command line, builtins included, is split by the commands' own descriptors
// (a value flag's value is never a command word), and help, completion and the parser read the same flags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../src/builtins/index.js';
import { BUILTIN_SPECS } from '../src/builtins/specs.js';
import { loadDescriptors, scopeFor } from '../src/command-scope.js';
import { commands, modules } from '../src/commands/catalog.js';
import { commandFlags } from '../src/commands/flags.js';
import { parseDuration } from '../src/model/duration.js';
import { scanLine } from '../src/model/line.js';
import { flagLine } from '../src/model/options.js';
import { findFlag, parseLine } from '../src/model/parse.js';
import type { FlagSpec } from '../src/model/types.js';
import { runCli } from './run-cli.js';

/** The words a value could be mistaken for: every module, builtin and verb. */
const COMMAND_WORDS = [
  ...new Set([...modules().keys(), ...Object.keys(BUILTINS), ...commands.map((c) => c.verb), 'help']),
];

const stringFlags = (flags: FlagSpec[]) => flags.filter((f) => f.type === 'string');

describe('a flag value is never taken for a command', () => {
  const descriptors = loadDescriptors({}, ['api', 'builtins']);

  it('holds for every API command, every value flag and every place the flag can stand', async () => {
    const scope = scopeFor(await descriptors, (word) => word in BUILTINS);
    const cases = commands.map((c) => ({ command: c, flags: stringFlags(commandFlags(c)) }));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.nat(),
        fc.constantFrom(...COMMAND_WORDS),
        fc.constantFrom(0, 1, 2),
        fc.boolean(),
        ({ command, flags }, pick, word, place, short) => {
          const flag = flags[pick % flags.length] as FlagSpec;
          const given = short && flag.short ? [`-${flag.short}`, word] : [`--${flag.name}`, word];
          const path = [command.module, command.verb];
          const argv = [...path.slice(0, place), ...given, ...path.slice(place)];
          const line = scanLine(argv, scope);
          expect(line.positionals.slice(0, 2)).toEqual(path);
          const rest = argv.filter((_, i) => !line.indexes.slice(0, 2).includes(i));
          if (flag.duration) {
            // Not a duration: refused by name, not taken for anything else.
            expect(() => parseLine(rest, commandFlags(command), 'test')).toThrow(`--${flag.name}`);
            return;
          }
          const parsed = parseLine(rest, commandFlags(command), 'test');
          expect(parsed.positionals).toEqual([]);
          expect(parsed.values[flag.name]).toEqual(flag.multiple ? [word] : word);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads the global flags before the command the same with or without the descriptors loaded', async () => {
    // cli.ts splits `zadigctl -o json …` without loading anything; the full scope must agree with it.
    const light = scopeFor({}, (word) => word in BUILTINS)([]);
    const full = scopeFor(await descriptors, (word) => word in BUILTINS)([]);
    for (const f of light.flags) {
      for (const word of [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]) {
        expect(full.unclear?.get(word), word).toBeUndefined();
        expect(findFlag(full.flags, word)?.type, word).toBe(f.type);
      }
    }
  });

  it('holds for every builtin command and value flag, before and after its subcommand', async () => {
    const scope = scopeFor(await descriptors, (word) => word in BUILTINS);
    const cases = BUILTIN_SPECS.flatMap((spec) => stringFlags(spec.flags).map((flag) => ({ spec, flag })));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...COMMAND_WORDS),
        fc.boolean(),
        ({ spec, flag }, word, early) => {
          const given = [`--${flag.name}`, word];
          const argv = early
            ? [spec.path[0] as string, ...given, ...spec.path.slice(1)]
            : [...spec.path, ...given];
          const line = scanLine(argv, scope);
          expect(line.positionals.slice(0, spec.path.length)).toEqual(spec.path);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('help, completion and parsing come from the same descriptors', () => {
  it('for every builtin command: help lists each flag, completion offers each, the parser takes each', async () => {
    for (const spec of BUILTIN_SPECS) {
      const help = await runCli([...spec.path, '--help']);
      expect(help.code, spec.path.join(' ')).toBe(0);
      for (const f of spec.flags) expect(help.stdout, `${spec.path} --${f.name}`).toContain(flagLine(f));

      const offered = await runCli(['completion', '__complete', '--', ...spec.path, '--']);
      const words = offered.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
      expect(words.sort(), spec.path.join(' ')).toEqual(spec.flags.map((f) => `--${f.name}`).sort());

      for (const f of spec.flags) {
        const argv = f.type === 'string' ? [`--${f.name}`, f.duration ? '5m' : 'x'] : [`--${f.name}`];
        expect(parseLine(argv, spec.flags, 'test').values[f.name]).toBeDefined();
      }
    }
  });

  it('for API commands: the flags completion offers are the descriptor flags', async () => {
    for (const command of commands.filter((_, i) => i % 7 === 0)) {
      const offered = await runCli(['completion', '__complete', '--', command.module, command.verb, '--']);
      const words = offered.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
      expect(words.sort()).toEqual(
        commandFlags(command)
          .map((f) => `--${f.name}`)
          .sort(),
      );
    }
  });
});

describe('one duration syntax', () => {
  it('reads 90, 90s, 5m, 1h and 1h30m; a bare number is seconds', () => {
    expect(parseDuration('--timeout', '90')).toBe(90_000);
    expect(parseDuration('--timeout', '90s')).toBe(90_000);
    expect(parseDuration('--timeout', '5m')).toBe(300_000);
    expect(parseDuration('--timeout', '1h')).toBe(3_600_000);
    expect(parseDuration('--timeout', '1h30m')).toBe(5_400_000);
  });

  it('names the flag and the accepted forms for anything else', () => {
    for (const bad of ['', 'soon', '5 m', '1d', 'm5', '-3', '1h30']) {
      expect(() => parseDuration('--idle', bad)).toThrow(/--idle: cannot read .* as a duration/);
      try {
        parseDuration('--idle', bad);
      } catch (error) {
        expect((error as { hint?: string }).hint).toContain('90 (seconds), 90s, 5m, 1h or 1h30m');
      }
    }
  });
});
