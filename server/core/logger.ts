// Structured JSON logs (readable lines in development: LOG_FORMAT=pretty). Nothing personal goes
// in: callers log ids, kinds and counts, and the redaction list below is a second line of defence
// for secrets that might slip into an object.
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type TLogger = Logger;

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type TLogFormat = (typeof LOG_FORMATS)[number];

/** JSON for machines (production, test, log shippers); one readable line per entry for a person at a terminal. */
export function defaultLogFormat(nodeEnv: string): TLogFormat {
  return nodeEnv === 'development' ? 'pretty' : 'json';
}

/** Readable lines on stdout: time, level, message, then the fields (redaction happens before, in pino). */
function prettyStream(): DestinationStream {
  return pretty({
    // Synchronous, so the last lines before process.exit are not lost.
    sync: true,
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service',
    singleLine: true,
  });
}

export function createLogger(options: { level?: string; destination?: DestinationStream; format?: TLogFormat } = {}): TLogger {
  const destination = options.destination ?? (options.format === 'pretty' ? prettyStream() : undefined);
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'samvirke' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'authorization',
          '*.authorization',
          'password',
          '*.password',
          'token',
          '*.token',
          'accessToken',
          'refreshToken',
          '*.accessToken',
          '*.refreshToken',
          'email',
          '*.email',
          'variables',
          '*.variables',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
