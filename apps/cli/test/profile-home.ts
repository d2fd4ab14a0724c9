// A config home of its own for a test: HOME and XDG_CONFIG_HOME in a fresh directory, whose config file has
// one profile, `prod`, the default.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** The environment of a fresh home whose default profile `prod` is `profile` (url, token, project, …). */
export function profileHome(profile: Record<string, string>): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'zadigctl-profile-'));
  const file = join(home, 'xdg', 'zadigctl', 'config.yaml');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, stringify({ defaultProfile: 'prod', profiles: { prod: profile } }), { mode: 0o600 });
  return { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') };
}
