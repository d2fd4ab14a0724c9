// Fails if `npm pack` of the package in the current directory would publish anything but built JS, types,
// the bundled spec files, README, LICENSE and package.json. Used by each package's check:package script.
import { execFileSync } from 'node:child_process';

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/([\w-]+\/)*[\w.-]+\.(js|cjs|mjs|d\.ts|d\.cts|js\.map|cjs\.map)$/,
  /^(openapi\.json|openapi\.yaml|operations\.json|schema\.d\.ts)$/,
  /^releases\/[^/]+\.json$/,
];
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = report.files.map((f) => f.path);
const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
for (const required of ['package.json', 'README.md', 'LICENSE']) {
  if (!files.includes(required)) unexpected.push(`(missing) ${required}`);
}
if (!files.some((f) => f.startsWith('dist/'))) unexpected.push('(missing) dist/: build first');
if (unexpected.length) {
  console.error(`${report.name}: npm pack would publish unexpected files:\n  ${unexpected.join('\n  ')}`);
  process.exit(1);
}
console.log(`${report.name}: ${files.length} files, ${(report.unpackedSize / 1024).toFixed(1)} kB unpacked`);
