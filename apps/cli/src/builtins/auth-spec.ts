// The `zadigctl auth` subcommands and their flags, shared by the command itself, its help and completion.
import { GLOBAL_OPTIONS, type OptionSpec, VALUE_FLAGS } from '../globals.js';

/** One `zadigctl auth` subcommand. */
export interface AuthCommand {
  summary: string;
  usage: string;
  options: OptionSpec;
  /** Flag descriptions for help and completion. */
  flags: Record<string, string>;
}

const help = GLOBAL_OPTIONS.help;

/** The subcommands of `zadigctl auth`. */
export const AUTH_COMMANDS: Record<string, AuthCommand> = {
  login: {
    summary: 'Save a server address and API token as a profile, after checking the token',
    usage: 'zadigctl auth login [--profile <name>] [--server <url>] [--set-default]',
    options: {
      profile: GLOBAL_OPTIONS.profile,
      server: GLOBAL_OPTIONS.server,
      'set-default': { type: 'boolean' },
      help,
    },
    flags: {
      profile: 'profile to save (default: ZADIG_PROFILE, the default profile, else "default")',
      server: 'Zadig address (on a terminal: the default answer; else required unless the profile has one)',
      'set-default': 'make this the default profile (the first profile always is)',
      help: 'show help',
    },
  },
  status: {
    summary: 'Show saved profiles, the credentials in effect, and whether they work',
    usage: 'zadigctl auth status [--profile <name>] [--server <url>] [-o table|json]',
    options: {
      profile: GLOBAL_OPTIONS.profile,
      server: GLOBAL_OPTIONS.server,
      output: GLOBAL_OPTIONS.output,
      help,
    },
    flags: {
      profile: 'profile to treat as active',
      server: 'address to treat as active',
      output: 'table (default) or json',
      help: 'show help',
    },
  },
  logout: {
    summary: 'Remove a profile and its token from the config file',
    usage: 'zadigctl auth logout [--profile <name>] [--yes]',
    options: { profile: GLOBAL_OPTIONS.profile, yes: GLOBAL_OPTIONS.yes, help },
    flags: {
      profile: 'profile to remove (default: ZADIG_PROFILE, then the default profile)',
      yes: 'do not ask (needed when not on a terminal)',
      help: 'show help',
    },
  },
  use: {
    summary: 'Make a saved profile the default (and with --project, set its default project)',
    usage: 'zadigctl auth use <profile> [--project <key>]',
    options: { project: { type: 'string', short: 'p' }, help },
    flags: {
      project: 'the project commands use when --project is not given (as `zadigctl config set project`)',
      help: 'show help',
    },
  },
};

/** The first word of `argv` that is neither a flag nor a flag's value. */
export function firstPositional(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--') return argv[i + 1];
    if (word.startsWith('-')) {
      if (VALUE_FLAGS.has(word)) i++;
      continue;
    }
    return word;
  }
  return undefined;
}

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
  const lines = [command.summary, '', `Usage: ${command.usage}`, '', 'Flags:'];
  for (const [flag, text] of Object.entries(command.flags)) {
    const spec = command.options[flag];
    const short = spec?.short ? `-${spec.short}, ` : '    ';
    const value = spec?.type === 'string' ? ' <value>' : '';
    lines.push(`  ${short}${`--${flag}${value}`.padEnd(20)} ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
