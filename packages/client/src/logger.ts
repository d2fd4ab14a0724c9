import { readEnv } from './config.js';

/** Where the client writes debug lines. Any object with these methods works (console, pino, winston…). */
export interface ZadigLogger {
  debug(message: string): void;
  warn(message: string): void;
}

/** How much the client logs: `debug` logs every request, retry and timing; `off` (default) nothing. */
export type LogLevel = 'off' | 'warn' | 'debug';

/** The level from `ZADIG_LOG` (`debug`, `warn`, `off`), or `off`. */
export function envLogLevel(): LogLevel {
  const value = readEnv('ZADIG_LOG')?.toLowerCase();
  return value === 'debug' || value === 'warn' ? value : 'off';
}

const consoleLogger: ZadigLogger = {
  debug: (message) => console.error(message),
  warn: (message) => console.error(message),
};

/** A logger that drops lines below `level`; every line is prefixed `[zadig]`. */
export function levelled(logger: ZadigLogger | undefined, level: LogLevel): ZadigLogger | undefined {
  if (level === 'off') return undefined;
  const target = logger ?? consoleLogger;
  return {
    debug: level === 'debug' ? (message) => target.debug(`[zadig] ${message}`) : () => {},
    warn: (message) => target.warn(`[zadig] ${message}`),
  };
}
