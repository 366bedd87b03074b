// Structured JSON logs. Nothing personal goes in: callers log ids, kinds and counts, and the
// redaction list below is a second line of defence for secrets that might slip into an object.
import pino, { type DestinationStream, type Logger } from 'pino';

export type TLogger = Logger;

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): TLogger {
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
    options.destination,
  );
}
