// zadigctl's version, set by the build (tsup) and by the test config (vitest), both from package.json.
declare const __ZADIGCTL_VERSION__: string;

export const VERSION: string = typeof __ZADIGCTL_VERSION__ === 'string' ? __ZADIGCTL_VERSION__ : '0.0.0-dev';
