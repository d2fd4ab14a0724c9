// The old way: the same GET with Node's global fetch (undici), printing the list.
const url = new URL(
  '/openapi/delivery/releases?projectKey=demo&pageNum=1&pageSize=20',
  process.env.ZADIG_URL,
);
const response = await fetch(url, { headers: { authorization: `Bearer ${process.env.ZADIG_TOKEN}` } });
process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
