import type { OperationOutput } from '@zadig-ts/client';
import { formatTime } from '../format';
import { StatusBadge } from './StatusBadge';

type Plan = OperationOutput<'getReleasePlan'>;

/** Statuses after which a plan moves no further. */
const FINAL = new Set(['success', 'cancel', 'denied', 'timeout']);

interface Step {
  name: string;
  time: number | undefined;
  skipped?: string;
}

function steps(plan: Plan): Step[] {
  return [
    { name: 'Created', time: plan.create_time },
    { name: 'Planning finished', time: plan.planning_time || plan.finish_planning_time },
    {
      name: 'Approved',
      time: plan.approval_time,
      ...(plan.approval?.enabled ? {} : { skipped: 'no approval needed' }),
    },
    { name: 'Executed', time: plan.executing_time },
    { name: 'Succeeded', time: plan.success_time },
  ];
}

/** The plan's timeline (create, planning, approval, executing, success), approval state and jobs. */
export function PlanDetail({ plan }: { plan: Plan }) {
  const timeline = steps(plan);
  const final = FINAL.has(plan.status) || plan.status.endsWith('_failed');
  // The first step not reached yet is where the plan stands, unless it has ended.
  const current = final ? -1 : timeline.findIndex((step) => !step.time && !step.skipped);
  const approval = plan.approval;
  return (
    <article className="detail" aria-label={`Release plan ${plan.name}`}>
      <h2>
        {plan.name} <StatusBadge status={plan.status} />
      </h2>
      <dl className="facts">
        <div>
          <dt>Manager</dt>
          <dd>{plan.manager || '—'}</dd>
        </div>
        <div>
          <dt>Window</dt>
          <dd>
            {plan.start_time || plan.end_time
              ? `${formatTime(plan.start_time)} – ${formatTime(plan.end_time)}`
              : 'not set'}
          </dd>
        </div>
        <div>
          <dt>Approval</dt>
          <dd>
            {approval?.enabled
              ? `${approval.type ?? 'unknown'}: ${approval.status || 'not started'}`
              : 'none'}
          </dd>
        </div>
      </dl>
      <h3>Timeline</h3>
      <ol className="timeline">
        {timeline.map((step, index) => {
          const state = step.time
            ? 'done'
            : step.skipped
              ? 'skipped'
              : index === current
                ? 'current'
                : 'pending';
          return (
            <li key={step.name} className={`step step-${state}`} data-state={state}>
              <span className="step-name">{step.name}</span>
              <span className="step-time">
                {step.time
                  ? formatTime(step.time)
                  : (step.skipped ?? (state === 'current' ? 'in progress' : '—'))}
              </span>
            </li>
          );
        })}
      </ol>
      <h3>Jobs ({plan.jobs?.length ?? 0})</h3>
      {plan.jobs?.length ? (
        <table className="list">
          <thead>
            <tr>
              <th>Job</th>
              <th>Type</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {plan.jobs.map((job) => (
              <tr key={job.id}>
                <td>{job.name}</td>
                <td>{job.type}</td>
                <td>
                  <StatusBadge status={job.status} label={job.status || 'not run'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">No jobs.</p>
      )}
    </article>
  );
}
