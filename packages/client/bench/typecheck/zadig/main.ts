// A minimal consumer of @zadig-ts/client: one operation method, one raw call, the result used.
import { createZadigClient } from '@zadig-ts/client';

const zadig = createZadigClient({ baseUrl: 'https://zadig.example.com', token: 't' });
const page = await zadig.project.listProjects({ pageNum: 1, pageSize: 10 });
const { data } = await zadig.GET('/openapi/projects/project', {
  params: { query: { pageNum: 1, pageSize: 10 } },
});
export const keys: (string | undefined)[] = [page.projects[0]?.project_key, data?.projects[0]?.project_key];
