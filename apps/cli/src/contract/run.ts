// `zadigctl contract run`: everything that can be checked without a server is checked first (flags,
// params file, selection, write bodies), then the plan runs and the reports are written.
import { writeFile } from 'node:fs/promises';
import { createZadigClient, ZadigConfigError } from '@zadig-ts/client';
import type { SpecValidator } from '@zadig-ts/openapi/validator';
import { clientIO } from '../client-io.js';
import { commands, type Operation } from '../commands/catalog.js';
import { connect } from '../config/context.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import { colourOn, type IO } from '../io.js';
import { writeJson } from '../output/json-out.js';
import { redactingFetch } from '../secrets/fetch.js';
import { junitXml } from './junit.js';
import type { RunOptions } from './options.js';
import { EMPTY_PARAMS, type ParamsFile, readParams } from './params-file.js';
import { detectedRelease, namedRelease, skipMissing } from './release.js';
import { renderReport } from './report.js';
import { summarize, summaryLine } from './result.js';
import { FatalRunError, runPlan } from './runner.js';
import { type Planned, select } from './select.js';
import { loadSpec } from './spec.js';

/** The longest an event stream may take to send its headers. */
const STREAM_BUDGET_MS = 5_000;

/** A write is sent only as the params file describes it: every required value and a valid body. */
function checkWrites(plan: Planned[], params: ParamsFile, validator: SpecValidator): void {
  for (const { op, write, skip } of plan) {
    if (!write || skip) continue;
    const own = params.operations[op.operationId];
    for (const p of op.parameters) {
      if (!p.required || (p.in !== 'path' && p.in !== 'query')) continue;
      if (own?.values[p.name] === undefined && params.globals[p.name] === undefined) {
        throw new UsageError(
          `--allow-writes ${op.operationId}: needs ${p.name}; give it under operations.${op.operationId}.${p.name} in the --params file`,
          'Writes never use values found on the server.',
        );
      }
    }
    if (!op.requestBody) continue;
    if (own?.body === undefined) {
      if (!op.requestBody.required) continue;
      throw new UsageError(
        `--allow-writes ${op.operationId}: needs a request body; give it under operations.${op.operationId}.body in the --params file`,
      );
    }
    const violations = validator.requestBody(op.operationId, own.body);
    if (violations.length) {
      const lines = violations.map((v) => `  ${v.pointer || '/'}: ${v.message}`);
      throw new UsageError(
        `operations.${op.operationId}.body in the --params file does not match the ${op.operationId} schema:\n${lines.join('\n')}`,
      );
    }
  }
}

async function writeJunit(file: string, xml: string): Promise<void> {
  try {
    await writeFile(file, xml);
  } catch (error) {
    throw new CliError(
      `--junit: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      ExitCode.Usage,
    );
  }
}

/** Runs the contract check; resolves to the exit code (0 nothing failed, 1 something failed). */
export async function runContract(options: RunOptions, io: IO): Promise<number> {
  const spec = loadSpec();
  const operations: Operation[] = commands.map((c) => c.operation);
  const responsesOf = (op: Operation) => spec.responses(op.method, op.path);
  const params = options.params
    ? await readParams(io, options.params, operations, responsesOf)
    : EMPTY_PARAMS;
  const selected = select(operations, options.selection);
  if (!selected.length)
    throw new UsageError('no operation left to check: --include and --exclude select none');
  const named = await namedRelease(io, options.flags);
  let plan = skipMissing(selected, named);
  const { createSpecValidator } = await import('@zadig-ts/openapi/validator');
  const validator = createSpecValidator(spec.doc);
  checkWrites(plan, params, validator);
  // Fail before the run, not after it, when the report cannot be written.
  if (options.junit) await writeJunit(options.junit, junitXml([]));

  const connection = await connect(options.flags, true, io);
  try {
    const release = named ?? (connection.mock ? undefined : await detectedRelease(io, connection));
    plan = skipMissing(plan, release);
    if (release) {
      const missing = plan.filter((p) => p.skip === `not in ${release.label}`).length;
      const skips = missing
        ? `: ${missing} selected operation${missing === 1 ? '' : 's'} it lacks ${missing === 1 ? 'is' : 'are'} skipped`
        : '';
      io.stderr.write(`Zadig ${release.label} (from ${release.source})${skips}\n`);
    }
    let zadig: ReturnType<typeof createZadigClient>;
    try {
      const fetch = redactingFetch(io, options.flags.showSecrets, connection.baseUrl, connection.fetch);
      zadig = createZadigClient({
        baseUrl: connection.baseUrl,
        token: connection.token,
        maxRetries: 0,
        timeoutMs: options.timeoutMs,
        ...clientIO(io),
        fetch,
      });
    } catch (error) {
      if (error instanceof ZadigConfigError) throw new UsageError(error.message);
      throw error;
    }
    const results = await runPlan(plan, {
      zadig,
      spec,
      validator,
      params,
      operations,
      concurrency: options.concurrency,
      streamBudgetMs: Math.min(options.timeoutMs, STREAM_BUDGET_MS),
      now: io.now(),
    }).catch((error: unknown) => {
      if (error instanceof FatalRunError) throw new CliError(error.message, error.exitCode, error.hint);
      throw error;
    });
    if (options.flags.output === 'json') {
      await writeJson(io, results, options.flags.jq);
      io.stderr.write(`${summaryLine(results)}\n`);
    } else {
      io.stdout.write(renderReport(results, colourOn(io, io.stdout)));
    }
    if (options.junit) await writeJunit(options.junit, junitXml(results));
    return summarize(results).failed ? ExitCode.Failure : ExitCode.Ok;
  } finally {
    await connection.close();
  }
}
