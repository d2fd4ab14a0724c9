import type { OperationOutput } from '@zadig-ts/client';
import { useZadig } from '../client-context';
import { formatTime } from '../format';
import { useApi } from '../use-api';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';
import { StatusBadge } from './StatusBadge';

type Image = OperationOutput<'getRelease'>['services'][number]['images'][number];

function PushState({ image }: { image: Image }) {
  if (!image.push_image) return <StatusBadge status={undefined} label="not pushed" />;
  if (image.status === 'passed') return <StatusBadge status="passed" label="pushed" />;
  return <StatusBadge status={image.status} label={image.status ? `push ${image.status}` : 'push pending'} />;
}

/** A version's facts, services, images (source -> target, pushed or not) and errors. */
export function VersionDetail({ projectKey, versionName }: { projectKey: string; versionName: string }) {
  const zadig = useZadig();
  const release = useApi(`${projectKey}:${versionName}`, (signal) =>
    zadig.call('getRelease', { projectKey, versionName }, { signal }),
  );
  if (release.state === 'loading') return <Loading what={`version ${versionName}`} />;
  if (release.state === 'error') {
    return <ErrorPanel error={release.error} what={`version ${versionName}`} onRetry={release.reload} />;
  }
  const version = release.data;
  const errors = [
    ...(version.error ? [`Version: ${version.error}`] : []),
    ...version.services.flatMap((service) => [
      ...(service.error ? [`${service.service_name}: ${service.error}`] : []),
      ...service.images
        .filter((image) => image.error)
        .map((image) => `${service.service_name}/${image.container_name}: ${image.error}`),
    ]),
  ];
  return (
    <article className="detail" aria-label={`Version ${version.version}`}>
      <h2>
        Version {version.version} <StatusBadge status={version.status} />
      </h2>
      <dl className="facts">
        <div>
          <dt>Type</dt>
          <dd>{version.type}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>
            {version.source ?? 'unknown'}
            {version.env_name
              ? ` (${version.production ? 'production ' : ''}environment ${version.env_name})`
              : ''}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            {[formatTime(version.created_at), version.created_by ? `by ${version.created_by}` : '']
              .filter(Boolean)
              .join(' ') || '—'}
          </dd>
        </div>
        {version.labels?.length ? (
          <div>
            <dt>Labels</dt>
            <dd>
              {version.labels.map((label) => (
                <span key={label} className="label">
                  {label}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {version.desc ? (
          <div>
            <dt>Description</dt>
            <dd>{version.desc}</dd>
          </div>
        ) : null}
      </dl>
      {errors.length > 0 ? (
        <div className="error-panel" role="alert">
          <p className="error-title">Errors</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="ok-note">No errors.</p>
      )}
      <h3>Services ({version.services.length})</h3>
      {version.services.length === 0 ? <p className="empty">This version has no services.</p> : null}
      {version.services.map((service) => (
        <section
          key={service.service_name}
          className="service"
          aria-label={`Service ${service.service_name}`}
        >
          <h4>
            {service.service_name}
            {service.chart_name ? (
              <span className="muted">
                {' '}
                chart {service.chart_name} {service.chart_version}
              </span>
            ) : null}
          </h4>
          {service.images.length === 0 ? (
            <p className="empty">No images.</p>
          ) : (
            <table className="list images">
              <thead>
                <tr>
                  <th>Container</th>
                  <th>Source image</th>
                  <th aria-label="to" />
                  <th>Target image</th>
                  <th>Push</th>
                </tr>
              </thead>
              <tbody>
                {service.images.map((image) => (
                  <tr key={image.container_name}>
                    <td>{image.container_name}</td>
                    <td className="mono">{image.source_image ?? ''}</td>
                    <td>→</td>
                    <td className="mono">{image.target_image}</td>
                    <td>
                      <PushState image={image} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
