// Projects: list (paged), detail, create, delete (with everything in them).
import { badRequest } from '../errors.js';
import type { Project } from '../state/model.js';
import { example, type Handler, page, project, SUCCESS, seconds } from './common.js';

function summary(p: Project) {
  return { project_name: p.name, project_key: p.key, description: p.description, deploy_type: p.deployType };
}

export const projectHandlers: Record<string, Handler> = {
  listProjects(input) {
    const all = [...input.state.projects.values()];
    return { body: { total: all.length, projects: page(all, input.params).map(summary) } };
  },
  getProject(input) {
    const p = project(input, input.params.projectKey);
    return {
      body: {
        ...example(input, 'getProject'),
        project_name: p.name,
        project_key: p.key,
        is_public: p.isPublic,
        desc: p.description,
        deploy_type: p.deployType,
        create_time: seconds(p.createdAt),
        created_by: p.createdBy,
      },
    };
  },
  createProject(input) {
    const { project_key: key, project_name: name, project_type: type, is_public, description } = input.body;
    if (input.state.projects.has(key)) throw badRequest(`project ${key} already exists`);
    input.state.projects.set(key, {
      key,
      name,
      description: description ?? '',
      deployType: type === 'helm' ? 'helm' : 'k8s',
      isPublic: Boolean(is_public),
      createdBy: input.user,
      createdAt: input.now,
    });
    return SUCCESS;
  },
  deleteProject(input) {
    const p = project(input, input.params.projectKey);
    const { state } = input;
    state.projects.delete(p.key);
    const keep = <T extends { projectKey: string }>(list: T[]) => {
      const kept = list.filter((x) => x.projectKey !== p.key);
      list.splice(0, list.length, ...kept);
    };
    keep(state.environments);
    keep(state.tasks);
    keep(state.versions);
    for (const [key, w] of state.workflows) if (w.projectKey === p.key) state.workflows.delete(key);
    return SUCCESS;
  },
};
