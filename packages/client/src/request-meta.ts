// A Response does not say which request produced it; errors need the method and URL, so the client's
// fetch remembers the request of each response. A WeakMap keeps the Response objects' shape untouched and
// reads the request's URL only when an error needs it.
const requests = new WeakMap<Response, Request>();

interface RequestMeta {
  method: string;
  url: string;
}

export function tagRequest(response: Response, request: Request): Response {
  requests.set(response, request);
  return response;
}

export function requestOf(response: Response): RequestMeta {
  const request = requests.get(response);
  return request ? { method: request.method, url: request.url } : { method: 'REQUEST', url: response.url };
}
