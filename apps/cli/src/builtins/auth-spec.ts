// The `zadigctl auth` subcommands and their flags, shared by the command itself, its help and completion.
import { GLOBAL_FLAGS, HELP_FLAG } from '../model/global-flags.js';
import { flagsHelp, pick } from '../model/options.js';
import type { FlagSpec } from '../model/types.js';

/** One `zadigctl auth` subcommand. */
export interface AuthCommand {
  summary: string;
  usage: string;
  /** Its flags, listed once: parsing, help and completion derive from them. */
  flags: FlagSpec[];
}

const withDescription = (name: string, description: string): FlagSpec => ({
  ...(pick(GLOBAL_FLAGS, [name])[0] as FlagSpec),
  description,
});

function command(summary: string, usage: string, flags: FlagSpec[]): AuthCommand {
  return { summary, usage, flags };
}

/** The subcommands of `zadigctl auth`. */
export const AUTH_COMMANDS: Record<string, AuthCommand> = {
  login: command(
    'Save a server address and API token as a profile, after checking both',
    'zadigctl auth login [--profile <name>] [--server <url>] [--set-default]',
    [
      withDescription(
        'profile',
        'profile to save (default: ZADIG_PROFILE, the default profile, else "default")',
      ),
      withDescription(
        'server',
        'Zadig address (on a terminal: the default answer; else required unless the profile has one)',
      ),
      withDescription('ca-file', 'CA certificates to trust for the server, saved in the profile as caFile'),
      {
        name: 'set-default',
        type: 'boolean',
        description: 'make this the default profile (the first profile always is)',
      },
      HELP_FLAG,
    ],
  ),
  status: command(
    'Show saved profiles (address, project, release), the credentials in effect, and whether they work',
    'zadigctl auth status [--profile <name>] [--server <url>] [-o table|json]',
    [
      withDescription('profile', 'profile to treat as active'),
      withDescription('server', 'address to treat as active'),
      { ...withDescription('output', 'table (default) or json'), enum: ['table', 'json'] },
      withDescription('jq', 'filter the JSON report with a jq expression (implies -o json)'),
      HELP_FLAG,
    ],
  ),
  logout: command(
    'Remove a profile and its token from the config file',
    'zadigctl auth logout [--profile <name>] [--yes]',
    [
      withDescription('profile', 'profile to remove (default: ZADIG_PROFILE, then the default profile)'),
      withDescription('yes', 'do not ask (needed when not on a terminal)'),
      HELP_FLAG,
    ],
  ),
  use: command(
    'Make a saved profile the default (and with --project, set its default project)',
    'zadigctl auth use <profile> [--project <key>]',
    [
      {
        name: 'project',
        short: 'p',
        type: 'string',
        value: '<key>',
        description:
          'the project commands use when --project is not given (as `zadigctl config set project`)',
      },
      HELP_FLAG,
    ],
  ),
};

/** Help for `zadigctl auth` or one of its subcommands. */
export function authHelp(name?: string): string {
  const command = name ? AUTH_COMMANDS[name] : undefined;
  if (!command) {
    const lines = ['Manage saved credentials (profiles).', '', 'Usage: zadigctl auth <command> [flags]', ''];
    for (const [sub, spec] of Object.entries(AUTH_COMMANDS)) lines.push(`  ${sub.padEnd(8)} ${spec.summary}`);
    lines.push(
      '',
      'Profiles are kept in $XDG_CONFIG_HOME/zadigctl/config.yaml (default ~/.config/zadigctl/config.yaml),',
      'mode 0600. ZADIG_URL, ZADIG_TOKEN and ZADIG_PROFILE override what the file says.',
      '',
    );
    return lines.join('\n');
  }
  return `${[command.summary, '', `Usage: ${command.usage}`, '', flagsHelp(command.flags)].join('\n')}\n`;
}
