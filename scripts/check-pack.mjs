// Fails if `npm pack` of the package in the current directory would publish anything but built JS, types,
// the bundled spec files, README, LICENSE and package.json. Used by each package's check:package script.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/([\w-]+\/)*[\w.-]+\.(js|cjs|mjs|d\.ts|d\.cts|js\.map|cjs\.map)$/,
  /^(openapi\.json|openapi\.yaml|operations\.json|schema\.d\.ts)$/,
  // zadigctl's compact copy of the operation index, beside its bundle.
  /^dist\/operations\.json$/,
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

// Metadata npm shows, and README links that work on npm's page (absolute, into the repository).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
if (!pkg.repository?.url || !pkg.repository?.directory) problems.push('repository with url and directory');
if (!pkg.homepage) problems.push('homepage');
if (!pkg.bugs?.url) problems.push('bugs.url');
if (!pkg.keywords?.length) problems.push('keywords');
if (!pkg.engines?.node) problems.push('engines.node');
for (const [name, path] of Object.entries(
  typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}),
)) {
  // npm publish rewrites "./dist/x.js" to "dist/x.js" and warns; write it as published.
  if (!/^[\w@][\w./-]*$/.test(path) || path.startsWith('./'))
    problems.push(`bin ${name}: "${path}" as npm writes it`);
  if (!files.includes(path)) problems.push(`bin ${name}: ${path} in the package`);
}
const readme = readFileSync('README.md', 'utf8');
for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
  if (!/^(https?:|mailto:|#)/.test(target))
    problems.push(`README link ${target} (relative links break on npm)`);
}
if (problems.length) {
  console.error(`${report.name}: package.json or README lacks:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
