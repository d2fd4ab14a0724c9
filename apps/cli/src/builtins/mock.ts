// `zadigctl mock start|stop|status`: the shared mock server that `--mock` commands use.
import { ExitCode, UsageError } from '../exit-codes.js';
import { DURATION_FORMS, parseDuration } from '../model/duration.js';
import { HELP_FLAG } from '../model/global-flags.js';
import { flagsHelp } from '../model/options.js';
import type { CommandSpec } from '../model/types.js';
import type { BuiltinContext } from './index.js';

export const MOCK_COMMANDS: CommandSpec[] = [
  {
    path: ['mock', 'start'],
    summary: 'Start the shared mock server in the background (the first --mock command does it too)',
    flags: [
      {
        name: 'idle',
        type: 'string',
        value: '<duration>',
        duration: true,
        description: `stop after this long without a --mock command (default 15m): ${DURATION_FORMS}`,
      },
      HELP_FLAG,
    ],
    positionals: [],
  },
  {
    path: ['mock', 'stop'],
    summary: 'Stop the shared mock server',
    flags: [HELP_FLAG],
    positionals: [],
  },
  {
    path: ['mock', 'status'],
    summary: 'Show whether the shared mock server runs, where, and until when',
    flags: [
      {
        name: 'output',
        short: 'o',
        type: 'string',
        value: '<format>',
        enum: ['table', 'json'],
        description: 'table or json',
      },
      {
        name: 'jq',
        short: 'q',
        type: 'string',
        value: '<filter>',
        description: 'filter the JSON status with a jq expression',
      },
      HELP_FLAG,
    ],
    positionals: [],
  },
];

const HELP = `The mock server --mock commands use: the Zadig simulator (@zadig-ts/simulator), a Zadig in memory
whose answers agree with each other: a version created by one command is listed by the next, a workflow run
goes queued, running, passed. It starts in the background with the first --mock command, is reused by later
ones, and stops (forgetting what changed) after 15 minutes without use, or with \`zadigctl mock stop\`.

Usage: zadigctl mock <command>

${MOCK_COMMANDS.map((c) => `  ${(c.path[1] ?? '').padEnd(8)} ${c.summary}`).join('\n')}

Its address is kept in $XDG_STATE_HOME/zadigctl/mock.json (default ~/.local/state/zadigctl).
`;

export async function run({ command: spec, line, help, io }: BuiltinContext): Promise<number> {
  if (!spec) {
    io.stdout.write(HELP);
    return help ? ExitCode.Ok : ExitCode.Usage;
  }
  const where = `zadigctl mock ${spec.path[1]}`;
  const { values, positionals } = line;
  if (help) {
    io.stdout.write(
      `${spec.summary}\n\nUsage: ${where}${spec.flags.length > 1 ? ' [flags]' : ''}\n\n${flagsHelp(spec.flags)}\n`,
    );
    return ExitCode.Ok;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} for \`${where}\``);
  const shared = await import('../mock/shared.js');
  const { mockStatePath } = await import('../mock/state.js');
  switch (spec.path[1]) {
    case 'start': {
      const idle =
        typeof values.idle === 'string' ? parseDuration('--idle', values.idle) : shared.DEFAULT_IDLE_MS;
      const { url, started } = await shared.sharedMock(io, idle);
      io.stdout.write(`${started ? 'Started' : 'Already running'}: ${url}\n`);
      return ExitCode.Ok;
    }
    case 'stop': {
      const stopped = await shared.stopMock(io);
      io.stdout.write(stopped ? 'Stopped the mock server.\n' : 'The mock server is not running.\n');
      return ExitCode.Ok;
    }
    default: {
      const state = await shared.runningMock(io);
      const { stat } = await import('node:fs/promises');
      const used = state ? (await stat(mockStatePath(io.env)).catch(() => undefined))?.mtimeMs : undefined;
      const report = state
        ? {
            running: true,
            url: state.url,
            pid: state.pid,
            version: state.version,
            startedAt: new Date(state.startedAt).toISOString(),
            stopsAt: new Date((used ?? state.startedAt) + state.idleMs).toISOString(),
          }
        : { running: false };
      if (values.output === 'json' || typeof values.jq === 'string') {
        const { writeJson } = await import('../output/json-out.js');
        await writeJson(io, report, typeof values.jq === 'string' ? values.jq : undefined);
      } else if (state) {
        io.stdout.write(
          `running at ${report.url} (pid ${state.pid}, zadigctl ${state.version}); stops at ${'stopsAt' in report ? report.stopsAt : ''} unless used\n`,
        );
      } else io.stdout.write('not running (the next --mock command starts it)\n');
      return state ? ExitCode.Ok : ExitCode.Failure;
    }
  }
}
