import { GLOBAL_OPTIONS, type OptionSpec, parseFlags } from '../globals.js';
import { WAIT_TARGETS } from '../wait/targets.js';
import { type Command, kebab } from './catalog.js';

/** Parses a command's flags: the global ones, one per path/query parameter (and its kebab-case alias), --file for a body, --wait/--timeout where it can wait. */
export function parseCommandArgs(command: Command, argv: string[]) {
  const options: OptionSpec = { ...GLOBAL_OPTIONS };
  for (const p of command.operation.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    options[p.name] = { type: 'string' };
    const alias = kebab(p.name);
    if (alias !== p.name) {
      options[alias] = { type: 'string' };
    }
  }
  if (command.operation.requestBody) options.file = { type: 'string', short: 'f' };
  if (WAIT_TARGETS[command.operation.operationId]) {
    options.wait = { type: 'boolean' };
    options.timeout = { type: 'string' };
  }
  return parseFlags(argv, options, `zadigctl ${command.module} ${command.verb}`);
}
