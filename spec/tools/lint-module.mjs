// Lints one module's part of the spec on its own, before it is merged into openapi.yaml:
//   node spec/tools/lint-module.mjs <module>
// Reads spec/resources/<module>/paths.yaml (a `paths:` map of path -> method -> $ref, refs relative to
// spec/) and tags from spec/resources/<module>/tags.yaml, builds a temporary root next to openapi.yaml and
// runs Redocly lint with spec/redocly.yaml. Exit code: Redocly's.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const specDir = dirname(dirname(fileURLToPath(import.meta.url)));
const module = process.argv[2];
if (!module) {
  console.error('usage: node spec/tools/lint-module.mjs <module>');
  process.exit(2);
}
const require = createRequire(join(specDir, '..', 'packages', 'openapi', 'package.json'));
const YAML = require('yaml');
const root = YAML.parse(readFileSync(join(specDir, 'openapi.yaml'), 'utf8'));
const part = YAML.parse(readFileSync(join(specDir, 'resources', module, 'paths.yaml'), 'utf8'));
const tags = YAML.parse(readFileSync(join(specDir, 'resources', module, 'tags.yaml'), 'utf8'));
root.paths = part.paths;
root.tags = tags.tags;
const tmp = join(specDir, `.lint-${module}.yaml`);
writeFileSync(tmp, YAML.stringify(root));
const pkg = require.resolve('@redocly/cli/package.json');
const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.redocly);
const result = spawnSync(
  process.execPath,
  [bin, 'lint', tmp, '--config', join(specDir, 'redocly.yaml'), '--format', 'stylish'],
  {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
rmSync(tmp, { force: true });
process.exit(result.status ?? 1);
