import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where the config file lives: `$XDG_CONFIG_HOME/zadigctl/config.yaml`, else `~/.config/zadigctl/config.yaml`.
 * A relative `XDG_CONFIG_HOME` is ignored, as the XDG Base Directory spec asks.
 */
export function configPath(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
  return join(base, 'zadigctl', 'config.yaml');
}
