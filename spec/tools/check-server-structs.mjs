#!/usr/bin/env node
// Checks the spec's request bodies and 2xx responses against the Go structs the Zadig server binds and
// answers. Run it against koderover/zadig, a checkout or a clone (bare or not) at a ref:
//
//   node spec/tools/check-server-structs.mjs --zadig ../zadig                 # the checkout as it is
//   node spec/tools/check-server-structs.mjs --zadig ../zadig --ref v5.0.0    # a tag of a clone
//   node spec/tools/check-server-structs.mjs --zadig ../zadig --write-links   # add missing x-zadig-go-type marks
//   node spec/tools/check-server-structs.mjs --zadig ../zadig --fix           # add missing fields, allow null
//   node spec/tools/check-server-structs.mjs --zadig ../zadig --releases [--write-marks]
//
// Each operation's request body and 2xx response media type names the Go type it transcribes
// (`x-zadig-go-type: <package dir>:<Type>`; `x-zadig-go-tags: bson` where the server sends a stored map).
// The tool parses the Go source with tree-sitter, follows router → handler → c.ShouldBindJSON / ctx.Resp →
// service function, resolves nested, embedded and cross-package types, and compares field by field: JSON
// name, kind, absence (omitempty) and null (nil pointers; nil slices and maps unless the handler answers
// through internalhandler.JSONResponse, whose helper sends [] and {}), and binding:"required" on requests.
// It prints one line per difference and, last, `operations: N linked, fields: M checked, differences: D`; it
// exits 1 when a difference is not in spec/server-structs-accepted.yaml (each entry with its reason).
// --releases runs it at every tracked release (--refs for other refs, oldest first) and prints the fields each release added or removed;
// --write-marks writes them as x-zadig-since / x-zadig-until on the spec's properties. Not run in CI: CI has
// no checkout of the server (the tests run it on the Go fixtures under packages/openapi/test/fixtures).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRACKED } from './extract-server-routes.mjs';
import { checkRelease, diffKey } from './go/check.mjs';
import { fieldMarks, writeFieldMarks } from './go/field-marks.mjs';
import { fixDifferences } from './go/fix-spec.mjs';
import { goParser } from './go/parser.mjs';
import { checkoutSource, gitSource } from './go/source.mjs';
import { createSpecReader } from './go/spec-schemas.mjs';
import { setMapEntries } from './go/yaml-edit.mjs';
import { specDir as defaultSpecDir, YAML } from './releases.mjs';

const USAGE =
  'usage: node spec/tools/check-server-structs.mjs --zadig <koderover/zadig checkout or clone> [--ref <tag>] [--spec <dir>] [--accepted <file>] [--write-links] [--fix] [--releases [--refs <a,b,…>] [--write-marks]] [--show-accepted]';

export function parseArgs(argv) {
  const args = {
    zadig: undefined,
    ref: undefined,
    spec: undefined,
    accepted: undefined,
    writeLinks: false,
    fix: false,
    releases: false,
    writeMarks: false,
    showAccepted: false,
    refs: undefined,
  };
  const value = (i, flag) => {
    if (argv[i + 1] === undefined || argv[i + 1].startsWith('--'))
      throw new Error(`${flag} needs a value (see --help)`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--zadig') args.zadig = value(i++, a);
    else if (a === '--ref') args.ref = value(i++, a);
    else if (a === '--spec') args.spec = value(i++, a);
    else if (a === '--accepted') args.accepted = value(i++, a);
    else if (a === '--write-links') args.writeLinks = true;
    else if (a === '--fix') args.fix = true;
    else if (a === '--releases') args.releases = true;
    else if (a === '--refs') args.refs = value(i++, a).split(',');
    else if (a === '--write-marks') args.writeMarks = true;
    else if (a === '--show-accepted') args.showAccepted = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${a} (see --help)`);
  }
  if (args.help) return args;
  if (!args.zadig) throw new Error('--zadig <checkout or clone of koderover/zadig> is required');
  if ((args.writeMarks || args.refs) && !args.releases)
    throw new Error('--write-marks and --refs need --releases');
  return args;
}

/**
 * The accepted differences: diffKey → reason. An entry names a Go type and its `field` (or `fields`), or an
 * operation (for link differences), the `kind`, optionally the `direction` (both when absent), and a reason.
 */
export function loadAccepted(file) {
  if (!existsSync(file)) return new Map();
  const doc = YAML.parse(readFileSync(file, 'utf8')) ?? {};
  const out = new Map();
  (doc.accepted ?? []).forEach((entry, i) => {
    const where = `${file}: accepted[${i}]`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where}: not a mapping`);
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      throw new Error(`${where}: reason is missing`);
    if (!KINDS.includes(entry.kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`);
    if (entry.direction !== undefined && !['request', 'response'].includes(entry.direction)) {
      throw new Error(`${where}: direction must be request or response`);
    }
    const fields = entry.fields ?? (entry.field === undefined ? [] : [entry.field]);
    if (!entry.operation && (!entry.type || fields.length === 0))
      throw new Error(`${where}: needs type and field (or operation)`);
    for (const direction of entry.direction ? [entry.direction] : ['request', 'response']) {
      if (entry.operation)
        out.set(diffKey({ operation: entry.operation, direction, kind: entry.kind }), entry.reason.trim());
      for (const field of fields)
        out.set(diffKey({ type: entry.type, field, direction, kind: entry.kind }), entry.reason.trim());
    }
  });
  return out;
}

const KINDS = ['missing', 'extra', 'kind', 'null', 'absent', 'required', 'marked', 'link', 'unlinked'];

function sourceOf(zadig, ref) {
  if (ref) return gitSource(zadig, ref);
  if (existsSync(join(zadig, 'go.mod'))) return checkoutSource(zadig);
  if (existsSync(join(zadig, 'HEAD')) && statSync(zadig).isDirectory()) return gitSource(zadig, 'HEAD');
  throw new Error(`${zadig}: neither a checkout (no go.mod) nor a git repository`);
}

export const formatDiff = (d) =>
  d.kind === 'link' || d.kind === 'unlinked'
    ? `${d.kind}: ${d.operation} ${d.direction}: ${d.message} (${d.where})`
    : `${d.kind}: ${d.type}.${d.field} (${d.operation} ${d.direction} ${d.path ?? d.field}): ${d.message} (${d.where})`;

/** Runs one release; returns the lines to print and whether every difference is accepted. */
export async function runOnce({ source, specDir, accepted, showAccepted = false, release, tracked }) {
  const parser = await goParser();
  const reader = createSpecReader(specDir);
  const result = checkRelease({ source, parser, reader, specDir, release, tracked });
  const lines = [];
  let open = 0;
  for (const d of result.diffs) {
    const reason = accepted.get(diffKey(d));
    if (reason === undefined) {
      open++;
      lines.push(formatDiff(d));
    } else if (showAccepted) lines.push(`${formatDiff(d)} [accepted: ${reason}]`);
  }
  const linkedOps = new Set(result.links.filter((l) => l.linked).map((l) => l.operation));
  lines.push(
    `operations: ${linkedOps.size} linked, fields: ${result.fields.length} checked, differences: ${result.diffs.length} (${result.diffs.length - open} accepted)`,
  );
  return { ...result, lines, open, linkedOps };
}

/** The command: prints through `log` and resolves to the exit code (0 clean, 1 unaccepted differences). */
export async function main(argv, log = console.log) {
  const args = parseArgs(argv);
  if (args.help) {
    log(USAGE);
    return 0;
  }
  const specDir = resolve(args.spec ?? defaultSpecDir);
  const accepted = loadAccepted(resolve(args.accepted ?? join(specDir, 'server-structs-accepted.yaml')));
  if (args.releases) {
    const runs = [];
    let failed = false;
    const refs = args.refs ?? TRACKED;
    for (const ref of refs) {
      const run = await runOnce({
        source: gitSource(args.zadig, ref),
        specDir,
        accepted,
        release: ref,
        tracked: refs,
      });
      log(`${ref}: ${run.lines[run.lines.length - 1]}; ${run.open} not accepted`);
      // The newest release and main must be clean; older releases only report.
      if (run.open && refs.indexOf(ref) >= refs.length - 2) failed = true;
      runs.push({ release: ref, run });
    }
    const marks = fieldMarks(runs, refs);
    for (const m of marks)
      log(
        `${m.where}: ${[m.since && `since ${m.since}`, m.until && `until ${m.until}`].filter(Boolean).join(', ')}`,
      );
    if (args.writeMarks) log(`marked ${writeFieldMarks(specDir, marks)} properties`);
    return failed ? 1 : 0;
  }
  // A tracked tag is checked as that release; a checkout or any other ref as the development branch.
  const release = TRACKED.includes(args.ref) ? args.ref : 'main';
  const run = await runOnce({
    release,
    tracked: TRACKED,
    source: sourceOf(args.zadig, args.ref),
    specDir,
    accepted,
    showAccepted: args.showAccepted,
  });
  if (args.writeLinks) {
    let written = 0;
    for (const op of run.ops) {
      for (const direction of ['request', 'response']) {
        const media = op[direction];
        const link = run.links.find((l) => l.operation === op.operationId && l.direction === direction);
        if (!media || media.node['x-zadig-go-type'] || !link?.derived?.length) continue;
        // A shared response or body serves other operations too: its mark would link them all.
        if (media.file !== op.file) {
          log(
            `not written: ${op.operationId} ${direction} is shared (${relative(specDir, media.file)}); inline it to link it`,
          );
          continue;
        }
        const value = link.derived.length === 1 ? link.derived[0] : `[${link.derived.join(', ')}]`;
        if (setMapEntries(media.file, media.path, { 'x-zadig-go-type': value })) written++;
      }
    }
    log(`wrote ${written} x-zadig-go-type marks`);
  }
  if (args.fix) {
    const open = run.diffs.filter((d) => !accepted.has(diffKey(d)));
    const skipped = fixDifferences(open);
    for (const { diff, why } of skipped) log(`not fixed: ${formatDiff(diff)}: ${why}`);
    log(
      `fixed ${open.filter((d) => d.fix).length - skipped.length} differences (missing fields, null, unchecked required); run again to check`,
    );
  }
  for (const line of run.lines) log(line);
  return run.open ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`check-server-structs: ${error.message}`);
      process.exit(2);
    },
  );
}
