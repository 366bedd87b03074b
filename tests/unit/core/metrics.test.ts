// The metrics' pure parts: METRICS_* configuration, the bounded label values (error codes, route
// classes, root fields of a parsed operation) and the constant-time token check.
import { describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import { ConfigError, loadConfig } from '../../../server/config.js';
import { countedErrorCode } from '../../../server/core/metrics.js';
import { buildSchema } from '../../../server/graphql/schema.js';
import { rootFieldNames } from '../../../server/modules/metrics/graphql-metrics.js';
import { bearerMatches, routeClass } from '../../../server/modules/metrics/metrics.http.js';

const noFiles = (p: string): string => {
  throw new Error(`unexpected read of ${p}`);
};
const TOKEN = 'a'.repeat(32);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ env, readFile: noFiles });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('METRICS_PORT, METRICS_HOST and METRICS_TOKEN', () => {
  it('are off unless set: /metrics is then 404', () => {
    expect(loadConfig({ env: {}, readFile: noFiles }).metrics).toEqual({ port: null, host: '127.0.0.1', token: null });
  });

  it('reads a port (0 for any free one), a host and a token', () => {
    expect(loadConfig({ env: { METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: ` ${TOKEN}\n` }, readFile: noFiles }).metrics).toEqual({ port: 9464, host: '0.0.0.0', token: TOKEN });
    expect(loadConfig({ env: { METRICS_PORT: '0', HOST: '10.0.0.5' }, readFile: noFiles }).metrics).toEqual({ port: 0, host: '10.0.0.5', token: null });
    expect(loadConfig({ env: { METRICS_TOKEN_FILE: '/run/secrets/metrics' }, readFile: () => `${TOKEN}\n` }).metrics.token).toBe(TOKEN);
  });

  it('refuses a short or odd token, a port out of range or equal to PORT, and a host without a port, naming each', () => {
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual([expect.stringMatching(/^METRICS_TOKEN must be 32 to 512 characters/)]);
    expect(problemsOf({ METRICS_TOKEN: `${TOKEN} ${TOKEN}` })).toEqual([expect.stringMatching(/^METRICS_TOKEN must be/)]);
    expect(problemsOf({ METRICS_PORT: '70000' })).toEqual([expect.stringMatching(/^METRICS_PORT must be a whole number from 0 to 65535/)]);
    expect(problemsOf({ PORT: '8080', METRICS_PORT: '8080' })).toEqual([expect.stringMatching(/^METRICS_PORT must differ from PORT/)]);
    expect(problemsOf({ METRICS_HOST: '0.0.0.0' })).toEqual([expect.stringMatching(/^METRICS_HOST is only used with METRICS_PORT/)]);
    expect(problemsOf({ METRICS_TOKEN_FILE: '/nowhere' })).toEqual([expect.stringMatching(/^METRICS_TOKEN_FILE points to a file that cannot be read/)]);
  });
});

describe('bounded label values', () => {
  it('counts the documented error codes by name and anything else as OTHER', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'INTERNAL_SERVER_ERROR']) expect(countedErrorCode(code)).toBe(code);
    for (const code of ['MADE_UP_BY_A_CLIENT', 'unauthenticated', '', undefined, 42, { code: 'FORBIDDEN' }]) expect(countedErrorCode(code)).toBe('OTHER');
  });

  it('names a route class, never a path', () => {
    expect(routeClass('POST', '/graphql')).toBe('graphql');
    expect(routeClass('GET', '/readyz')).toBe('probe');
    expect(routeClass('GET', '/calendar/secret-feed-token.ics')).toBe('calendar_feed');
    expect(routeClass('GET', '/operations/0193c5e2-id.ics')).toBe('operation_ics');
    expect(routeClass('GET', '/statistics/2025.csv')).toBe('statistics_csv');
    expect(routeClass('GET', '/referrals/0193c5e2-id')).toBe('web_client');
    expect(routeClass('PUT', '/anything/else')).toBe('other');
  });

  it('takes the root fields of an operation from the schema: through fragments, aliases resolved, each once, nothing unknown', () => {
    const schema = buildSchema();
    const fieldsOf = (source: string) => {
      const document = parse(source);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
      return rootFieldNames(schema, document, operation).sort();
    };
    expect(fieldsOf('query ClientName { a: me { id } b: me { id } __typename }')).toEqual(['me']);
    expect(fieldsOf('query { ...F ... on Query { jobs { name } } } fragment F on Query { x: referrals { totalCount } ...F }')).toEqual(['jobs', 'referrals']);
    expect(fieldsOf('mutation { login(email: "", password: "") { accessToken } notAField }')).toEqual(['login']);
    expect(fieldsOf('subscription { me { id } }')).toEqual([]);
  });
});

describe('the metrics token', () => {
  it('matches only "Bearer <token>" exactly', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    for (const header of [undefined, '', TOKEN, `bearer ${TOKEN}`, `Bearer ${TOKEN} `, `Bearer ${TOKEN.slice(1)}`, 'Bearer ']) expect(bearerMatches(header, TOKEN), String(header)).toBe(false);
  });
});
