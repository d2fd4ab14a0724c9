import { GLOBAL_FLAGS } from '../model/global-flags.js';
import { flagLine } from '../model/options.js';
import { userText } from '../output/user-text.js';
import { type Command, modules } from './catalog.js';
import { commandFlags, commandPositionals } from './flags.js';

const EXIT_CODES = `Exit codes:
  0  success
  1  the API answered with an error (or a task failed)
  2  usage error: unknown command or flag, bad flag value, invalid request body
  4  authentication or permission failure (401/403, no token)
  5  network failure, timeout (including --wait past --timeout), an untrusted certificate or proxy failure
  130 interrupted (Ctrl-C) at a prompt, or while waiting or streaming (the task goes on)`;

function globalFlagsHelp(): string {
  return [
    'Global flags:',
    ...GLOBAL_FLAGS.map(flagLine),
    '  -v, --version                show the version',
  ].join('\n');
}

const ENVIRONMENT = `Environment:
  ZADIG_URL      address of the Zadig installation
  ZADIG_TOKEN    API token (Zadig: Account Settings > API Token); never pass it as an argument
  ZADIG_PROFILE  profile to use
  ZADIG_PROJECT  project used when --project is not given (else the profile's: zadigctl config set project <key>)
  ZADIG_VERSION  the server's Zadig release (else the profile's, found by auth login and doctor)
  ZADIG_LOG      debug: log every request (token redacted)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY   the proxy (HTTPS through CONNECT) and the hosts reached directly
  NODE_EXTRA_CA_CERTS                 more CAs to trust (also: --ca-file, the profile's caFile)
  NO_COLOR       no colours
Configuration:
  Profiles (address and token) live in $XDG_CONFIG_HOME/zadigctl/config.yaml (default ~/.config/zadigctl),
  mode 0600: create one with \`zadigctl auth login\`, check with \`zadigctl auth status\` or \`zadigctl doctor\`.
  Writes sent are logged in $XDG_STATE_HOME/zadigctl/audit.log (default ~/.local/state/zadigctl): \`zadigctl audit\`.
  On Node 20, compiled code is kept in $XDG_CACHE_HOME/zadigctl/code-cache (default ~/.cache/zadigctl), safe to
  delete; NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node 22 and later keep their own).`;

export function rootHelp(builtins: Record<string, { summary: string }>): string {
  const lines = [
    'zadigctl: the command line for the Zadig OpenAPI',
    '',
    'Usage: zadigctl <module> <command> [flags]',
  ];
  lines.push('', 'API modules:');
  const sorted = [...modules()].sort(([a], [b]) => a.localeCompare(b));
  for (const [module, cmds] of sorted) {
    const sample = cmds
      .slice(0, 5)
      .map((c) => c.verb)
      .join(', ');
    lines.push(
      `  ${module.padEnd(15)} ${cmds[0]?.operation.tag} (${cmds.length}): ${sample}${cmds.length > 5 ? ', ...' : ''}`,
    );
  }
  lines.push('', 'Other commands:');
  for (const [name, builtin] of Object.entries(builtins))
    lines.push(`  ${name.padEnd(15)} ${builtin.summary}`);
  lines.push(
    '',
    'Run `zadigctl <module> --help` for its commands.',
    '',
    'The same flags in every module, whatever the API calls them (its names work too):',
    '  -p/--project  -e/--env  -s/--service  -w/--workflow  -t/--task  --job  --build  --release ...',
    'Main identifiers go as arguments: zadigctl workflow task deploy 42, zadigctl project get demo.',
    '',
    globalFlagsHelp(),
    '',
    ENVIRONMENT,
    '',
    EXIT_CODES,
    '',
  );
  return lines.join('\n');
}

export function moduleHelp(module: string, cmds: Command[]): string {
  const names = cmds.map((c) => (c.aliases.length ? `${c.verb} (${c.aliases.join(', ')})` : c.verb));
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const lines = [
    `${cmds[0]?.operation.tag}`,
    '',
    `Usage: zadigctl ${module} <command> [arguments] [flags]`,
    '',
    'Commands:',
  ];
  cmds.forEach((c, i) => {
    lines.push(
      `  ${(names[i] ?? '').padEnd(width)} ${c.operation.summary}${c.operation.deprecated ? ' (deprecated)' : ''}`,
    );
  });
  lines.push('', `Run \`zadigctl ${module} <command> --help\` for its arguments and flags.`, '');
  return lines.join('\n');
}

export async function commandHelp(command: Command): Promise<string> {
  const op = command.operation;
  const positionals = commandPositionals(command);
  const usage = positionals.map((p) => ` [${p.name}]`).join('');
  // The spec cites the server's source for its maintainers; help speaks to users.
  const description = userText(op.description ?? '', 110);
  const lines = [
    `${op.summary}${op.deprecated ? ' (deprecated)' : ''}`,
    '',
    `Usage: zadigctl ${command.module} ${command.verb}${usage} [flags]`,
  ];
  if (command.aliases.length) lines.push(`Aliases: ${command.aliases.join(', ')}`);
  lines.push(`API:   ${op.method} ${op.path}  (operationId ${op.operationId})`);
  if (description) lines.push('', description);
  if (positionals.length) {
    lines.push('', 'Arguments (or give them as flags):');
    for (const p of positionals) lines.push(`  ${p.name.padEnd(28)} --${p.name}: ${userText(p.description)}`);
  }
  const own = commandFlags(command).filter((f) => !GLOBAL_FLAGS.includes(f));
  if (own.length) {
    lines.push('', 'Flags:', ...own.map((f) => flagLine({ ...f, description: userText(f.description) })));
  }
  const aliases = own.filter((f) => f.aliases?.length);
  if (aliases.length) {
    lines.push(
      '',
      `The API's own names work too: ${aliases.map((f) => `--${f.aliases?.[0]} for --${f.name}`).join(', ')}.`,
    );
  }
  if (own.some((f) => f.name === 'project')) {
    lines.push(
      "--project defaults to ZADIG_PROJECT, then the profile's project (`zadigctl config set project <key>`).",
    );
  }
  if (op.requestBody) {
    const { bodyFieldsHelp } = await import('../output/body-fields.js');
    lines.push(...bodyFieldsHelp(op.operationId));
  }
  if (command.listField) {
    lines.push(
      '',
      `Output: the \`${command.listField}\` list as a table; --json alone lists the fields of an item.`,
    );
  }
  if (command.destructive) {
    lines.push(
      '',
      'Destructive: prints what it touches, then asks on a terminal for its name to be typed. Elsewhere pass --yes and name the target on the command line (the default project is not used).',
    );
  }
  lines.push(
    '',
    'Global flags (-o, --json, --jq, --profile, --server, --mock, --dry-run, …): `zadigctl --help`.',
    '',
  );
  return lines.join('\n');
}
