import { useState } from 'react';
import { useZadig } from '../client-context';
import { formatTime } from '../format';
import { useApi } from '../use-api';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';
import { Pagination } from './Pagination';
import { StatusBadge } from './StatusBadge';

interface Props {
  projectKey: string;
  selected: string | undefined;
  onSelect: (versionName: string) => void;
}

/** One page of a project's versions with status badges and labels, and the pager. */
export function VersionList({ projectKey, selected, onSelect }: Props) {
  const zadig = useZadig();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const versions = useApi(`${projectKey}:${page}:${pageSize}`, (signal) =>
    zadig.call('listReleases', { projectKey, pageNum: page, pageSize }, { signal }),
  );

  if (versions.state === 'loading') return <Loading what="versions" />;
  if (versions.state === 'error') {
    return <ErrorPanel error={versions.error} what="versions" onRetry={versions.reload} />;
  }
  const { list, total } = versions.data;
  if (total === 0 || (list.length === 0 && page === 1)) {
    return <p className="empty">No versions in project {projectKey} yet.</p>;
  }
  return (
    <section aria-label="Versions">
      {list.length === 0 ? (
        <p className="empty">No versions on this page.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Version</th>
              <th>Status</th>
              <th>Labels</th>
              <th>Source</th>
              <th>Created by</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {list.map((version) => (
              <tr key={version.id} className={version.version_name === selected ? 'selected' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => onSelect(version.version_name)}>
                    {version.version_name}
                  </button>
                </td>
                <td>
                  <StatusBadge status={version.status} />
                </td>
                <td>
                  {(version.labels ?? []).map((label) => (
                    <span key={label} className="label">
                      {label}
                    </span>
                  ))}
                </td>
                <td>{version.source ?? ''}</td>
                <td>{version.created_by ?? ''}</td>
                <td>{formatTime(version.create_time)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        noun={['version', 'versions']}
        onPage={setPage}
        onPageSize={(size) => {
          setPageSize(size);
          setPage(1);
        }}
      />
    </section>
  );
}
