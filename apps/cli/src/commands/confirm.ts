// Destructive commands (deletes, restarts, scaling to zero) say what they touch before anything is sent, and
// are confirmed: on a terminal by typing the target's name (as `gh repo delete` asks), elsewhere by --yes with
// the target named on the command line. A value zadigctl filled in itself (the default project) never
// confirms anything: a script that forgot `-p` must not delete whatever project the profile points at.
import type { Setting } from '../config/profile-settings.js';
import { confirm, prompt } from '../config/terminal.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import type { Command } from './catalog.js';
import { boundParameters, isPaging, PROJECT_FLAG, positionHint } from './flags.js';

/** The values of a call, as collected from the command line (and defaults). */
export interface CallParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
  /** Flags whose value was not given but taken from a default, with where it came from. */
  defaulted?: Record<string, Setting>;
}

/** Scaling a workload to zero stops it: as destructive as a delete. */
function scalesToZero(command: Command, body: unknown): boolean {
  return (
    command.operation.operationId === 'scaleEnvironmentWorkload' &&
    (body as { target_replicas?: unknown } | undefined)?.target_replicas === 0
  );
}

/** Whether the call needs confirmation: the operation is destructive, or this body makes it so. */
export function isDestructive(command: Command, body: unknown): boolean {
  return command.destructive || scalesToZero(command, body);
}

function shown(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

/** What the call touches, as `label value` rows (flags by their zadigctl names, body fields by theirs). */
function rowsOf(command: Command, parts: CallParts): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const { parameter, flag } of boundParameters(command)) {
    if (isPaging(command, parameter.name)) continue;
    const value = parts[parameter.in as 'path' | 'query']?.[parameter.name];
    if (value === undefined) continue;
    const from = parts.defaulted?.[flag];
    const row: [string, string] = [flag, `${shown(value)}${from ? ` (from ${from.source})` : ''}`];
    // The project is the scope everything else lives in: first.
    if (flag === PROJECT_FLAG) rows.unshift(row);
    else rows.push(row);
  }
  if (parts.body && typeof parts.body === 'object' && !Array.isArray(parts.body)) {
    for (const [field, value] of Object.entries(parts.body)) {
      const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
      if (scalar(value) || (Array.isArray(value) && value.every(scalar))) rows.push([field, shown(value)]);
    }
  }
  return rows;
}

/** The parameter or body field whose value is typed to confirm, and that value. */
function confirmationName(command: Command, parts: CallParts): { label: string; value: string } | undefined {
  const bound = boundParameters(command);
  const given = (name: string): unknown => {
    const p = bound.find((b) => b.parameter.name === name)?.parameter;
    if (p) return parts[p.in as 'path' | 'query']?.[name];
    return (parts.body as Record<string, unknown> | undefined)?.[name];
  };
  const pathNames = command.operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const name = command.naming.confirm ?? command.args.at(-1) ?? pathNames.at(-1);
  if (name === undefined) return undefined;
  const value = given(name);
  if (value === undefined) return undefined;
  const label = bound.find((b) => b.parameter.name === name)?.flag ?? name;
  return { label, value: shown(value) };
}

/** How to name a defaulted flag on the command line: the flag, or its place as an argument. */
function howToName(command: Command, flag: string): string {
  const bound = boundParameters(command).find((b) => b.flag === flag);
  const short = flag === PROJECT_FLAG ? '-p/' : '';
  return `${short}--${flag}${bound ? positionHint(command, bound.parameter.name) : ''}`;
}

/**
 * Prints what a destructive call touches to stderr and has it confirmed; throws (nothing sent) otherwise.
 * `yes` is --yes. Without it, a terminal (stdin and stderr) asks for the target's name to be typed.
 */
export async function confirmDestructive(
  io: IO,
  command: Command,
  parts: CallParts,
  yes: boolean,
): Promise<void> {
  if (!isDestructive(command, parts.body)) return;
  const where = `zadigctl ${command.module} ${command.verb}`;
  const terminal = Boolean(io.stdin.isTTY && io.stderr.isTTY);
  const defaulted = Object.entries(parts.defaulted ?? {});
  if (!yes && !terminal) {
    const name = defaulted.map(([flag]) => ` and name the target with ${howToName(command, flag)}`).join('');
    throw new UsageError(
      `refusing to ${command.verb} without confirmation: \`${where}\` is destructive`,
      `Pass --yes to confirm when not running in a terminal${name}.`,
    );
  }
  // Confirmed without typing: every part of the target must be on the command line.
  if (yes) {
    const [flag, setting] = defaulted[0] ?? [];
    if (flag && setting) {
      throw new UsageError(
        `\`${where}\` needs its ${flag} named on the command line: with --yes, the default ${flag} (${setting.value}, from ${setting.source}) is not used`,
        `Give ${howToName(command, flag)}, e.g. --${flag} ${setting.value}.`,
      );
    }
  }
  const rows = rowsOf(command, parts);
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  io.stderr.write(
    `${where}: ${command.operation.summary}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}\n`).join('')}`,
  );
  if (yes) return;
  const expected = confirmationName(command, parts);
  const question = expected
    ? `This cannot be undone. Type the ${expected.label} (${expected.value}) to confirm: `
    : 'This cannot be undone. Type yes to confirm: ';
  const answer = (await prompt(io, question)).trim();
  const wanted = expected?.value ?? 'yes';
  if (answer !== wanted) {
    throw new CliError(
      `cancelled: ${answer ? `${JSON.stringify(answer)} is not ${JSON.stringify(wanted)}` : 'nothing typed'}; nothing was sent`,
      ExitCode.Usage,
    );
  }
}

/**
 * `zadigctl api -X DELETE` on a terminal asks first (y/N), unless --yes; scripts (no terminal) send it, as
 * `gh api` does: the raw call is named in full on its command line.
 */
export async function confirmApiDelete(io: IO, method: string, target: string, yes: boolean): Promise<void> {
  if (method !== 'DELETE' || yes || !(io.stdin.isTTY && io.stderr.isTTY)) return;
  if (!(await confirm(io, `Send DELETE ${target}? This cannot be undone.`))) {
    throw new CliError('cancelled; nothing was sent', ExitCode.Usage);
  }
}
