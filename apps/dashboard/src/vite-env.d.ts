/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Zadig API base URL the built app calls (default: the page's own origin, for the dev proxy). */
  readonly VITE_ZADIG_URL?: string;
  /** API token baked into the bundle; prefer the dev proxy, which keeps the token on the server. */
  readonly VITE_ZADIG_TOKEN?: string;
}
