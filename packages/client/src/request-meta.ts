// A Response does not say which request produced it; errors need the method and URL, so the client's
// fetch records them on the response.
const META = Symbol.for('zadig-ts.request');

interface RequestMeta {
  method: string;
  url: string;
}

export function tagRequest(response: Response, request: Request): Response {
  Object.defineProperty(response, META, { value: { method: request.method, url: request.url } });
  return response;
}

export function requestOf(response: Response): RequestMeta {
  return (
    (response as unknown as Record<symbol, RequestMeta | undefined>)[META] ?? {
      method: 'REQUEST',
      url: response.url,
    }
  );
}
