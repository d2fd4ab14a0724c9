import type { Item } from '@zadig-ts/client';
import { useZadig } from '../client-context';
import { type ApiState, useApi } from '../use-api';

/** A project as `listProjects` lists it. */
export type Project = Item<'listProjects'>;

/** Every project the token can see, all pages of `listProjects`. */
export function useProjects(): ApiState<Project[]> & { reload: () => void } {
  const zadig = useZadig();
  return useApi('projects', async (signal) => {
    const all: Project[] = [];
    for await (const project of zadig.paginate('listProjects', {}, { pageSize: 100, signal }))
      all.push(project);
    return all;
  });
}

interface Props {
  projects: Project[];
  value: string;
  onChange: (projectKey: string) => void;
}

/** The project select of the header. */
export function ProjectPicker({ projects, value, onChange }: Props) {
  return (
    <label className="project-picker">
      Project{' '}
      <select aria-label="Project" value={value} onChange={(event) => onChange(event.target.value)}>
        {projects.map((project) => (
          <option key={project.project_key} value={project.project_key}>
            {project.project_name} ({project.project_key})
          </option>
        ))}
      </select>
    </label>
  );
}
