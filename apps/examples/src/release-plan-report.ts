// Prints a Markdown report of all release plans: status, manager, release window, approval and jobs.
//
//   tsx src/release-plan-report.ts > release-plans.md
//   tsx src/release-plan-report.ts --mock
import type { OperationOutput, ZadigClient } from '@zadig-ts/client';
import { exitCode, type FlagSpec, parseFlags, positiveInt, runIfEntry } from './lib/cli.js';
import { formatTime } from './lib/format.js';
import type { ScriptIO } from './lib/io.js';
import { cell, table } from './lib/markdown.js';
import { withSession } from './lib/session.js';

const USAGE = `Usage: release-plan-report [options]

Lists every release plan, fetches each one's details and prints a Markdown report to stdout.

Options:
  --page-size <n>          release plans per list request (default 50)
  --concurrency <n>        detail requests in flight at once (default 4)
  --mock                   run against the Zadig simulator instead of ZADIG_URL
  -h, --help               show this help

Environment: ZADIG_URL (e.g. https://zadig.example.com) and ZADIG_TOKEN (API token).`;

const FLAGS: FlagSpec = {
  'page-size': { type: 'string' },
  concurrency: { type: 'string' },
  mock: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

type Plan = OperationOutput<'getReleasePlan'>;
type PlanJob = NonNullable<Plan['jobs']>[number];

/** Maps with at most `limit` calls in flight, keeping the input order. */
async function mapLimit<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function fetchPlans(zadig: ZadigClient, pageSize: number, concurrency: number): Promise<Plan[]> {
  const plans: Plan[] = [];
  for await (const page of zadig.paginate('listReleasePlans', {}, { pageSize }).pages()) {
    plans.push(
      ...(await mapLimit(page.list, concurrency, (item) => zadig.call('getReleasePlan', { id: item.id }))),
    );
  }
  return plans;
}

function window(plan: Plan): string {
  if (!plan.start_time && !plan.end_time) return 'not set';
  return `${formatTime(plan.start_time)} → ${formatTime(plan.end_time)}`;
}

/** Approval as `type: state`, e.g. `native: approved` or `none`. */
function approval(plan: Plan): string {
  const approval = plan.approval;
  if (!approval?.enabled) return 'none';
  return `${approval.type ?? 'unknown'}: ${approval.status || 'not started'}`;
}

function approvers(plan: Plan): string {
  const users = plan.approval?.native_approval?.approve_users ?? [];
  return users
    .map((user) => {
      const name = user.user_name || user.group_name || user.user_id || '?';
      return user.reject_or_approve ? `${name} (${user.reject_or_approve})` : name;
    })
    .join(', ');
}

function jobStatus(job: PlanJob): string {
  const status = job.status || 'not run';
  const spec = job.spec as { task_id?: number; status?: string } | undefined;
  if (job.type !== 'workflow' || !spec?.task_id) return status;
  return `${status} (task #${spec.task_id}${spec.status ? ` ${spec.status}` : ''})`;
}

/** The plan's milestones that happened, in order. */
function timeline(plan: Plan): string {
  const steps: Array<[string, number | undefined]> = [
    ['created', plan.create_time],
    ['planned', plan.planning_time],
    ['approved', plan.approval_time],
    ['executed', plan.executing_time],
    ['succeeded', plan.success_time],
  ];
  return steps
    .filter(([, time]) => time)
    .map(([step, time]) => `${step} ${formatTime(time)}`)
    .join(' → ');
}

function title(plan: Plan): string {
  return `${plan.index !== undefined ? `#${plan.index} ` : ''}${plan.name}`;
}

/** The report: a summary table, then one section per plan with its timeline and jobs. */
function report(plans: Plan[], source: string, now: number): string {
  const out: string[] = ['# Release plans', ''];
  out.push(
    `${plans.length} release plan${plans.length === 1 ? '' : 's'} on ${source}, as of ${formatTime(Math.floor(now / 1000))}.`,
    '',
  );
  if (plans.length === 0) return out.join('\n');
  out.push(
    table(
      ['Plan', 'Status', 'Manager', 'Window', 'Approval', 'Jobs'],
      plans.map((plan) => [
        cell(title(plan)),
        cell(plan.status),
        cell(plan.manager),
        cell(window(plan)),
        cell(approval(plan)),
        cell(plan.jobs?.length ?? 0),
      ]),
    ),
    '',
  );
  for (const plan of plans) {
    out.push(`## ${title(plan)}`, '');
    if (plan.description) out.push(plan.description.replace(/\r?\n/g, ' '), '');
    out.push(`- **Status:** ${plan.status}`);
    out.push(`- **Manager:** ${plan.manager || '—'}`);
    out.push(`- **Window:** ${window(plan)}`);
    const who = approvers(plan);
    out.push(`- **Approval:** ${approval(plan)}${who ? ` (approvers: ${who})` : ''}`);
    out.push(`- **Created:** ${formatTime(plan.create_time)} by ${plan.created_by || '—'}`);
    out.push(`- **Timeline:** ${timeline(plan)}`, '');
    const jobs = plan.jobs ?? [];
    out.push(
      jobs.length
        ? table(
            ['Job', 'Type', 'Status'],
            jobs.map((job) => [cell(job.name), cell(job.type), cell(jobStatus(job))]),
          )
        : '_No jobs._',
      '',
    );
  }
  return out.join('\n');
}

/** Runs release-plan-report with `argv` (without node and the script); resolves to the exit code. */
export function main(argv: string[], io: ScriptIO): Promise<number> {
  return exitCode(USAGE, io, () => releasePlanReport(argv, io));
}

async function releasePlanReport(argv: string[], io: ScriptIO): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const pageSize = positiveInt(flags, 'page-size', 50);
  const concurrency = positiveInt(flags, 'concurrency', 4);
  return withSession(io, { mock: flags.mock === true }, async ({ zadig, baseUrl }) => {
    const plans = await fetchPlans(zadig, pageSize, concurrency);
    io.stdout.write(`${report(plans, baseUrl, io.now())}\n`);
    return 0;
  });
}

// Process entry: `tsx src/release-plan-report.ts …` runs main with the real process (processIO). Importing
// this module, as the tests do to call main in process, runs nothing.
runIfEntry(import.meta.url, main);
