// GET /metrics (issue 16 §3): never public (404 without configuration, the token on the main port,
// or a port of its own), counters that move with real actions over HTTP, gauges read from the
// database at scrape time with the manual clock, and labels that never carry an id, a name, an
// e-mail or anything a client chooses.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMailer } from '../../../server/core/mailer.js';
import { buildReferral, buildSignedInUser, buildUser, MARIA_IONESCU, signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { LoginDocument, ReferralsDocument, RequestPasswordResetDocument, RunJobDocument, VerifyAuditChainDocument } from '../../gql/generated/graphql.js';

const TOKEN = 'metrics-token-0123456789abcdef0123456789abcdef';

type TSample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text exposition. */
function parseSamples(text: string): TSample[] {
  const samples: TSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`Not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name and (at least) these labels; undefined if there is none. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const found = parseSamples(text).filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

async function scrapeMain(server: TTestServer, authorization?: string) {
  return fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
}

describe('without METRICS_TOKEN and METRICS_PORT', () => {
  let server: TTestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 404 on /metrics, with or without a token (not the web client)', async () => {
    expect(server.metricsUrl).toBeNull();
    for (const authorization of [undefined, `Bearer ${TOKEN}`]) {
      const res = await scrapeMain(server, authorization);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('on the main port behind METRICS_TOKEN', () => {
  let server: TTestServer;
  const scrape = async () => {
    const res = await scrapeMain(server, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    return res.text();
  };
  // Mail is never delivered: it stays in the outbox, pending, as with a mail server that is down.
  const downMailer: TMailer = {
    send: async () => {
      throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    },
    close: () => {},
  };

  beforeAll(async () => {
    server = await startTestServer({
      env: { METRICS_TOKEN: TOKEN, LOGIN_SLOW_AFTER: '1', BACKUP_DIR: '/dev/null/no-backups-here' },
      mailer: downMailer,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a scrape without the token or with a wrong one (401), and never lets a path under /metrics through', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`, TOKEN, `bearer ${TOKEN}`]) {
      const res = await scrapeMain(server, authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.text();
      expect(text).not.toContain('samvirke_');
    }
    const post = await fetch(`${server.url}/metrics`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(post.status).toBe(405);
    // Below /metrics is a server route's unknown path (404); /metrics.txt is the web client's page.
    for (const [path, status] of [['/metrics/', 404], ['/metrics/x', 404], ['/metrics.txt', 200]] as const) {
      const other = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(other.status, path).toBe(status);
      expect(await other.text()).not.toContain('samvirke_');
    }
  });

  it('answers the Prometheus text format with the token, process metrics included', async () => {
    const res = await scrapeMain(server, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    for (const name of ['samvirke_process_resident_memory_bytes', 'samvirke_nodejs_eventloop_lag_p99_seconds', 'samvirke_nodejs_heap_size_used_bytes', 'samvirke_audit_uncovered_records', 'samvirke_outbox_oldest_pending_age_seconds']) {
      expect(valueOf(text, name), name).toBeTypeOf('number');
    }
  });

  it('has every metric docs/operations.md § Metrics names, in its tables and its alert rules', async () => {
    const operations = fs.readFileSync(new URL('../../../docs/operations.md', import.meta.url), 'utf8');
    const section = operations.slice(operations.indexOf('\n## Metrics\n'), operations.indexOf('\n## ', operations.indexOf('\n## Metrics\n') + 1));
    const named = new Set([...section.matchAll(/samvirke_[a-z0-9_]*[a-z0-9]\b(?!_\*)/g)].map((m) => m[0]));
    expect(named.size).toBeGreaterThan(15);
    const text = await scrape();
    for (const name of named) {
      const base = name.replace(/_(bucket|count|sum)$/, '');
      expect(text.includes(`# HELP ${name} `) || text.includes(`# HELP ${base} `), name).toBe(true);
    }
  });

  it('times a listing under its root field, and counts the audit records it wrote', async () => {
    const before = await scrape();
    const referrer = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    await buildReferral(server, { referrer: referrer.user });
    const middle = await scrape();
    const res = await server.gql(ReferralsDocument, { first: 10 }, { token: referrer.token });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.referrals.totalCount).toBe(1);
    const after = await scrape();
    const count = (text: string) => valueOf(text, 'samvirke_graphql_request_duration_seconds_count', { operation: 'query', field: 'referrals' }) ?? 0;
    expect(count(after) - count(middle)).toBe(1);
    expect(valueOf(after, 'samvirke_graphql_request_duration_seconds_bucket', { operation: 'query', field: 'referrals', le: '+Inf' })).toBe(count(after));
    const audits = (text: string) => valueOf(text, 'samvirke_audit_records_written_total')!;
    expect(audits(middle)).toBeGreaterThan(audits(before));
    // The listing's read audit (one REFERRAL_SEARCH with its hits) is committed by the group commit.
    expect(audits(after) - audits(middle)).toBeGreaterThanOrEqual(1);
    // Sign-in (the factory's login) is a root field of its own.
    expect(valueOf(after, 'samvirke_graphql_request_duration_seconds_count', { operation: 'mutation', field: 'login' })).toBeGreaterThanOrEqual(1);
  });

  it('counts GraphQL errors by code, from the answer, with unknown codes as OTHER', async () => {
    const before = await scrape();
    const anonymous = await server.gql(ReferralsDocument, { first: 1 });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const broken = await server.gql('{ referrals(first: 1) { edges { node { id } } ');
    expect(errorCode(broken)).toBe('GRAPHQL_PARSE_FAILED');
    const after = await scrape();
    const delta = (code: string) => (valueOf(after, 'samvirke_graphql_errors_total', { code }) ?? 0) - (valueOf(before, 'samvirke_graphql_errors_total', { code }) ?? 0);
    expect(delta('UNAUTHENTICATED')).toBe(1);
    expect(delta('GRAPHQL_PARSE_FAILED')).toBe(1);
    // A request that failed to parse has no root field to time: no label was made from it.
    expect(after).not.toMatch(/field="(edges|node|id)"/);
  });

  it('counts refused sign-ins by reason and slowed attempts by counter', async () => {
    const user = await buildUser(server, { organisationCode: 'CMM' });
    const before = await scrape();
    for (let i = 0; i < 2; i += 1) {
      const res = await server.gql(LoginDocument, { email: user.email, password: 'not-the-password-at-all' });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const after = await scrape();
    const failures = (text: string) => valueOf(text, 'samvirke_sign_in_failures_total', { reason: 'BAD_CREDENTIALS' }) ?? 0;
    expect(failures(after) - failures(before)).toBe(2);
    // LOGIN_SLOW_AFTER=1: the second attempt of the pair waited before its check.
    const slowed = (text: string) => valueOf(text, 'samvirke_sign_in_throttled_total', { by: 'pair' }) ?? 0;
    expect(slowed(after) - slowed(before)).toBe(1);
    expect(server.sleeps.length).toBeGreaterThan(0);
  });

  it('counts job runs and failures by job, and shows each job\'s last run', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const ok = await server.gql(RunJobDocument, { name: 'refresh-token-cleanup' }, { token: admin.token });
    expect(ok.body.data?.runJob.status).toBe('SUCCEEDED');
    // BACKUP_DIR lies under a file: every attempt fails.
    const failed = await server.gql(RunJobDocument, { name: 'backup' }, { token: admin.token });
    expect(failed.body.data?.runJob.status).toBe('FAILED');
    const text = await scrape();
    expect(valueOf(text, 'samvirke_job_runs_total', { job: 'refresh-token-cleanup', outcome: 'succeeded' })).toBe(1);
    expect(valueOf(text, 'samvirke_job_runs_total', { job: 'backup', outcome: 'failed' })).toBe(1);
    expect(valueOf(text, 'samvirke_job_runs_total', { job: 'backup', outcome: 'succeeded' })).toBeUndefined();
    expect(valueOf(text, 'samvirke_job_last_run_failed', { job: 'backup' })).toBe(1);
    expect(valueOf(text, 'samvirke_job_last_run_failed', { job: 'refresh-token-cleanup' })).toBe(0);
    // A job that never ran has no sample.
    expect(valueOf(text, 'samvirke_job_last_run_failed', { job: 'retention' })).toBeUndefined();
  });

  it('shows the outbox depth and the age of its oldest unsent mail at the manual clock', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const user = await buildUser(server, { organisationCode: 'CMM' });
    await server.deps.outbox.idle();
    const before = await scrape();
    const pending = (text: string) => valueOf(text, 'samvirke_outbox_messages', { status: 'pending' })!;
    const res = await server.gql(RequestPasswordResetDocument, { userId: user.id }, { token: admin.token });
    expect(res.body.data?.requestPasswordReset).toBe(true);
    // The worker tried at once (kicked after the commit) and failed: the mail waits for a retry.
    await server.deps.outbox.idle();
    const queued = await scrape();
    expect(pending(queued) - pending(before)).toBe(1);
    expect(valueOf(queued, 'samvirke_outbox_deliveries_total', { outcome: 'retried' })).toBeGreaterThanOrEqual(1);
    server.clock.advance(11 * 60_000);
    const later = await scrape();
    expect(valueOf(later, 'samvirke_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(11 * 60);
    expect(valueOf(later, 'samvirke_outbox_oldest_pending_age_seconds')).toBeLessThan(11 * 60 + 3600);
  });

  it('shows the checkpoint\'s age, the records it does not cover, and the last verification, at the manual clock', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const unprotected = await scrape();
    expect(valueOf(unprotected, 'samvirke_audit_checkpoint_age_seconds')).toBeNaN();
    expect(valueOf(unprotected, 'samvirke_audit_uncovered_records')).toBeGreaterThan(0);
    expect(valueOf(unprotected, 'samvirke_audit_last_verification_ok')).toBeNaN();

    const run = await server.gql(RunJobDocument, { name: 'audit-checkpoint' }, { token: admin.token });
    expect(run.body.data?.runJob.status).toBe('SUCCEEDED');
    // The manual run's own JOB_RUN record came before the checkpoint: everything is covered now.
    const signed = await scrape();
    expect(valueOf(signed, 'samvirke_audit_checkpoint_age_seconds')).toBe(0);
    expect(valueOf(signed, 'samvirke_audit_uncovered_records')).toBe(0);
    expect(valueOf(signed, 'samvirke_audit_oldest_uncovered_record_age_seconds')).toBe(0);

    server.clock.advance(3 * 3600_000);
    const quiet = await scrape();
    expect(valueOf(quiet, 'samvirke_audit_checkpoint_age_seconds')).toBe(3 * 3600);
    // Nothing new to cover: an old checkpoint alone is no reason to alert.
    expect(valueOf(quiet, 'samvirke_audit_oldest_uncovered_record_age_seconds')).toBe(0);

    const auditor = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['AUDITOR'] });
    const verified = await server.gql(VerifyAuditChainDocument, {}, { token: auditor.token });
    expect(verified.body.data?.verifyAuditChain.ok).toBe(true);
    server.clock.advance(2 * 3600_000 + 60_000);
    const stale = await scrape();
    expect(valueOf(stale, 'samvirke_audit_uncovered_records')).toBeGreaterThanOrEqual(1);
    expect(valueOf(stale, 'samvirke_audit_oldest_uncovered_record_age_seconds')).toBe(2 * 3600 + 60);
    expect(valueOf(stale, 'samvirke_audit_checkpoint_age_seconds')).toBe(5 * 3600 + 60);
    expect(valueOf(stale, 'samvirke_audit_last_verification_ok')).toBe(1);
    expect(valueOf(stale, 'samvirke_audit_last_verification_timestamp_seconds')).toBe(server.clock.now().getTime() / 1000 - (2 * 3600 + 60));
  });

  it('never puts a client\'s operation name, an alias, an id, a name or an e-mail in a label', async () => {
    const referrer = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'], name: 'Kirsten Uniquename' });
    const referral = await buildReferral(server, { referrer: referrer.user, subject: MARIA_IONESCU.subject });
    const operationName = 'ClientChosenOperationName7f3a';
    const alias = 'clientChosenAlias9b2c';
    const named = await server.gql(`query ${operationName}($id: ID!) { ${alias}: referral(id: $id) { id } __typename }`, { id: referral.id }, { token: referrer.token });
    expect(named.body.errors).toBeUndefined();
    // An unknown root field is refused before it is resolved, and makes no label either.
    const unknown = await server.gql('{ unknownRootFielde5d1 }', {}, { token: referrer.token });
    expect(errorCode(unknown)).toBe('GRAPHQL_VALIDATION_FAILED');
    const fragment = await server.gql(`query Frag { ...Root } fragment Root on Query { ${alias}x: me { id } }`, {}, { token: referrer.token });
    expect(fragment.body.errors).toBeUndefined();
    const text = await scrape();
    for (const secret of [operationName, alias, 'Frag', 'unknownRootFielde5d1', referral.id, referral.reference, referral.subjectId, referral.pseudonym, referrer.user.id, referrer.user.email, 'Uniquename', MARIA_IONESCU.subject.name, 'Ionescu', TOKEN]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(valueOf(text, 'samvirke_graphql_request_duration_seconds_count', { operation: 'query', field: 'referral' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'samvirke_graphql_request_duration_seconds_count', { operation: 'query', field: 'me' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('field="__typename"');
    // Every label value of the request metrics is a schema field or a fixed word.
    for (const sample of parseSamples(text)) {
      if (sample.name.startsWith('samvirke_graphql_request_duration_seconds')) expect(sample.labels.field).toMatch(/^[a-z][A-Za-z]*$/);
      if (sample.name === 'samvirke_http_requests_total') {
        expect(['graphql', 'probe', 'metrics', 'statistics_csv', 'operation_ics', 'calendar_feed', 'auth', 'dev_mailbox', 'web_client', 'other']).toContain(sample.labels.route);
        expect(sample.labels.status).toMatch(/^\d{3}$/);
      }
    }
    expect(valueOf(text, 'samvirke_http_requests_total', { route: 'metrics', status: '401' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'samvirke_http_requests_total', { route: 'graphql', status: '200' })).toBeGreaterThanOrEqual(1);
  });
});

describe('on METRICS_PORT', () => {
  let server: TTestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_PORT: '0' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves /metrics on its own listener, and nothing else there', async () => {
    expect(server.metricsUrl).not.toBeNull();
    const res = await fetch(server.metricsUrl!);
    expect(res.status).toBe(200);
    expect(valueOf(await res.text(), 'samvirke_audit_uncovered_records')).toBeTypeOf('number');
    const other = await fetch(server.metricsUrl!.replace(/\/metrics$/, '/graphql'));
    expect(other.status).toBe(404);
  });

  it('answers 404 on the main port, even with a token', async () => {
    const res = await scrapeMain(server, `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
  });

  it('counts what the main port answers', async () => {
    await signIn(server, await buildUser(server, { organisationCode: 'CMM' }));
    const text = await (await fetch(server.metricsUrl!)).text();
    expect(valueOf(text, 'samvirke_graphql_request_duration_seconds_count', { operation: 'mutation', field: 'login' })).toBe(1);
  });
});

describe('on METRICS_PORT with METRICS_TOKEN too', () => {
  let server: TTestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_PORT: '0', METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('asks for the token on the metrics port, and the main port stays 404', async () => {
    expect((await fetch(server.metricsUrl!)).status).toBe(401);
    expect((await fetch(server.metricsUrl!, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await scrapeMain(server, `Bearer ${TOKEN}`)).status).toBe(404);
  });
});
