// Where the dashboard sends its requests. The page's query (?api=…&token=…&prefer=…) wins over the Vite
// environment (VITE_ZADIG_URL, VITE_ZADIG_TOKEN); without either, requests go to the page's own origin,
// where the dev server's proxy forwards /openapi and /api to Zadig and adds the token itself.

/** What the client is created with. */
export interface DashboardConfig {
  /** Absolute base URL of the Zadig API. */
  baseUrl: string;
  /** API token, when the browser has to send it (not with the dev proxy). */
  token: string | undefined;
  /** Extra headers on every request, e.g. `Prefer: code=500` to make a Prism mock answer an error. */
  headers: Record<string, string>;
}

/** Reads the configuration from a query string, Vite's env and the page origin. */
export function readConfig(
  search: string,
  env: { VITE_ZADIG_URL?: string; VITE_ZADIG_TOKEN?: string },
  origin: string,
): DashboardConfig {
  const query = new URLSearchParams(search);
  const pick = (value: string | null | undefined) => (value ? value : undefined);
  const prefer = pick(query.get('prefer'));
  return {
    baseUrl: pick(query.get('api')) ?? pick(env.VITE_ZADIG_URL) ?? origin,
    token: pick(query.get('token')) ?? pick(env.VITE_ZADIG_TOKEN),
    headers: prefer ? { prefer } : {},
  };
}
