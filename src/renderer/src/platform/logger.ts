/**
 * The renderer's logger: one line per event, with a time and a scope. Messages name what
 * happened and which record (table and id), never personal data: logs end up in support tickets.
 */
export type Logger = {
  info: (message: string, details?: unknown) => void;
  warn: (message: string, details?: unknown) => void;
  error: (message: string, details?: unknown) => void;
};

type Level = keyof Logger;

function write(level: Level, scope: string, message: string, details: unknown): void {
  const line = `${new Date().toISOString()} ${level.toUpperCase()} [${scope}] ${message}`;
  // eslint-disable-next-line no-console -- the logger is the one place that writes to the console
  if (details === undefined) console[level](line);
  // eslint-disable-next-line no-console -- the logger is the one place that writes to the console
  else console[level](line, details);
}

/** A logger whose lines carry `scope` (e.g. `store`, `identity`). */
export function createLogger(scope: string): Logger {
  return {
    info: (message, details) => write('info', scope, message, details),
    warn: (message, details) => write('warn', scope, message, details),
    error: (message, details) => write('error', scope, message, details),
  };
}
