/**
 * One JSON line per event on standard error. Never pass personal data (names, addresses,
 * serial numbers, keys, GraphQL variables): log ids, codes, statuses and durations.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel = (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info', write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const threshold = ORDER[level] ?? ORDER.info;
  const log = (at: LogLevel) => (event: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] >= threshold) write(JSON.stringify({ time: new Date().toISOString(), level: at, event, ...fields }));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
