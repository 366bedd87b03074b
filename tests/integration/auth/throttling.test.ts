// Sign-in throttling that an attacker cannot turn against the users (issue 15 § 2, ADR 0012).
// Each scenario of the issue is here with its figure, before (the old lock) and now:
//  - 11 parallel wrong passwords from anywhere locked the user out for 15 minutes → the owner
//    signs in at once from their own address, after a 1 000 ms wait (0 ms with a second factor);
//  - 51 made-up e-mails from one address locked out everyone behind it → colleagues sign in with
//    0 ms of delay and are never queued;
//  - after 20 failures from an address every colleague there waited 4 s → 0 ms;
//  - parallel attempts were not slowed → 20 parallel guesses wait exactly what 20 serial ones
//    wait (0 ×5, then 500 ms doubling to 30 s: 301 500 ms in all), checked one at a time.
// Defaults throughout (5 per pair, 10 per account, 500 ms doubling to 30 s, 15-minute window),
// except the address limit (20 instead of 200, so the test need not fail 200 times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginAttempts, users } from '../../../db/schema/index.js';
import { buildUser, type TBuiltUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { MINUTE, auditRowsFor, errorShape, login, nextAddress, totpCode } from './auth-helpers.js';
import { NotificationsDocument } from '../../gql/generated/graphql.js';

const ADDRESS_SLOW_AFTER = 20;
const WRONG = 'this-is-not-the-password';

let server: TTestServer;
/** While set, every delay waits for the test to let it go (to hold attackers in the gate). */
let hold: Promise<void> | null = null;
beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_ADDRESS_SLOW_AFTER: String(ADDRESS_SLOW_AFTER) }, sleep: () => hold ?? Promise.resolve() });
});
afterAll(async () => {
  await server.close();
});

/** One sign-in attempt and the delays the server asked for while handling it. */
async function attempt(credentials: { email: string; password: string; totp?: string }, address: string) {
  const before = server.sleeps.length;
  const res = await login(server, credentials, { address });
  return { res, code: errorCode(res), sleeps: server.sleeps.slice(before) };
}

async function failTimes(email: string, address: string, times: number) {
  for (let i = 0; i < times; i += 1) expect((await attempt({ email, password: WRONG }, address)).code).toBe('UNAUTHENTICATED');
}

/** The delay each LOGIN record of a user says it waited, in the order they were written. */
function recordedDelays(userId: string, outcome: 'ALLOWED' | 'DENIED'): number[] {
  return auditRowsFor(server, userId)
    .filter((row) => row.action === 'LOGIN' && row.outcome === outcome)
    .map((row) => JSON.parse(row.details!).delayedMs as number);
}

async function inboxKinds(user: TBuiltUser, address: string): Promise<string[]> {
  const token = (await attempt(user, address)).res.body.data!.login.accessToken;
  const res = await server.as({ token })(NotificationsDocument);
  return res.body.data!.notifications.map((n) => n.kind);
}

describe('the pair (account, address) first', () => {
  it('5 free failures, then 500 ms doubling with each failure up to 30 s; the right password waits its turn and signs in', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const delays: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { code, sleeps } = await attempt({ email: user.email, password: WRONG }, address);
      expect(code).toBe('UNAUTHENTICATED');
      delays.push(sleeps[0] ?? 0);
    }
    expect(delays).toEqual([0, 0, 0, 0, 0, 500, 1000, 2000, 4000, 8000, 16_000, 30_000]);
    const right = await attempt(user, address);
    expect(right.code).toBeUndefined();
    expect(right.sleeps).toEqual([30_000]);
    // A success starts the pair afresh (the account keeps its count for the window).
    expect((await attempt({ email: user.email, password: WRONG }, address)).sleeps).toEqual([2000]);
  });

  it('an unknown e-mail is slowed exactly like a known one, with the same answer', async () => {
    const known = await buildUser(server);
    const unknown = `nobody-${known.id}@cmm.test`;
    const [a1, a2] = [nextAddress(), nextAddress()];
    for (let i = 0; i < 8; i += 1) {
      const a = await attempt({ email: known.email, password: WRONG }, a1);
      const b = await attempt({ email: unknown, password: WRONG }, a2);
      expect(errorShape(b.res)).toEqual(errorShape(a.res));
      expect(b.sleeps).toEqual(a.sleeps);
    }
  });

  it('counts the e-mail however it is spelt', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const spellings = [user.email, user.email.toUpperCase(), ` ${user.email} `];
    for (let i = 0; i < 5; i += 1) await attempt({ email: spellings[i % 3]!, password: WRONG }, address);
    expect((await attempt(user, address)).sleeps).toEqual([500]);
  });

  it('forgets failures after the 15-minute window, and keeps no counter of them', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    await failTimes(user.email, address, 7);
    const rowsBefore = server.deps.db.select().from(loginAttempts).all().length;
    expect(rowsBefore).toBeGreaterThanOrEqual(3);
    server.clock.advance(15 * MINUTE);
    expect((await attempt(user, address)).sleeps).toEqual([]);
    // The next failure anywhere removes every counter whose window is over: no history of addresses.
    await attempt({ email: `someone-${user.id}@cmm.test`, password: WRONG }, nextAddress());
    expect(server.deps.db.select().from(loginAttempts).all()).toHaveLength(3);
  });
});

describe('account-wide: a growing delay, never a lock', () => {
  it('11 parallel wrong passwords from 11 addresses: all are checked, none refused; the owner then signs in from their own address after 1 000 ms and is told once', async () => {
    const user = await buildUser(server);
    const results = await Promise.all(Array.from({ length: 11 }, () => attempt({ email: user.email, password: WRONG }, nextAddress())));
    expect(results.map((r) => r.code)).toEqual(Array(11).fill('UNAUTHENTICATED'));
    const own = nextAddress();
    const owner = await attempt(user, own);
    expect(owner.code).toBeUndefined();
    expect(owner.sleeps).toEqual([1000]);
    expect(await inboxKinds(user, own)).toEqual(['SIGN_IN_SLOWED']);
    // 15 minutes later (the old lock's length) nothing is left of it.
    server.clock.advance(15 * MINUTE);
    expect((await attempt(user, own)).sleeps).toEqual([]);
  });

  it('however many failures from everywhere, the owner waits at most 30 s, and not at all with a second factor', async () => {
    const plain = await buildUser(server);
    const withTotp = await buildUser(server);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'; // 20 bytes, as enrolTotp makes them (otplib 13 refuses fewer than 16)
    server.deps.sqlite.prepare('update users set totp_secret = ?, totp_enabled = 1 where id = ?').run(secret, withTotp.id);
    for (const user of [plain, withTotp]) {
      await Promise.all(Array.from({ length: 40 }, () => attempt({ email: user.email, password: WRONG }, nextAddress())));
    }
    const owner = await attempt(plain, nextAddress());
    expect(owner.code).toBeUndefined();
    expect(owner.sleeps).toEqual([30_000]);
    const second = await attempt({ ...withTotp, totp: totpCode(server, secret) }, nextAddress());
    expect(second.code).toBeUndefined();
    expect(second.sleeps).toEqual([]);
    // A wrong code is no way around it: that attempt waits like any other.
    server.clock.advance(30_000);
    expect((await attempt({ ...withTotp, totp: '000000' }, nextAddress())).sleeps).toEqual([30_000]);
  });
});

describe('parallel attempts take their turns', () => {
  it('20 parallel guesses on one account from one address wait what 20 serial ones wait (301 500 ms), one checked at a time', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt({ email: user.email, password: WRONG }, address)));
    expect(results.every((r) => r.code === 'UNAUTHENTICATED')).toBe(true);
    const delays = recordedDelays(user.id, 'DENIED');
    expect(delays).toEqual([0, 0, 0, 0, 0, 500, 1000, 2000, 4000, 8000, 16_000, ...Array(9).fill(30_000)]);
    expect(delays.reduce((a, b) => a + b, 0)).toBe(301_500);
  });

  it('a right password held in its delay is checked against the account as it is after the wait: deactivated meanwhile, refused', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    await failTimes(user.email, address, 5);
    let letGo!: () => void;
    hold = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const sleepsBefore = server.sleeps.length;
    const held = attempt(user, address);
    while (server.sleeps.length === sleepsBefore) await new Promise((resolve) => setImmediate(resolve));
    // The account was read (active) before the delay; it is deactivated while the attempt waits.
    server.deps.db.update(users).set({ active: false }).where(eq(users.id, user.id)).run();
    hold = null;
    letGo();
    const { res, sleeps } = await held;
    expect(sleeps).toEqual([500]);
    expect(errorShape(res).extensions?.reason).toBe('BAD_CREDENTIALS');
    expect(recordedDelays(user.id, 'ALLOWED')).toEqual([]);
  });

  it('12 concurrent correct sign-ins of one user: all sign in, none delayed', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(user, address)));
    expect(results.map((r) => r.code)).toEqual(Array(12).fill(undefined));
    expect(recordedDelays(user.id, 'ALLOWED')).toEqual(Array(12).fill(0));
  });
});

describe('one address, many accounts (an office behind NAT)', () => {
  it('51 made-up e-mails from the office address: every colleague there still signs in with 0 ms', async () => {
    const office = nextAddress();
    const colleagues = await Promise.all(Array.from({ length: 5 }, () => buildUser(server)));
    for (let i = 0; i < 51; i += 1) expect((await attempt({ email: `made-up-${i}-${office}@cmm.test`, password: WRONG }, office)).code).toBe('UNAUTHENTICATED');
    for (const colleague of colleagues) {
      const res = await attempt(colleague, office);
      expect(res.code).toBeUndefined();
      expect(res.sleeps).toEqual([]);
    }
  });

  it('past the address limit, a failing pair there loses its free attempts (500 ms after its first failure); colleagues are untouched', async () => {
    const office = nextAddress();
    const victim = await buildUser(server);
    const colleague = await buildUser(server);
    for (let i = 0; i < ADDRESS_SLOW_AFTER; i += 1) await attempt({ email: `sprayed-${i}-${office}@cmm.test`, password: WRONG }, office);
    await failTimes(victim.email, office, 1);
    expect((await attempt({ email: victim.email, password: WRONG }, office)).sleeps).toEqual([500]);
    expect((await attempt({ email: victim.email, password: WRONG }, office)).sleeps).toEqual([1000]);
    // From elsewhere the victim's pair is fresh: 3 account failures are far below the account's 10.
    expect((await attempt(victim, nextAddress())).sleeps).toEqual([]);
    expect((await attempt(colleague, office)).sleeps).toEqual([]);
  });

  it('measured: while 20 attackers are held in their delays at the office address, 10 colleague sign-ins there complete, none waiting', async () => {
    const office = nextAddress();
    const victim = await buildUser(server);
    const colleagues = await Promise.all(Array.from({ length: 10 }, () => buildUser(server)));
    await failTimes(victim.email, office, 5);
    let letGo!: () => void;
    hold = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const sleepsBefore = server.sleeps.length;
    const attackers = Array.from({ length: 20 }, () => attempt({ email: victim.email, password: WRONG }, office));
    // The first attacker's delay has started (and holds the pair's only turn).
    while (server.sleeps.length === sleepsBefore) await new Promise((resolve) => setImmediate(resolve));
    const signIns = await Promise.all(colleagues.map((colleague) => attempt(colleague, office)));
    expect(signIns.map((s) => s.code)).toEqual(Array(10).fill(undefined));
    expect(signIns.flatMap((s) => s.sleeps)).toEqual([]);
    // Still only the first attacker's delay: the other 19 wait for the pair's turn, not in front of anyone else.
    expect(server.sleeps.length - sleepsBefore).toBe(1);
    hold = null;
    letGo();
    const done = await Promise.all(attackers);
    expect(done.every((a) => a.code === 'UNAUTHENTICATED')).toBe(true);
  });
});

describe('no history of addresses', () => {
  it('a success stores nothing about its address; the counters hold keyed hashes only', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const before = server.deps.db.select().from(loginAttempts).all().length;
    expect((await attempt(user, address)).code).toBeUndefined();
    expect(server.deps.db.select().from(loginAttempts).all()).toHaveLength(before);
    for (const row of server.deps.db.select().from(loginAttempts).all()) {
      expect(row.key).toMatch(/^(pair|account|address):[0-9a-f]{64}$/);
      expect(row.lockedUntil).toBeNull();
    }
  });
});
