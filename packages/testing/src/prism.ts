/** Header in which Prism lists the request's violations of the spec when it rejects a request. */
export const PRISM_VIOLATIONS_HEADER = 'sl-violations';

/** The violations Prism reported for a response, or [] when the request was valid. */
export function prismViolations(response: Response): Array<{ message: string; path?: string[] }> {
  const raw = response.headers.get(PRISM_VIOLATIONS_HEADER);
  return raw ? (JSON.parse(raw) as Array<{ message: string; path?: string[] }>) : [];
}
