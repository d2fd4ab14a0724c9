import type { OperationOutput } from '@zadig-ts/client';
import { useState } from 'react';
import { useZadig } from '../client-context';
import { formatTime } from '../format';
import { useApi } from '../use-api';
import { describeError, ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';
import { Pagination } from './Pagination';
import { PlanDetail } from './PlanDetail';
import { StatusBadge } from './StatusBadge';

type Plan = OperationOutput<'getReleasePlan'>;
type Detail = { ok: true; plan: Plan } | { ok: false; error: unknown };

/**
 * One page of release plans. The list does not carry a plan's status, so each plan on the page is fetched
 * too; a plan that fails to load shows its error in its row.
 */
export function ReleasePlans() {
  const zadig = useZadig();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [selected, setSelected] = useState<string | undefined>();
  const plans = useApi(`${page}:${pageSize}`, async (signal) => {
    const list = await zadig.call('listReleasePlans', { pageNum: page, pageSize }, { signal });
    const details = await Promise.all(
      list.list.map((item) =>
        zadig.call('getReleasePlan', { id: item.id }, { signal }).then(
          (plan): Detail => ({ ok: true, plan }),
          (error: unknown): Detail => ({ ok: false, error }),
        ),
      ),
    );
    return { list, details };
  });

  if (plans.state === 'loading') return <Loading what="release plans" />;
  if (plans.state === 'error') {
    return <ErrorPanel error={plans.error} what="release plans" onRetry={plans.reload} />;
  }
  const { list, details } = plans.data;
  if (list.total === 0 || (list.list.length === 0 && page === 1)) {
    return <p className="empty">No release plans yet.</p>;
  }
  // Details are matched to list items by position: the list's id is what was asked for.
  const chosen = details[list.list.findIndex((item) => item.id === selected)];
  return (
    <div className="split">
      <section aria-label="Release plans">
        <table className="list">
          <thead>
            <tr>
              <th>#</th>
              <th>Plan</th>
              <th>Status</th>
              <th>Manager</th>
              <th>Release window</th>
            </tr>
          </thead>
          <tbody>
            {list.list.map((item, index) => {
              const detail = details[index];
              return (
                <tr key={item.id} className={item.id === selected ? 'selected' : undefined}>
                  <td>{item.index ?? ''}</td>
                  <td>
                    <button type="button" className="link" onClick={() => setSelected(item.id)}>
                      {item.name}
                    </button>
                  </td>
                  <td>
                    {detail?.ok ? (
                      <StatusBadge status={detail.plan.status} />
                    ) : (
                      <span className="inline-error" role="alert">
                        {detail ? describeError(detail.error).message : 'not loaded'}
                      </span>
                    )}
                  </td>
                  <td>{item.manager ?? ''}</td>
                  <td>
                    {detail?.ok && (detail.plan.start_time || detail.plan.end_time)
                      ? `${formatTime(detail.plan.start_time)} – ${formatTime(detail.plan.end_time)}`
                      : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <Pagination
          page={page}
          pageSize={pageSize}
          total={list.total}
          noun={['plan', 'plans']}
          onPage={setPage}
          onPageSize={(size) => {
            setPageSize(size);
            setPage(1);
          }}
        />
      </section>
      {chosen?.ok ? (
        <PlanDetail plan={chosen.plan} />
      ) : (
        <p className="hint">Open a plan to see its timeline.</p>
      )}
    </div>
  );
}
