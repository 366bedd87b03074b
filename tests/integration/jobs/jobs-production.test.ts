// With NODE_ENV=production a job cannot be told to pretend another time.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobRuns } from '../../../db/schema/index.js';
import type { TMailer } from '../../../server/core/mailer.js';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { productionEnv } from '../graphql/helpers.js';
import { RunJobDocument } from '../../gql/generated/graphql.js';

const mailer: TMailer = { send: async () => {}, close: () => {} };

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({
    mailer,
    // A configuration that loads in production (real keys); the test server injects its own keys and mailer.
    env: await productionEnv(),
  });
});
afterAll(async () => {
  await server.close();
});


describe('runJob in production', () => {
  it('refuses `at`, naming the field, and runs nothing', async () => {
    expect(server.deps.config.isProduction).toBe(true);
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const res = await server.gql(RunJobDocument, { name: 'refresh-token-cleanup', at: '2030-01-01T00:00:00Z' }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.field).toBe('at');
    expect(server.deps.db.select().from(jobRuns).where(eq(jobRuns.name, 'refresh-token-cleanup')).all()).toEqual([]);
  });

  it('runs the job at the real time without `at`', async () => {
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const res = await server.gql(RunJobDocument, { name: 'refresh-token-cleanup' }, { token });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.runJob).toMatchObject({ status: 'SUCCEEDED', at: server.clock.now().toISOString() });
  });
});
