import { readEnv } from './config.js';

/** Where the client writes debug lines. Any object with these methods works (console, pino, winston…). */
export interface ZadigLogger {
  debug(message: string): void;
  warn(message: string): void;
}

/** How much the client logs: `debug` logs every request, retry and timing; `off` (default) nothing. */
export type LogLevel = 'off' | 'warn' | 'debug';

/** The level a `ZADIG_LOG` value names (`debug`, `warn`, `off`, any case); `off` for anything else. */
export function logLevelOf(value: string | undefined): LogLevel {
  const level = value?.trim().toLowerCase();
  return level === 'debug' || level === 'warn' ? level : 'off';
}

/** The level from `ZADIG_LOG` in the process environment, or `off`. */
export function envLogLevel(): LogLevel {
  return logLevelOf(readEnv('ZADIG_LOG'));
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
