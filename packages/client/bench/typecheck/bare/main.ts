// The same consumer on bare openapi-fetch with the same `paths` (the client's copy of the spec's types).
import createClient from 'openapi-fetch';
import type { paths } from '../../../dist/schema.cjs';

const client = createClient<paths>({
  baseUrl: 'https://zadig.example.com',
  headers: { Authorization: 'Bearer t' },
});
const first = await client.GET('/openapi/projects/project', {
  params: { query: { pageNum: 1, pageSize: 10 } },
});
const { data } = await client.GET('/openapi/projects/project', {
  params: { query: { pageNum: 1, pageSize: 10 } },
});
export const keys: (string | undefined)[] = [
  first.data?.projects[0]?.project_key,
  data?.projects[0]?.project_key,
];
