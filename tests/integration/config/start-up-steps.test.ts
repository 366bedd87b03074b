// What every start does to a database that has nothing left to do (issue 12: start-up < 1 s on a
// seeded database): the organisations and indicators are seeded only when something differs, so
// a start writes no transaction for them; a changed or missing one is still put right. And the
// outbox's hold, with which the demo start delivers its seed's mails once the server is ready.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorDefinitions, organisations } from '../../../db/schema/index.js';
import { INDICATORS, seedIndicators } from '../../../server/seed/indicators.js';
import { ORGANISATIONS, seedOrganisations } from '../../../server/seed/organisations.js';
import { requestPasswordReset } from '../../../server/modules/auth/password-reset.service.js';
import { actingAs, buildSignedInUser, buildUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Rows changed on this connection so far (SQLite's own count): a write shows, a read does not. */
const changes = () => (server.deps.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

describe('seeding the organisations and indicators at start', () => {
  it('writes nothing when every organisation and indicator is as seeded', () => {
    const before = changes();
    seedOrganisations(server.deps.db);
    seedIndicators(server.deps.db, server.clock.now());
    expect(changes()).toBe(before);
  });

  it('puts a changed organisation back (name, kind, region) and adds a missing indicator, leaving an edited indicator as the administrator left it', () => {
    const org = ORGANISATIONS.find((o) => o.code === 'FYNPOL')!;
    server.deps.db.update(organisations).set({ name: 'Renamed', region: null }).where(eq(organisations.code, org.code)).run();
    const [first, second] = INDICATORS;
    server.deps.db.update(indicatorDefinitions).set({ labelDa: 'Redigeret af en administrator' }).where(eq(indicatorDefinitions.code, first!.code)).run();
    server.deps.sqlite.prepare('delete from indicator_definitions where code = ?').run(second!.code);

    seedOrganisations(server.deps.db);
    seedIndicators(server.deps.db, server.clock.now());

    const stored = server.deps.db.select().from(organisations).where(eq(organisations.code, org.code)).get();
    expect(stored).toMatchObject({ name: org.name, kind: org.kind, region: org.region });
    const indicators = new Map(server.deps.db.select().from(indicatorDefinitions).all().map((i) => [i.code, i]));
    expect(indicators.get(second!.code)).toMatchObject({ labelDa: second!.labelDa, active: true });
    expect(indicators.get(first!.code)?.labelDa).toBe('Redigeret af en administrator');
    expect(INDICATORS.every((i) => indicators.has(i.code))).toBe(true);

    // And once right again, the next start writes nothing.
    const before = changes();
    seedOrganisations(server.deps.db);
    seedIndicators(server.deps.db, server.clock.now());
    expect(changes()).toBe(before);
  });
});

describe('the outbox hold', () => {
  it('keeps kicks back while held and delivers once released; a second release does nothing more', async () => {
    const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const user = await buildUser(server);
    const mailsTo = () => server.deps.mailbox!.list().filter((m) => m.to === user.email && m.kind === 'PASSWORD_RESET').length;
    const release = server.deps.outbox.hold();
    await requestPasswordReset(actingAs(server, admin.user), { userId: user.id });
    // The reset's commit kicked the outbox; held, nothing is delivered however long one waits.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.deps.outbox.idle();
    expect(mailsTo()).toBe(0);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    await server.deps.outbox.idle();
    expect(mailsTo()).toBe(1);
    release();
    await server.deps.outbox.idle();
    expect(mailsTo()).toBe(1);
  });
});
