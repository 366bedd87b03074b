// The failover drill's database half, and backups (issue 17), on one primary with a synchronous
// standby made by scripts/pg-replica.sh (one pair for both: starting one costs seconds).
//
// Backups: a base backup (pg_basebackup) plus the archived WAL restore the database to a chosen
// point. Written: A, then the base backup, then B, the point noted, then C; restored to the
// point: A and B, not C.
//
// Failover: writers under load through the two-host URL, the primary killed (kill -9) mid-load, the
// standby promoted. The writers' connections find the new primary on their own, and every write
// the primary acknowledged is on the promoted server: synchronous replication means a commit is
// acknowledged only once the standby has flushed it. The old primary then rejoins as the new
// standby (pg_rewind).
// Two Samvirke servers under load are the later drill's part; here the writers are plain inserts.
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTiming, delay, startReplicaPair, waitFor, type TReplicaPair, type TTiming } from '../../support/pg-replica.js';
import { skipPostgresServer } from '../../support/postgres.js';

/** Injectable: how often a writer retries after an error and a client reconnects, and the waits. */
type TDrillTiming = TTiming & { retryMs: number };
const timing: TDrillTiming = { ...defaultTiming, retryMs: 20 };
const WRITERS = 4;
const ACKED_BEFORE_KILL = 100;
const ACKED_AFTER_PROMOTE = 25;

type TWriter = {
  sql: Sql;
  acked: Array<{ id: string; at: number }>;
  attempted: string[];
  failures: Array<{ at: number; code: string }>;
  done: Promise<void>;
};

function startWriter(url: string, index: number, stopped: () => boolean): TWriter {
  // One connection per writer, as a server's pool would hold: postgres.js reconnects it itself,
  // trying each host until one is the primary. The backoff is the drill's, not the library's
  // default (which grows to 20 s between attempts).
  const sql = postgres(url, { max: 1, backoff: () => timing.retryMs / 1000, connect_timeout: 5, onnotice: () => {} });
  const writer: TWriter = { sql, acked: [], attempted: [], failures: [], done: Promise.resolve() };
  writer.done = (async () => {
    for (let n = 0; !stopped(); n++) {
      const id = `w${index}-${n}`;
      writer.attempted.push(id);
      try {
        await sql`insert into drill (id, writer) values (${id}, ${index})`;
        writer.acked.push({ id, at: performance.now() });
      } catch (error) {
        writer.failures.push({ at: performance.now(), code: String((error as { code?: string }).code ?? 'unknown') });
        await delay(timing.retryMs);
      }
    }
  })();
  return writer;
}

const count = (writers: TWriter[], after = 0) => writers.reduce((sum, w) => sum + w.acked.filter((a) => a.at > after).length, 0);

describe.skipIf(skipPostgresServer)('a primary with a synchronous standby', () => {
  let pair: TReplicaPair;
  beforeAll(async () => {
    pair = await startReplicaPair();
  }, 120_000);
  afterAll(async () => {
    await pair?.stop();
  });

  it('restores a base backup and the WAL archive to a point in time: what was written before it, nothing after', async () => {
    const sql = postgres(pair.primaryUrl, { max: 1, onnotice: () => {} });
    const table = 'backup_drill';
    try {
      await sql`create table ${sql(table)} (name text primary key)`;
      await sql`insert into ${sql(table)} values ('A')`;
      await pair.backup('base');
      await sql`insert into ${sql(table)} values ('B')`;
      // The point: B's commit is before it, C's after.
      const [point] = await sql<Array<{ time: string }>>`select clock_timestamp()::text as time`;
      await sql`insert into ${sql(table)} values ('C')`;
      // Recovery replays archived WAL only: close the segment holding C and wait for the archiver,
      // as archive_timeout would in production.
      const [closed] = await sql<Array<{ segment: string }>>`select pg_walfile_name(pg_switch_wal()) as segment`;
      await waitFor('the WAL segment to be archived', async () => {
        const [archiver] = await sql<Array<{ last: string | null }>>`select last_archived_wal as last from pg_stat_archiver`;
        return (archiver?.last ?? '') >= (closed?.segment ?? '~');
      }, defaultTiming);

      const restoredUrl = await pair.restore('base', String(point?.time));
      const restored = postgres(restoredUrl, { max: 1, onnotice: () => {} });
      try {
        const rows = await restored<Array<{ name: string }>>`select name from ${restored(table)} order by name`;
        expect(rows.map((row) => row.name)).toEqual(['A', 'B']);
      } finally {
        await restored.end();
      }
    } finally {
      await sql.end();
    }
  }, 120_000);

  it('loses no acknowledged write when the primary is killed mid-load', async () => {
    const admin = postgres(pair.primaryUrl, { max: 1, onnotice: () => {} });
    await admin`create table drill (id text primary key, writer integer not null, at timestamptz not null default clock_timestamp())`;
    await admin.end();

    let stop = false;
    const writers = Array.from({ length: WRITERS }, (_, index) => startWriter(pair.failoverUrl, index, () => stop));
    try {
      await waitFor(`${ACKED_BEFORE_KILL} acknowledged writes`, () => count(writers) >= ACKED_BEFORE_KILL && writers.every((w) => w.acked.length > 0), timing);
      const killedAt = performance.now();
      await pair.kill();
      // Every writer notices: its connection broke, or its next connection found no primary.
      await waitFor('every writer to see the primary gone', () => writers.every((w) => w.failures.some((f) => f.at >= killedAt)), timing);
      const ackedAtKill = count(writers);
      await pair.promote();
      const promotedAt = performance.now();
      await waitFor(`${ACKED_AFTER_PROMOTE} acknowledged writes per writer on the promoted server`, () => writers.every((w) => w.acked.filter((a) => a.at > promotedAt).length >= ACKED_AFTER_PROMOTE), timing);
      stop = true;
      await Promise.all(writers.map((w) => w.done));

      const promoted = postgres(pair.standbyUrl, { max: 1, onnotice: () => {} });
      const present = new Set((await promoted<Array<{ id: string }>>`select id from drill`).map((row) => row.id));
      const [state] = await promoted<Array<{ recovering: boolean }>>`select pg_is_in_recovery() as recovering`;
      await promoted.end();

      const acked = writers.flatMap((w) => w.acked);
      const lost = acked.filter((a) => !present.has(a.id));
      const ackedIds = new Set(acked.map((a) => a.id));
      // Written but never acknowledged (the commit was cut off): either outcome is correct.
      const inDoubt = writers.flatMap((w) => w.attempted).filter((id) => !ackedIds.has(id) && present.has(id)).length;
      // Without service: the longest time in which no writer had a write acknowledged.
      const times = acked.map((a) => a.at).sort((a, b) => a - b);
      const longestGap = times.reduce((gap, t, i) => (i === 0 ? gap : Math.max(gap, t - (times[i - 1] ?? t))), 0);
      const report = {
        writers: WRITERS,
        acknowledged: acked.length,
        acknowledgedBeforeKill: ackedAtKill,
        lost: lost.length,
        presentUnacknowledged: inDoubt,
        failedAttempts: writers.reduce((sum, w) => sum + w.failures.length, 0),
        secondsWithoutService: Number((longestGap / 1000).toFixed(2)),
        secondsKillToPromote: Number(((promotedAt - killedAt) / 1000).toFixed(2)),
      };
      process.stdout.write(`failover drill: ${JSON.stringify(report)}\n`);
      expect(state?.recovering).toBe(false);
      expect(lost.map((a) => a.id)).toEqual([]);
      expect(report.acknowledged).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL + WRITERS * ACKED_AFTER_PROMOTE);
    } finally {
      stop = true;
      await Promise.all(writers.map((w) => w.done.catch(() => undefined)));
      await Promise.all(writers.map((w) => w.sql.end({ timeout: 1 })));
    }
  }, 120_000);

  it('takes the old primary back as the new synchronous standby (pg_rewind)', async () => {
    await pair.rejoin();
    const writer = postgres(pair.failoverUrl, { max: 1, onnotice: () => {} });
    const rejoined = postgres(pair.primaryUrl, { max: 1, onnotice: () => {} });
    try {
      const [sync] = await writer<Array<{ state: string }>>`select sync_state as state from pg_stat_replication`;
      expect(sync?.state).toBe('sync');
      await writer`insert into drill (id, writer) values ('after-rejoin', -1)`;
      // Acknowledged means flushed on the standby; replayed (readable) follows a moment later.
      await waitFor('the rejoined standby to replay the write', async () => (await rejoined`select 1 from drill where id = 'after-rejoin'`).length === 1, timing);
      const [state] = await rejoined<Array<{ recovering: boolean }>>`select pg_is_in_recovery() as recovering`;
      expect(state?.recovering).toBe(true);
    } finally {
      await Promise.all([writer.end(), rejoined.end()]);
    }
  }, 120_000);
});
