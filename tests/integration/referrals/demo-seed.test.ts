// `npm run demo` seeds a living system: the demo users of API.md and about forty referrals across
// regions, states, urgencies and forms, with a minor, an overdue one, one forwarded to US and one
// in its reflection period, each with its timeline and audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../server/core/audit-actions.js';
import { DEMO_USERS, seedDemo } from '../../../server/seed/demo.js';
import { signIn } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DEMO_PASSWORD: 'demo-password' } });
  await seedDemo(server.deps);
});
afterAll(async () => {
  await server.close();
});

function rows<T>(sql: string): T[] {
  return server.deps.sqlite.prepare(sql).all() as T[];
}

describe('the demo seed', () => {
  it('writes only actions of the audit vocabulary (core/audit-actions.ts), the type checker aside', () => {
    const written = rows<{ action: string }>('select distinct action from audit_events').map((r) => r.action);
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it('creates every demo user of API.md, who can sign in with the demo password', async () => {
    expect(DEMO_USERS).toHaveLength(14);
    for (const user of DEMO_USERS) {
      const session = await signIn(server, { email: user.email, password: 'demo-password' });
      expect(session.accessToken).toBeTruthy();
    }
  });

  it('seeds about forty referrals across states, regions, urgencies and forms', () => {
    const states = rows<{ state: string }>('select distinct state from referrals').map((r) => r.state).sort();
    expect(states).toEqual(['ASSESSED', 'CLOSED', 'DRAFT', 'IN_SUPPORT', 'RECEIVED', 'SUBMITTED', 'UNDER_ASSESSMENT', 'WITHDRAWN']);
    expect(rows<{ n: number }>('select count(*) n from referrals')[0]!.n).toBe(40);
    expect(rows('select distinct region from referrals')).toHaveLength(5);
    expect(rows('select distinct urgency from referrals')).toHaveLength(3);
    expect(rows<{ f: string }>("select distinct value f from referrals, json_each(referrals.suspected_exploitation)").length).toBeGreaterThanOrEqual(5);
  });

  it('includes a minor, an overdue one, one forwarded to US and one in its reflection period', () => {
    expect(rows('select id from referrals where minor = 1').length).toBeGreaterThan(0);
    const now = server.clock.now().toISOString();
    expect(rows(`select id from referrals where state = 'SUBMITTED' and acknowledge_by < '${now}'`).length).toBeGreaterThan(0);
    expect(rows("select distinct referral_id from referral_events where action = 'FORWARD'").length).toBeGreaterThan(0);
    expect(rows("select r.id from referrals r join organisations o on o.id = r.receiving_organisation_id where o.code = 'US'").length).toBeGreaterThan(0);
    expect(rows(`select id from referrals where state = 'IN_SUPPORT' and reflection_starts_on <= '${now.slice(0, 10)}'`).length).toBeGreaterThan(0);
  });

  it('gives every referral its timeline and leaves an intact audit trail', () => {
    expect(rows("select id from referrals r where not exists (select 1 from referral_events e where e.referral_id = r.id and e.action = 'CREATE')")).toHaveLength(0);
    expect(rows<{ n: number }>("select count(*) n from audit_events where action like 'REFERRAL_%'")[0]!.n).toBeGreaterThan(40);
  });

  it('seeds only an empty database', async () => {
    expect(await seedDemo(server.deps)).toEqual({ seeded: false });
    expect(rows<{ n: number }>('select count(*) n from referrals')[0]!.n).toBe(40);
  });
});
