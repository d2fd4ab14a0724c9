// The floor: the same GET as `zadigctl releases list` with node:http alone, printing the list.
import { request } from 'node:http';

const url = new URL(
  '/openapi/delivery/releases?projectKey=demo&pageNum=1&pageSize=20',
  process.env.ZADIG_URL,
);
request(url, { headers: { authorization: `Bearer ${process.env.ZADIG_TOKEN}` } }, (response) => {
  let text = '';
  response.setEncoding('utf8');
  response.on('data', (chunk) => {
    text += chunk;
  });
  response.on('end', () => process.stdout.write(`${JSON.stringify(JSON.parse(text), null, 2)}\n`));
}).end();
