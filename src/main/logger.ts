/**
 * The main process logger: one line per event on stdout/stderr, with a time and a scope.
 * Messages name what happened, never personal data (file contents, record text): logs end up in
 * support tickets.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export type Logger = {
  info: (message: string, details?: unknown) => void;
  warn: (message: string, details?: unknown) => void;
  error: (message: string, details?: unknown) => void;
};

function describe(details: unknown): string {
  if (details === undefined) return '';
  if (details instanceof Error) return ` — ${details.stack ?? details.message}`;
  try {
    return ` — ${JSON.stringify(details)}`;
  } catch {
    return ' — (details could not be serialised)';
  }
}

function write(level: LogLevel, scope: string, message: string, details: unknown): void {
  const line = `${new Date().toISOString()} ${level.toUpperCase()} [${scope}] ${message}${describe(details)}`;
  // eslint-disable-next-line no-console -- the logger is the one place that writes to the console
  console[level](line);
}

/** Returns a logger whose lines carry `scope` (e.g. `ipc`, `protocol`). */
export function createLogger(scope: string): Logger {
  return {
    info: (message, details) => write('info', scope, message, details),
    warn: (message, details) => write('warn', scope, message, details),
    error: (message, details) => write('error', scope, message, details),
  };
}
