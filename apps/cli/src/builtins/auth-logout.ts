import { configPath, loadConfig, unknownProfile, updateConfig } from '@zadig-ts/node';
import { confirm, interactive } from '../config/terminal.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';

/**
 * `zadigctl auth logout`: removes a profile (and its token) from the config file. The token stays valid on
 * the server; revoke it there if it leaked.
 */
export async function logout(io: IO, flags: { profile?: string; yes: boolean }): Promise<number> {
  const path = configPath(io.env);
  const config = await loadConfig(path);
  const { defaultProfile, profiles } = config.data;
  const [name, from] = flags.profile
    ? [flags.profile, '--profile']
    : io.env.ZADIG_PROFILE
      ? [io.env.ZADIG_PROFILE, 'ZADIG_PROFILE']
      : [defaultProfile, 'defaultProfile'];
  if (!name) throw new UsageError('no profile to log out of: pass --profile <name>', `Config file: ${path}`);
  const profile = profiles[name];
  if (!profile) throw unknownProfile(name, from, config);
  if (!flags.yes) {
    if (!interactive(io)) {
      throw new UsageError(
        `refusing to remove profile ${JSON.stringify(name)} without confirmation`,
        'Pass --yes to confirm when not running in a terminal.',
      );
    }
    if (
      !(await confirm(
        io,
        `Remove profile ${JSON.stringify(name)} (${profile.url}) and its token from ${path}?`,
      ))
    ) {
      throw new CliError('cancelled', ExitCode.Usage);
    }
  }
  const remaining = Object.keys(profiles).filter((p) => p !== name);
  // With one profile left there is no doubt which should be the default; with several, let the user pick.
  const nextDefault =
    defaultProfile !== name ? defaultProfile : remaining.length === 1 ? remaining[0] : undefined;
  await updateConfig(path, (editor) => {
    editor.removeProfile(name);
    editor.setDefault(nextDefault);
  });
  io.stdout.write(`Removed profile ${JSON.stringify(name)} from ${path}\n`);
  if (defaultProfile === name) {
    io.stdout.write(
      nextDefault
        ? `The default profile is now ${JSON.stringify(nextDefault)}.\n`
        : remaining.length
          ? `There is no default profile now: choose one with \`zadigctl auth use <profile>\`.\n`
          : '',
    );
  }
  return ExitCode.Ok;
}

/** `zadigctl auth use <profile>`: makes a saved profile the default. */
export async function use(io: IO, name: string | undefined, project?: string): Promise<number> {
  const path = configPath(io.env);
  const config = await loadConfig(path);
  if (!name) {
    const known = Object.keys(config.data.profiles);
    throw new UsageError(
      'missing profile name: zadigctl auth use <profile>',
      known.length
        ? `Known profiles: ${known.join(', ')}.`
        : 'There are no profiles yet: run `zadigctl auth login`.',
    );
  }
  if (!config.data.profiles[name]) throw unknownProfile(name, 'the argument', config);
  await updateConfig(path, (editor) => {
    editor.setDefault(name);
    if (project) editor.setProfileKey(name, 'project', project);
  });
  const current = project ?? config.data.profiles[name]?.project;
  io.stdout.write(
    `The default profile is now ${JSON.stringify(name)}${current ? `; its project is ${JSON.stringify(current)}` : ''}.\n`,
  );
  return ExitCode.Ok;
}
