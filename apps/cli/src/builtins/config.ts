// `zadigctl config get|set|unset|list`: settings kept in a profile besides address and token.
import { resolve as resolvePath } from 'node:path';
import { configPath, loadConfig, type ProfileKey, resolveTrust, updateConfig } from '@zadig-ts/node';
import { unknownProfileError } from '../config/preflight.js';
import { selectedProfile } from '../config/profile-settings.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { HELP_FLAG } from '../model/global-flags.js';
import { flagsHelp } from '../model/options.js';
import { closest } from '../model/suggest.js';
import type { CommandSpec, FlagSpec } from '../model/types.js';
import type { BuiltinContext } from './index.js';

/** The keys, as typed, and where they live in the profile. */
export const CONFIG_KEYS: Record<string, { key: ProfileKey; description: string }> = {
  project: {
    key: 'project',
    description: 'project used when --project is not given (ZADIG_PROJECT overrides it)',
  },
  'zadig-version': {
    key: 'zadigVersion',
    description:
      "the server's Zadig release, e.g. v5.0.0 (found by auth login and doctor; ZADIG_VERSION overrides it)",
  },
  'ca-file': {
    key: 'caFile',
    description:
      'a PEM file of CA certificates to trust for this server, e.g. a company CA (--ca-file overrides it)',
  },
};

const FLAGS: FlagSpec[] = [
  {
    name: 'profile',
    type: 'string',
    value: '<name>',
    description: 'the profile to change (default: the one in use)',
    complete: 'profile',
  },
  HELP_FLAG,
];

export const CONFIG_COMMANDS: CommandSpec[] = [
  {
    path: ['config', 'set'],
    summary: 'Set a key of the profile',
    flags: FLAGS,
    positionals: [
      { name: 'key', description: 'project or zadig-version', required: true },
      { name: 'value', description: 'its value', required: true },
    ],
  },
  {
    path: ['config', 'get'],
    summary: 'Print a key of the profile',
    flags: FLAGS,
    positionals: [{ name: 'key', description: 'project or zadig-version', required: true }],
  },
  {
    path: ['config', 'unset'],
    summary: 'Remove a key from the profile',
    flags: FLAGS,
    positionals: [{ name: 'key', description: 'project or zadig-version', required: true }],
  },
  { path: ['config', 'list'], summary: "Show the profile's keys", flags: FLAGS, positionals: [] },
];

const HELP = `Settings of a profile besides its address and token.

Usage: zadigctl config <command> [key] [value] [--profile <name>]

${CONFIG_COMMANDS.map((c) => `  ${(c.path[1] ?? '').padEnd(6)} ${c.summary}`).join('\n')}

Keys:
${Object.entries(CONFIG_KEYS)
  .map(([k, v]) => `  ${k.padEnd(14)} ${v.description}`)
  .join('\n')}

Example: zadigctl config set project demo   (then \`zadigctl workflow list\` needs no --project)

${flagsHelp(FLAGS)}
`;

function keyOf(word: string | undefined, where: string) {
  if (word === undefined)
    throw new UsageError(
      `missing the key: \`${where} <key>\``,
      `Keys: ${Object.keys(CONFIG_KEYS).join(', ')}.`,
    );
  const entry = CONFIG_KEYS[word];
  if (!entry) {
    const guess = closest(word, Object.keys(CONFIG_KEYS));
    throw new UsageError(
      `unknown key ${JSON.stringify(word)}`,
      guess ? `Did you mean ${guess}?` : `Keys: ${Object.keys(CONFIG_KEYS).join(', ')}.`,
    );
  }
  return entry;
}

export async function run({ command: spec, line, help, io }: BuiltinContext): Promise<number> {
  if (!spec || help) {
    io.stdout.write(HELP);
    return help ? ExitCode.Ok : ExitCode.Usage;
  }
  const where = `zadigctl config ${spec.path[1]}`;
  const { values, positionals: args } = line;
  if (args.length > spec.positionals.length) {
    throw new UsageError(
      `unexpected argument ${JSON.stringify(args[spec.positionals.length])} for \`${where}\``,
    );
  }
  const path = configPath(io.env);
  const profileFlag = typeof values.profile === 'string' ? values.profile : undefined;
  const config = await loadConfig(path);
  const selected = await selectedProfile(io, profileFlag, config);
  if (!selected) {
    if (profileFlag) throw unknownProfileError(profileFlag, '--profile', config);
    throw new UsageError(
      `no profile in use: settings are kept in a profile (${path})`,
      'Create one with `zadigctl auth login`, or use ZADIG_PROJECT / ZADIG_VERSION instead.',
    );
  }
  switch (spec.path[1]) {
    case 'list': {
      for (const [word, { key }] of Object.entries(CONFIG_KEYS)) {
        io.stdout.write(`${word}\t${selected.profile[key] ?? ''}\n`);
      }
      return ExitCode.Ok;
    }
    case 'get': {
      const { key } = keyOf(args[0], where);
      const value = selected.profile[key];
      if (value === undefined) return ExitCode.Failure;
      io.stdout.write(`${value}\n`);
      return ExitCode.Ok;
    }
    case 'unset': {
      const { key } = keyOf(args[0], where);
      await updateConfig(path, (editor) => editor.setProfileKey(selected.name, key, undefined));
      io.stdout.write(`Removed ${args[0]} from profile ${JSON.stringify(selected.name)}.\n`);
      return ExitCode.Ok;
    }
    default: {
      const { key } = keyOf(args[0], where);
      const given = args[1]?.trim();
      if (!given) throw new UsageError(`missing the value: \`${where} ${args[0]} <value>\``);
      // A CA file is saved as an absolute path (commands run from any folder), and must hold a certificate.
      const value = key === 'caFile' ? resolvePath(given) : given;
      if (key === 'caFile') resolveTrust({ caFile: value, caFileSource: args[0] }, {});
      if (key === 'zadigVersion') {
        const { normalizeZadigVersion } = await import('@zadig-ts/client');
        try {
          normalizeZadigVersion(value);
        } catch (error) {
          throw new UsageError((error as Error).message.replace(/^zadigVersion: /, 'zadig-version: '));
        }
      }
      await updateConfig(path, (editor) => editor.setProfileKey(selected.name, key, value));
      io.stdout.write(
        `Set ${args[0]} to ${JSON.stringify(value)} in profile ${JSON.stringify(selected.name)}.\n`,
      );
      return ExitCode.Ok;
    }
  }
}
