// `zadigctl audit`: the audit log of write requests, as a table (newest last) or JSON lines.
import { readFile } from 'node:fs/promises';
import { type AuditEntry, auditPath } from '../audit/log.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { tableView } from '../io.js';
import { HELP_FLAG } from '../model/global-flags.js';
import { flagsHelp } from '../model/options.js';
import type { CommandSpec } from '../model/types.js';
import { writeJson } from '../output/json-out.js';
import { renderTable } from '../output/table.js';
import type { BuiltinContext } from './index.js';

export const AUDIT_COMMAND: CommandSpec = {
  path: ['audit'],
  summary: 'Show the log of write requests zadigctl sent (audit trail)',
  flags: [
    {
      name: 'limit',
      short: 'L',
      type: 'string',
      value: '<n>',
      description: 'show only the last n entries (default 50; 0 for all)',
    },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      value: '<format>',
      enum: ['table', 'json'],
      description: 'table (default) or json (one object per line)',
    },
    {
      name: 'jq',
      short: 'q',
      type: 'string',
      value: '<filter>',
      description: 'filter the entries (an array) with a jq expression',
    },
    HELP_FLAG,
  ],
  positionals: [],
};

const HELP = `${AUDIT_COMMAND.summary}.

Usage: zadigctl audit [--limit <n>] [-o table|json]

Every request other than GET that zadigctl sends to a Zadig server (not --dry-run, not --mock) is appended
to $XDG_STATE_HOME/zadigctl/audit.log (default ~/.local/state/zadigctl/audit.log, mode 0600) as one JSON
line: time, profile, server, method, path, query, status, request id, operationId. Never the token or the
body.

${flagsHelp(AUDIT_COMMAND.flags)}
`;

export async function run({ line, help, io }: BuiltinContext): Promise<number> {
  const { values, positionals } = line;
  if (help) {
    io.stdout.write(HELP);
    return ExitCode.Ok;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} for \`zadigctl audit\``);
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new UsageError(`--limit: expected a whole number, got ${JSON.stringify(values.limit)}`);
  const output = (values.output as string | undefined) ?? 'table';
  if (output !== 'table' && output !== 'json')
    throw new UsageError(`--output: expected table or json, got ${JSON.stringify(output)}`);
  const path = auditPath(io.env);
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const lines = text.split('\n').filter((l) => l.trim());
  const shown = limit === 0 ? lines : lines.slice(-limit);
  if (typeof values.jq === 'string') {
    const entries = shown.flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
    await writeJson(io, entries, values.jq);
    return ExitCode.Ok;
  }
  if (output === 'json') {
    io.stdout.write(shown.length ? `${shown.join('\n')}\n` : '');
    return ExitCode.Ok;
  }
  if (!shown.length) {
    io.stderr.write(`No write requests recorded yet (${path}).\n`);
    return ExitCode.Ok;
  }
  const rows = shown.map((line) => {
    try {
      return JSON.parse(line) as AuditEntry;
    } catch {
      return { time: '?', server: '', method: '', path: line, status: 0 } as AuditEntry;
    }
  });
  io.stdout.write(
    renderTable(
      rows as unknown as Record<string, unknown>[],
      ['time', 'profile', 'method', 'path', 'status', 'operationId', 'requestId', 'server'],
      tableView(io),
    ),
  );
  return ExitCode.Ok;
}
