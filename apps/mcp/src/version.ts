declare const __ZADIG_MCP_VERSION__: string | undefined;

/** The package version, set by the build (tsup `define`); `0.0.0-dev` when running from source. */
export const VERSION: string =
  typeof __ZADIG_MCP_VERSION__ === 'string' ? __ZADIG_MCP_VERSION__ : '0.0.0-dev';
