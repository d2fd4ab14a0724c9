// The request body of an operation command: the one given (--file, a pipe), with -f/-F fields, the canonical
// flags and the default project filled in, `workflow run`'s built from the workflow's definition, checked
// against the schema, and its unknown keys named.
import { defaultProject, type Setting } from '../config/profile-settings.js';
import { UsageError } from '../exit-codes.js';
import { type BodyInput, readBody, validateBody } from '../input/body.js';
import { applyBodyFlags } from '../input/body-flags.js';
import { fieldArgs, mergeFields, parseFieldArgs } from '../input/raw-fields.js';
import type { WorkflowDefinition } from '../input/workflow-run.js';
import type { FlagValue } from '../model/parse.js';
import type { Command } from './catalog.js';
import { bodyMarks, WORKFLOW_RUN } from './flags.js';
import type { OperationArgs } from './operation.js';

/** The body as read from --file or a pipe, not yet checked (flags and fields go in first). */
async function readGivenBody(command: Command, args: OperationArgs): Promise<BodyInput> {
  if (!command.operation.requestBody) return { source: 'the command line' };
  const file = args.values.file as string | undefined;
  // A body piped into the command is the body, as `--file -` would read it.
  if (file === undefined && !args.io.stdin.isTTY) {
    const { readStdin } = await import('../config/terminal.js');
    const text = await readStdin(args.io);
    if (text.trim()) {
      const { parseYaml } = await import('../input/read.js');
      return { body: await parseYaml('stdin', 'stdin', text), source: 'stdin', given: true };
    }
  }
  if (file === undefined) return { source: 'the command line' };
  return { body: await readBody(args.io, file), source: file === '-' ? 'stdin' : file, given: true };
}

/**
 * The request body: the one given, with -f/-F fields and the canonical flags (and the default project) filled
 * in. Built from those alone when the operation needs a body and none was given.
 */
export async function collectBody(
  command: Command,
  args: OperationArgs,
  given: Record<string, FlagValue | undefined>,
  workflowDefinition: (body: Record<string, unknown>) => Promise<WorkflowDefinition>,
): Promise<{ body: unknown; fromBody: Record<string, string>; input: BodyInput; defaulted?: Setting }> {
  const op = command.operation;
  const where = `zadigctl ${command.module} ${command.verb}`;
  const input = await readGivenBody(command, args);
  if (!op.requestBody) return { body: undefined, fromBody: {}, input };
  const fields = fieldArgs(args.values);
  const runsWorkflow = op.operationId === WORKFLOW_RUN;
  let body = input.body;
  if (fields.length && !runsWorkflow)
    body = mergeFields(body, await parseFieldArgs(args.io, fields), input.source);
  const marks = bodyMarks(command);
  const explicit = Object.keys(marks).some((flag) => given[flag] !== undefined);
  const filled = await applyBodyFlags({
    marks,
    given,
    body,
    source: input.source,
    build: explicit || fields.length > 0,
    defaultProject: () => defaultProject(args.io, args.flags.profile),
  });
  body = filled.body;
  if (runsWorkflow && (fields.length || !input.given) && body !== undefined) {
    const { workflowRunBody } = await import('../input/workflow-run.js');
    const run = await workflowRunBody(
      args.io,
      await workflowDefinition(body as Record<string, unknown>),
      body as Record<string, unknown>,
      fields,
      input.source,
      !input.given,
    );
    for (const job of run.skipped) {
      args.io.stderr.write(
        `warning: job ${job} is skipped: its inputs cannot be given as flags; give them in a body file (--file)\n`,
      );
    }
    body = run.body;
  }
  if (body === undefined && op.requestBody.required) {
    throw new UsageError(
      'missing request body: pass --file <path> (YAML or JSON), or pipe it into the command',
      `Run \`${where} --example\` for a body to start from, or --help for its fields.`,
    );
  }
  if (body !== undefined) {
    await validateBody(op.operationId, body, input.source, where);
    await checkKeys(args, command, body, input.source);
  }
  return {
    body,
    fromBody: filled.fromBody,
    input,
    ...(filled.defaulted ? { defaulted: filled.defaulted } : {}),
  };
}

/** Keys the body's schema does not know: a warning, or with --strict an error. */
async function checkKeys(
  args: OperationArgs,
  command: Command,
  body: unknown,
  source: string,
): Promise<void> {
  const { describeUnknown, unknownKeys } = await import('../input/unknown-keys.js');
  const unknown = unknownKeys(command.operation.operationId, body);
  if (!unknown.length) return;
  const lines = describeUnknown(unknown);
  const what = `the body from ${source} has ${unknown.length === 1 ? 'a key' : 'keys'} the ${command.operation.operationId} schema does not know`;
  if (args.values.strict) {
    throw new UsageError(
      `${what}:\n${lines.map((l) => `  ${l}`).join('\n')}`,
      'Fix the names, or leave out --strict to send them anyway (the server ignores them).',
    );
  }
  args.io.stderr.write(
    `warning: ${what} (the server ignores ${unknown.length === 1 ? 'it' : 'them'}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
  );
}
