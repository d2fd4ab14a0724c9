// From flag specs to what node:util's parseArgs takes, and to help lines: builtins that parse with parseArgs
// still list each flag once, in their spec.
import type { OptionSpec } from '../globals.js';
import type { FlagSpec } from './types.js';

/** parseArgs options for `flags` (long names; aliases as their own entries). */
export function optionsOf(flags: FlagSpec[]): OptionSpec {
  const out: OptionSpec = {};
  for (const f of flags) {
    const spec = { type: f.type, ...(f.multiple ? { multiple: true } : {}) } as const;
    out[f.name] = f.short ? { ...spec, short: f.short } : spec;
    for (const alias of f.aliases ?? []) out[alias] = spec;
  }
  return out;
}

/** One flag as help shows it: `  -p, --project <string>   (required) Project key.` */
export function flagLine(f: FlagSpec): string {
  const short = f.short ? `-${f.short}, ` : '    ';
  const value = f.type === 'string' ? ` ${f.value ?? '<value>'}` : '';
  const flag = `${short}--${f.name}${value}${f.multiple ? ' …' : ''}`;
  const values =
    f.enum && !f.complete ? ` One of: ${f.enum.map((v) => (v === '' ? '""' : v)).join(', ')}.` : '';
  return `  ${flag.padEnd(30)} ${f.required ? '(required) ' : ''}${f.description}${values}`;
}

/** A `Flags:` section. */
export function flagsHelp(flags: FlagSpec[], title = 'Flags:'): string {
  return [title, ...flags.map(flagLine)].join('\n');
}

/** The global flags `names`, as specs (for builtins that take some of them). */
export function pick(all: FlagSpec[], names: string[]): FlagSpec[] {
  return names.map((n) => {
    const f = all.find((x) => x.name === n);
    if (!f) throw new Error(`no flag ${n}`);
    return f;
  });
}
