// From flag specs to help lines, and picking global flags for a command's own list.
import type { FlagSpec } from './types.js';

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
