// Failed sign-ins are counted inside the login resolver, per e-mail and per client address:
// slowed after LOGIN_SLOW_AFTER failures, locked out after LOGIN_LOCK_AFTER, whatever the
// request looks like (aliases, simultaneous requests, e-mail spelt differently).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, signIn, type TBuiltUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TGraphQLResponse, type TTestServer } from '../../support/test-server.js';
import { MINUTE, auditRowsFor, errorShape, login, nextAddress } from './auth-helpers.js';

const SLOW_AFTER = 2;
const LOCK_AFTER = 5;
// A shared address (an office behind NAT) gets more room than one e-mail.
const ADDRESS_LOCK_AFTER = 8;
const LOCK_MINUTES = 15;
const WINDOW_MINUTES = 10;

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      LOGIN_SLOW_AFTER: String(SLOW_AFTER),
      LOGIN_LOCK_AFTER: String(LOCK_AFTER),
      LOGIN_ADDRESS_LOCK_AFTER: String(ADDRESS_LOCK_AFTER),
      LOGIN_LOCK_MINUTES: String(LOCK_MINUTES),
      LOGIN_WINDOW_MINUTES: String(WINDOW_MINUTES),
      LOGIN_DELAY_MS: '100',
    },
  });
});
afterAll(async () => {
  await server.close();
});

const WRONG = 'this-is-not-the-password';

/** One sign-in attempt and the delays the server asked for while handling it. */
async function attempt(credentials: { email: string; password: string }, address: string) {
  const before = server.sleeps.length;
  const res = await login(server, credentials, { address });
  return { res, code: errorCode(res), sleeps: server.sleeps.slice(before) };
}

async function failTimes(user: { email: string }, address: string, times: number) {
  for (let i = 0; i < times; i += 1) expect((await attempt({ email: user.email, password: WRONG }, address)).code).toBe('UNAUTHENTICATED');
}

async function inboxKinds(token: string): Promise<string[]> {
  const res = await server.gql<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }', {}, { token });
  return res.body.data!.notifications.map((n) => n.kind);
}

describe('slowing', () => {
  it(`adds no delay to the first ${SLOW_AFTER} failures, then a delay that grows with each failure`, async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const delays: number[][] = [];
    for (let i = 0; i < LOCK_AFTER; i += 1) {
      const { code, sleeps } = await attempt({ email: user.email, password: WRONG }, address);
      expect(code).toBe('UNAUTHENTICATED');
      delays.push(sleeps);
    }
    expect(delays.slice(0, SLOW_AFTER)).toEqual([[], []]);
    const slowed = delays.slice(SLOW_AFTER);
    for (const sleeps of slowed) expect(sleeps).toHaveLength(1);
    const values = slowed.map((sleeps) => sleeps[0]!);
    expect(values[0]).toBeGreaterThan(0);
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeGreaterThan(values[i - 1]!);
  });

  it('slows the right password as much as a wrong one, and a success clears the count of the e-mail', async () => {
    const user = await buildUser(server);
    await failTimes(user, nextAddress(), SLOW_AFTER);
    const right = await attempt(user, nextAddress());
    expect(right.code).toBeUndefined();
    expect(right.sleeps).toHaveLength(1);
    expect(right.sleeps[0]).toBeGreaterThan(0);

    // The e-mail starts from zero again: the next failures are not slowed.
    const address = nextAddress();
    for (let i = 0; i < SLOW_AFTER; i += 1) expect((await attempt({ email: user.email, password: WRONG }, address)).sleeps).toEqual([]);
  });
});

describe('locking out', () => {
  it('locks the account after the limit, even for the right password and from anywhere, and tells its owner once', async () => {
    const user = await buildUser(server);
    const earlier = await signIn(server, user);
    const address = nextAddress();
    await failTimes(user, address, LOCK_AFTER);

    const locked = await attempt(user, address);
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.res.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(LOCK_MINUTES * 60);
    expect(locked.res.body.data ?? null).toBeNull();
    expect((await attempt(user, nextAddress())).code).toBe('RATE_LIMITED');
    expect((await attempt({ email: user.email, password: WRONG }, nextAddress())).code).toBe('RATE_LIMITED');

    expect(await inboxKinds(earlier.accessToken)).toEqual(['ACCOUNT_LOCKED']);

    const audit = auditRowsFor(server, user.id).filter((row) => row.outcome === 'DENIED');
    expect(audit.filter((row) => row.action === 'LOGIN' && row.details?.includes('BAD_CREDENTIALS'))).toHaveLength(LOCK_AFTER);
    expect(audit.filter((row) => row.action === 'LOGIN_LOCKOUT')).toHaveLength(1);
    expect(audit.filter((row) => row.action === 'LOGIN' && row.details?.includes('LOCKED_OUT'))).toHaveLength(2);
  });

  it('lets the user in again once the lock period is over', async () => {
    const user = await buildUser(server);
    await failTimes(user, nextAddress(), LOCK_AFTER);
    expect((await attempt(user, nextAddress())).code).toBe('RATE_LIMITED');

    server.clock.advance(LOCK_MINUTES * MINUTE - 1000);
    const stillLocked = await attempt(user, nextAddress());
    expect(stillLocked.code).toBe('RATE_LIMITED');
    expect(stillLocked.res.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(1);

    server.clock.advance(2000);
    const again = await attempt(user, nextAddress());
    expect(again.code).toBeUndefined();
    expect(again.res.body.data?.login.user.id).toBe(user.id);
  });

  it('locks out an unknown e-mail exactly like a known one', async () => {
    const known = await buildUser(server);
    const unknown = { email: `nobody-${known.id}@cmm.test`, password: WRONG };
    const knownAddress = nextAddress();
    const unknownAddress = nextAddress();
    for (let i = 0; i < LOCK_AFTER + 2; i += 1) {
      const a = await attempt({ email: known.email, password: WRONG }, knownAddress);
      const b = await attempt(unknown, unknownAddress);
      expect(errorShape(b.res)).toEqual(errorShape(a.res));
      expect(b.sleeps).toEqual(a.sleeps);
      expect(a.code).toBe(i < LOCK_AFTER ? 'UNAUTHENTICATED' : 'RATE_LIMITED');
    }
  });

  it('locks out a client address that tries many e-mails, without telling the owner of the last one', async () => {
    const bystander = await buildUser(server);
    const earlier = await signIn(server, bystander);
    const address = nextAddress();
    for (let i = 0; i < ADDRESS_LOCK_AFTER; i += 1) {
      expect((await attempt({ email: `guess-${i}-${bystander.id}@cmm.test`, password: WRONG }, address)).code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt(bystander, address)).code).toBe('RATE_LIMITED');
    expect((await attempt({ email: `guess-new-${bystander.id}@cmm.test`, password: WRONG }, address)).code).toBe('RATE_LIMITED');

    // The account itself is not locked: from elsewhere its owner signs in, and is not alarmed.
    expect((await attempt(bystander, nextAddress())).code).toBeUndefined();
    expect(await inboxKinds(earlier.accessToken)).toEqual([]);
  });

  it('counts the e-mail however it is spelt', async () => {
    const user = await buildUser(server);
    const spellings = [user.email, user.email.toUpperCase(), ` ${user.email} `];
    for (let i = 0; i < LOCK_AFTER; i += 1) {
      expect((await attempt({ email: spellings[i % spellings.length]!, password: WRONG }, nextAddress())).code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt(user, nextAddress())).code).toBe('RATE_LIMITED');
  });

  it(`forgets failures older than the ${WINDOW_MINUTES}-minute window`, async () => {
    const user = await buildUser(server);
    await failTimes(user, nextAddress(), LOCK_AFTER - 1);
    server.clock.advance(WINDOW_MINUTES * MINUTE + 1000);
    await failTimes(user, nextAddress(), LOCK_AFTER - 1);
    expect((await attempt(user, nextAddress())).code).toBeUndefined();
  });
});

describe('no way around the count', () => {
  function aliasedLogins(user: TBuiltUser, passwords: string[]): string {
    const fields = passwords.map((password, i) => `a${i}: login(email: ${JSON.stringify(user.email)}, password: ${JSON.stringify(password)}) { accessToken }`);
    return `mutation { ${fields.join(' ')} }`;
  }

  function codesOf(res: TGraphQLResponse<unknown>): unknown[] {
    return (res.body.errors ?? []).map((error) => error.extensions?.code);
  }

  it('counts every aliased login of one request: aliases buy no extra guesses', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    // 14 wrong guesses and the right password last, as many times as it takes to be locked out.
    const passwords = [...Array.from({ length: 14 }, (_, i) => `${WRONG}-${i}`), user.password];
    const codes: unknown[] = [];
    for (let request = 0; request < LOCK_AFTER + 1 && !codes.includes('RATE_LIMITED'); request += 1) {
      const res = await server.gql<Record<string, { accessToken: string } | null>>(aliasedLogins(user, passwords), {}, { headers: { 'x-forwarded-for': address } });
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.length).toBeGreaterThan(0);
      codes.push(...codesOf(res));
    }
    // Exactly LOCK_AFTER passwords were checked; every later alias is refused unchecked.
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LOCK_AFTER);
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED')).toBe(true);
    const denied = auditRowsFor(server, user.id).filter((row) => row.action === 'LOGIN' && row.details?.includes('BAD_CREDENTIALS'));
    expect(denied).toHaveLength(LOCK_AFTER);
    expect((await attempt(user, nextAddress())).code).toBe('RATE_LIMITED');
  });

  it('counts simultaneous requests: no more than the limit of passwords is checked', async () => {
    const user = await buildUser(server);
    const results = await Promise.all(Array.from({ length: LOCK_AFTER + 3 }, () => attempt({ email: user.email, password: WRONG }, nextAddress())));
    const codes = results.map((r) => r.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LOCK_AFTER);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(3);
  });
});
