/**
 * Structured JSON-lines logging and per-module tracing, switched on like grpc-js's GRPC_TRACE:
 * CALLVAULT_TRACE=capture,vad (or "all"). Secrets never reach here: pass ids, not keys or passwords.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function enabledTracers(): Set<string> {
  return new Set((process.env.CALLVAULT_TRACE ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}
let tracers = enabledTracers();
const minLevel = LEVELS[(process.env.CALLVAULT_LOG_LEVEL as Level) ?? 'info'] ?? LEVELS.info;
let sink: (line: string) => void = (line) => process.stderr.write(line + '\n');

/** Redirects log output (tests, the appliance's log file). */
export function setLogSink(next: (line: string) => void): void {
  sink = next;
}

/** Re-reads CALLVAULT_TRACE (tests change it at run time). */
export function reloadTraceSettings(): void {
  tracers = enabledTracers();
}

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** Emitted only when this module's tracer is enabled. */
  trace(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(module: string): Logger {
  const write = (level: Level | 'trace', msg: string, fields?: Record<string, unknown>) => {
    sink(JSON.stringify({ t: new Date().toISOString(), level, module, msg, ...fields }));
  };
  const at = (level: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] >= minLevel) write(level, msg, fields);
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    trace: (msg, fields) => {
      if (tracers.has(module) || tracers.has('all')) write('trace', msg, fields);
    },
  };
}
