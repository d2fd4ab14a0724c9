import { type ReactNode, useEffect, useState } from 'react';
import { ErrorPanel } from './components/ErrorPanel';
import { Loading } from './components/Loading';
import { ProjectPicker, useProjects } from './components/ProjectPicker';
import { ReleasePlans } from './components/ReleasePlans';
import { VersionDetail } from './components/VersionDetail';
import { VersionList } from './components/VersionList';

type Tab = 'versions' | 'plans';

/** The versions tab: the project's versions, and the one opened. */
function Versions({ projectKey }: { projectKey: string }) {
  const [version, setVersion] = useState<string | undefined>();
  return (
    <div className="split">
      <VersionList projectKey={projectKey} selected={version} onSelect={setVersion} />
      {version ? (
        <VersionDetail projectKey={projectKey} versionName={version} />
      ) : (
        <p className="hint">Open a version to see its services and images.</p>
      )}
    </div>
  );
}

/** The page: header with the project picker and tabs, then versions or release plans. */
export function App({ target, initialProject }: { target: string; initialProject: string }) {
  const projects = useProjects();
  const [projectKey, setProjectKey] = useState(initialProject);
  const [tab, setTab] = useState<Tab>('versions');
  const first = projects.state === 'ok' ? projects.data[0]?.project_key : undefined;
  useEffect(() => {
    if (!projectKey && first) setProjectKey(first);
  }, [projectKey, first]);

  let versions: ReactNode;
  if (projects.state === 'loading') versions = <Loading what="projects" />;
  else if (projects.state === 'error') {
    versions = <ErrorPanel error={projects.error} what="projects" onRetry={projects.reload} />;
  } else if (projects.data.length === 0) {
    versions = <p className="empty">No projects: this token cannot see any project.</p>;
  } else if (projectKey) {
    // Keyed by project: another project starts again on page 1 with nothing opened.
    versions = <Versions key={projectKey} projectKey={projectKey} />;
  }

  return (
    <>
      <header className="top">
        <h1>Zadig dashboard</h1>
        <span className="target" title="API base URL">
          {target}
        </span>
        {projects.state === 'ok' && projects.data.length > 0 ? (
          <ProjectPicker projects={projects.data} value={projectKey} onChange={setProjectKey} />
        ) : null}
      </header>
      <nav className="tabs" aria-label="Views">
        <button type="button" aria-pressed={tab === 'versions'} onClick={() => setTab('versions')}>
          Versions
        </button>
        <button type="button" aria-pressed={tab === 'plans'} onClick={() => setTab('plans')}>
          Release plans
        </button>
      </nav>
      <main>{tab === 'plans' ? <ReleasePlans /> : versions}</main>
    </>
  );
}
