import { type Command, kebab, modules } from './catalog.js';

const EXIT_CODES = `Exit codes:
  0  success
  1  the API answered with an error (or a task failed)
  2  usage error: unknown command or flag, bad flag value, invalid request body
  4  authentication or permission failure (401/403, no token)
  5  network failure or timeout (including --wait past --timeout)
  130 interrupted (Ctrl-C) at a prompt, or while waiting or streaming (the task goes on)`;

const GLOBAL_FLAGS = `Global flags:
  -o, --output <format>  table (default; tab-separated when piped), json, yaml, raw
      --json <fields>    print only these fields, as JSON: --json id,status
      --profile <name>   use a saved profile (default: ZADIG_PROFILE, then the default profile)
      --server <url>     Zadig address (default: ZADIG_URL, then the profile)
      --mock             run against the built-in mock server (Prism serving the spec; no token needed)
      --dry-run          print the request instead of sending it (token redacted)
  -y, --yes              do not ask before destructive operations
  -h, --help             show help
  -v, --version          show the version`;

const ENVIRONMENT = `Environment:
  ZADIG_URL      address of the Zadig installation
  ZADIG_TOKEN    API token (Zadig: Account Settings > API Token); never pass it as an argument
  ZADIG_PROFILE  profile to use
  ZADIG_LOG      debug: log every request (token redacted)
  NO_COLOR       no colours
Configuration:
  Profiles (address and token) live in $XDG_CONFIG_HOME/zadigctl/config.yaml (default ~/.config/zadigctl),
  mode 0600: create one with \`zadigctl auth login\`, check with \`zadigctl auth status\` or \`zadigctl doctor\`.`;

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
    GLOBAL_FLAGS,
    '',
    ENVIRONMENT,
    '',
    EXIT_CODES,
    '',
  );
  return lines.join('\n');
}

export function moduleHelp(module: string, cmds: Command[]): string {
  const width = Math.max(...cmds.map((c) => c.verb.length)) + 2;
  const lines = [
    `${cmds[0]?.operation.tag}`,
    '',
    `Usage: zadigctl ${module} <command> [flags]`,
    '',
    'Commands:',
  ];
  for (const c of cmds) {
    lines.push(
      `  ${c.verb.padEnd(width)} ${c.operation.summary}${c.operation.deprecated ? ' (deprecated)' : ''}`,
    );
  }
  lines.push('', `Run \`zadigctl ${module} <command> --help\` for its flags.`, '');
  return lines.join('\n');
}

function flagLine(name: string, type: string, description: string, required: boolean): string {
  const flag = `--${name} <${type}>`;
  return `  ${flag.padEnd(30)} ${required ? '(required) ' : ''}${description.replace(/\s+/g, ' ').trim()}`;
}

export function commandHelp(command: Command): string {
  const op = command.operation;
  const paths = op.parameters.filter((p) => p.in === 'path');
  const positional = paths.map((p) => ` [${p.name}]`).join('');
  const description = (op.description ?? '').trim();
  const lines = [
    `${op.summary}${op.deprecated ? ' (deprecated)' : ''}`,
    '',
    `Usage: zadigctl ${command.module} ${command.verb}${positional} [flags]`,
    `API:   ${op.method} ${op.path}  (operationId ${op.operationId})`,
  ];
  if (description) lines.push('', description);
  const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  if (params.length || op.requestBody) lines.push('', 'Flags:');
  for (const p of params) {
    const alias = kebab(p.name) !== p.name ? ` (or --${kebab(p.name)})` : '';
    const values = p.enum ? ` One of: ${p.enum.join(', ')}.` : '';
    const defaulted = op.pagination && (p.name === 'pageNum' || p.name === 'pageSize');
    const text = `${p.description}${values}${alias}${defaulted ? ` Default ${p.name === 'pageNum' ? 1 : 20}.` : ''}`;
    lines.push(flagLine(p.name, p.type, text, p.required && !defaulted));
  }
  if (op.requestBody) {
    lines.push(
      flagLine(
        'file',
        'path',
        'Request body, YAML or JSON; `-` reads stdin (as does piping into the command). Validated against the spec before sending.',
        op.requestBody.required,
      ),
    );
  }
  if (command.waits) {
    lines.push(
      flagLine(
        'wait',
        'bool',
        'Wait until it is finished, showing progress; the exit code is 0 only if it succeeded.',
        false,
      ),
      flagLine(
        'timeout',
        'duration',
        'With --wait: stop waiting after this long (e.g. 30m; exit code 5). Ctrl-C stops waiting too (exit code 130); neither cancels anything.',
        false,
      ),
    );
  }
  if (command.destructive) lines.push('', 'Asks for confirmation on a terminal; pass --yes otherwise.');
  lines.push('', 'Run `zadigctl --help` for global flags, environment and exit codes.', '');
  return lines.join('\n');
}
