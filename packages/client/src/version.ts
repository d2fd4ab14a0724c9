declare const __ZADIG_TS_VERSION__: string;

/** Version of @zadig-ts/client (set at build time from package.json). */
export const VERSION: string = typeof __ZADIG_TS_VERSION__ === 'string' ? __ZADIG_TS_VERSION__ : '0.0.0-dev';
