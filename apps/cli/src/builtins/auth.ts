import { ExitCode, UsageError } from '../exit-codes.js';
import { firstPositional, parseFlags } from '../globals.js';
import { closest } from '../model/suggest.js';
import { AUTH_COMMANDS, authHelp } from './auth-spec.js';
import type { BuiltinContext } from './index.js';

/** `zadigctl auth login|status|logout|use`. */
export async function run({ argv, io }: BuiltinContext): Promise<number> {
  const name = firstPositional(argv);
  const command = name === undefined ? undefined : AUTH_COMMANDS[name];
  if (!command) {
    const wantsHelp = argv.includes('--help') || argv.includes('-h');
    if (name === undefined || (name === 'help' && argv.length === 1)) {
      io.stdout.write(authHelp());
      return wantsHelp || name === 'help' ? ExitCode.Ok : ExitCode.Usage;
    }
    const guess = closest(name, Object.keys(AUTH_COMMANDS));
    throw new UsageError(
      `unknown command ${JSON.stringify(name)} in zadigctl auth`,
      guess
        ? `Did you mean \`zadigctl auth ${guess}\`?`
        : `Expected one of: ${Object.keys(AUTH_COMMANDS).join(', ')}.`,
    );
  }
  const { values, positionals } = parseFlags(argv, command.options, `zadigctl auth ${name}`);
  if (values.help) {
    io.stdout.write(authHelp(name));
    return ExitCode.Ok;
  }
  const extra = positionals.slice(name === 'use' ? 2 : 1);
  if (extra.length)
    throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])} for \`zadigctl auth ${name}\``);
  const flags = values as Record<string, string | boolean | undefined>;
  const text = (key: string) => (typeof flags[key] === 'string' ? (flags[key] as string) : undefined);
  const profile = text('profile');
  const server = text('server');
  switch (name) {
    case 'login':
      return (await import('./auth-login.js')).login(io, {
        ...(profile ? { profile } : {}),
        ...(server ? { server } : {}),
        ...(text('ca-file') ? { caFile: text('ca-file') as string } : {}),
        setDefault: Boolean(flags['set-default']),
      });
    case 'status': {
      const jq = text('jq');
      const output = text('output') ?? (jq === undefined ? 'table' : 'json');
      if (output !== 'table' && output !== 'json') {
        throw new UsageError(
          `--output: unknown format ${JSON.stringify(output)} for auth status; expected table or json`,
        );
      }
      return (await import('./auth-status.js')).status(io, {
        mock: false,
        output,
        ...(jq === undefined ? {} : { jq }),
        ...(profile ? { profile } : {}),
        ...(server ? { server } : {}),
      });
    }
    case 'logout':
      return (await import('./auth-logout.js')).logout(io, {
        ...(profile ? { profile } : {}),
        yes: Boolean(flags.yes),
      });
    default:
      return (await import('./auth-logout.js')).use(io, positionals[1], text('project'));
  }
}
