import { ExitCode, UsageError } from '../exit-codes.js';
import { authHelp } from './auth-spec.js';
import type { BuiltinContext } from './index.js';

/** `zadigctl auth login|status|logout|use`. */
export async function run({ command, line, help, io }: BuiltinContext): Promise<number> {
  const name = command?.path[1];
  if (name === undefined) {
    io.stdout.write(authHelp());
    return help ? ExitCode.Ok : ExitCode.Usage;
  }
  const { values, positionals } = line;
  if (help) {
    io.stdout.write(authHelp(name));
    return ExitCode.Ok;
  }
  const extra = positionals.slice(name === 'use' ? 1 : 0);
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
      return (await import('./auth-logout.js')).use(io, positionals[0], text('project'));
  }
}
