// The HTTP bench's databases, built directly rather than through the services (100 000 referrals
// through createReferral would take longer than the bench itself): migrated by createDeps, the
// bench's users through insertUserRecord (a real argon2 hash), subjects, referrals and the
// historical register as prepared inserts in one transaction. Personal data goes through the
// repository's own write (referrals.repo insertPersonalData), the function the services use, so
// whatever that function does to personal data at rest the bench's rows get too.
import fs from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { loadConfig } from '../../server/config.js';
import { fixedClock } from '../../server/core/clock.js';
import { systemContext } from '../../server/core/context.js';
import { createLogger } from '../../server/core/logger.js';
import { closeDeps, createDeps } from '../../server/deps.js';
import { generateSigningKeys } from '../../server/modules/auth/keys.js';
import { insertUserRecord } from '../../server/modules/auth/users.service.js';
import { generateCheckpointKeyPem } from '../../server/modules/audit/checkpoint-key.js';
import { insertPersonalData } from '../../server/modules/referrals/referrals.repo.js';
import { seededRandom } from '../../server/seed/demo-statistics.js';
import { backfillMatchIndex } from '../../server/modules/subjects/match-index.js';

export const BENCH_PASSWORD = 'bench-password-1234';
export const CASEWORKER = 'caseworker@cmm.bench';
export const ANALYST = 'analyst@cmm.bench';
export const STATISTICS_YEAR = 2025;

/** The secrets a production server needs, generated once per bench run and given to every server. */
export type TBenchSecrets = Record<'JWT_PRIVATE_KEY' | 'JWT_PUBLIC_KEY' | 'AUDIT_CHECKPOINT_KEY' | 'BLIND_INDEX_KEY' | 'DATA_KEY', string>;

export function benchSecrets(): TBenchSecrets {
  const jwt = generateKeyPairSync('ed25519');
  return {
    JWT_PRIVATE_KEY: jwt.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_PUBLIC_KEY: jwt.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    AUDIT_CHECKPOINT_KEY: generateCheckpointKeyPem(),
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    DATA_KEY: randomBytes(32).toString('base64'),
  };
}

const REFERRERS = ['kbhpol', 'nsk', 'at', 'siri', 'sktst', 'fynpol', 'ojylpol'];
const REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'];
const FORMS = ['SEXUAL', 'FORCED_LABOUR', 'CRIMINAL_ACTIVITY', 'DOMESTIC_SERVITUDE', 'BEGGING', 'OTHER'];
const GENDERS = ['FEMALE', 'MALE', 'TRANSGENDER', 'UNKNOWN'];
const NATIONALITIES = ['RO', 'BG', 'NG', 'TH', 'VN', 'UA', 'PL', 'CN', 'PH', 'LT'];
const GIVEN = ['Ion', 'Maria', 'Elena', 'Andrei', 'Olena', 'Ivan', 'Grace', 'Blessing', 'Anna', 'Piotr', 'Wei', 'Fatima'];
const FAMILY = ['Popescu', 'Ionescu', 'Shevchenko', 'Nguyen', 'Tran', 'Okafor', 'Kowalski', 'Nowak', 'Wang', 'Santos', 'Dimitrov', 'Bondarenko'];
const OUTCOMES = ['PREPARED_RETURN', 'RETURNED_INDEPENDENTLY', 'REMAINED_IN_DENMARK', 'DISAPPEARED', 'DECLINED_SUPPORT', 'OTHER'];

export type TBenchData = { referrals: number; registerRows: number; buildMs: number };

/**
 * Builds a database at `file`: the bench's two users, `referrals` referrals (submitted or later,
 * so CMM sees every one) with personal data, and `registerRows` rows of the historical register
 * spread over 2007–2024. Seeded: the same arguments give the same database. Its data keys go to
 * the key store at `keyStorePath` (by default `data-keys.db` beside the database, where a server
 * started with KEY_STORE_PATH pointing there finds them).
 */
export async function buildBenchDatabase(file: string, secrets: TBenchSecrets, options: { referrals: number; registerRows: number }, where: { keyStorePath?: string } = {}): Promise<TBenchData> {
  fs.rmSync(file, { force: true });
  const started = process.hrtime.bigint();
  const now = new Date('2026-03-02T10:00:00Z');
  const config = loadConfig({ env: { DATABASE_PATH: file, NODE_ENV: 'test', ...secrets, ...(where.keyStorePath ? { KEY_STORE_PATH: where.keyStorePath } : {}) }, readFile: (p) => fs.readFileSync(p, 'utf8') });
  const deps = await createDeps({ config, clock: fixedClock(now), logger: createLogger({ level: 'warn' }), keys: await generateSigningKeys() });
  try {
    const ctx = systemContext(deps, 'bench-data');
    const caseworker = await insertUserRecord(ctx, { email: CASEWORKER, name: 'Bench Caseworker', organisationCode: 'CMM', roles: ['CASEWORKER', 'ASSESSOR'], password: BENCH_PASSWORD }, { welcome: false });
    await insertUserRecord(ctx, { email: ANALYST, name: 'Bench Analyst', organisationCode: 'CMM', roles: ['ANALYST'], password: BENCH_PASSWORD }, { welcome: false });
    const { sqlite, db } = deps;
    const rnd = seededRandom(12);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const insertSubject = sqlite.prepare('insert into subjects (id, pseudonym, created_at) values (?, ?, ?)');
    const insertReferral = sqlite.prepare(`insert into referrals (
      id, reference, version, state, urgency, minor, subject_id, referring_organisation_id, created_by_user_id,
      receiving_organisation_id, competent_authority_id, gender, nationality, age_band, residence_status, languages,
      suspected_exploitation, sector, region, created_at, updated_at, submitted_at, acknowledged_at, interview_at,
      decision, primary_exploitation, assessed_on, assessed_by_organisation_id, age_at_assessment, outcome, closed_at)
      values (?, ?, 1, ?, 'NORMAL', 0, ?, ?, ?, ?, 'org-cmm', ?, ?, '25-34', 'LAWFUL', '["en"]', ?, 'OTHER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertRegister = sqlite.prepare(`insert into historical_assessments (id, row_hash, person_key, assessed_on, decision, authority, gender,
      nationality, age_at_assessment, primary_exploitation, first_contact, interview_held_on, outcome, region, imported_at)
      values (?, ?, ?, ?, ?, 'CMM', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // One key-store write for all the referrals' data keys (sealer.batch), made before the commit.
    sqlite.transaction(() => deps.sealer.batch(() => {
      // Spread over the year so that the newest page and the statistics year both have rows.
      const startMs = Date.UTC(STATISTICS_YEAR, 0, 1);
      const stepMs = Math.max(1000, Math.floor((330 * 86_400_000) / Math.max(1, options.referrals)));
      for (let i = 1; i <= options.referrals; i += 1) {
        const created = new Date(startMs + i * stepMs);
        const at = created.toISOString();
        const later = (days: number) => new Date(created.getTime() + days * 86_400_000).toISOString();
        const subjectId = `s-${i}`;
        insertSubject.run(subjectId, `P-${i.toString(36).toUpperCase().padStart(6, '0')}`, at);
        const roll = rnd();
        const state = roll < 0.1 ? 'SUBMITTED' : roll < 0.2 ? 'RECEIVED' : roll < 0.3 ? 'UNDER_ASSESSMENT' : roll < 0.65 ? 'ASSESSED' : 'CLOSED';
        const interviewed = !['SUBMITTED', 'RECEIVED'].includes(state);
        const assessed = state === 'ASSESSED' || state === 'CLOSED';
        const decision = assessed ? (rnd() < 0.65 ? 'TRAFFICKED' : 'NOT_TRAFFICKED') : null;
        const form = pick(FORMS);
        const closed = state === 'CLOSED';
        const age = 18 + Math.floor(rnd() * 40);
        insertReferral.run(
          `r-${i}`, `HEN-${STATISTICS_YEAR}-${String(i).padStart(6, '0')}`, state, subjectId, `org-${pick(REFERRERS)}`, caseworker.id,
          state === 'SUBMITTED' ? null : 'org-cmm', pick(GENDERS), pick(NATIONALITIES), JSON.stringify([form]), pick(REGIONS),
          at, at, at, state === 'SUBMITTED' ? null : later(1), interviewed ? later(3) : null,
          decision, decision ? form : null, assessed ? later(10).slice(0, 10) : null, decision ? 'org-cmm' : null, decision ? age : null,
          closed ? (decision === 'NOT_TRAFFICKED' ? 'NOT_TRAFFICKED' : pick(OUTCOMES)) : null, closed ? later(25) : null,
        );
        insertPersonalData(db, deps.sealer, {
          referralId: `r-${i}`,
          name: `${pick(GIVEN)} ${pick(FAMILY)}`,
          alias: `${pick(GIVEN)}-${i}`,
          dateOfBirth: new Date(Date.UTC(1970, 0, 1) + Math.floor(rnd() * 35 * 365) * 86_400_000).toISOString().slice(0, 10),
          contact: `+45 20 ${String(10_000 + i)}`,
          whereabouts: `Shelter ${i % 40}, ${pick(['Odense', 'Aarhus', 'København', 'Aalborg'])}`,
          location: `Workplace ${i % 90}, ${pick(['Vejle', 'Esbjerg', 'Roskilde'])}`,
          indicators: [`Indicator ${i % 7}`, 'Passport held by employer'],
          narrative: `Met at a ${form.toLowerCase()} workplace; says the employer keeps the passport. Case ${i}.`,
        });
      }
      // The register: about 1.3 rows per person, 2007–2024.
      for (let i = 0; i < options.registerRows; i += 1) {
        const year = 2007 + (i % 18);
        const decision = rnd() < 0.6 ? 'TRAFFICKED' : 'NOT_TRAFFICKED';
        const assessedOn = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        insertRegister.run(
          `h-${i}`, `bench-${i}`, `H-${Math.floor(i / 1.3)}`, assessedOn, decision, pick(GENDERS), pick(NATIONALITIES), 20 + (i % 30), pick(FORMS),
          pick(REFERRERS).toUpperCase(), rnd() < 0.7 ? assessedOn : null, decision === 'NOT_TRAFFICKED' ? 'NOT_TRAFFICKED' : pick(OUTCOMES), pick(REGIONS), now.toISOString(),
        );
      }
    }))();
    // What the server's first start on this database would do (deps.ts): index the referrals for
    // subject matching. Without it every copy the bench starts would do it again, so the "seeded"
    // start-up would measure a first start, not a database with nothing left to do.
    await backfillMatchIndex(ctx);
    sqlite.exec('analyze');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await closeDeps(deps);
  }
  return { referrals: options.referrals, registerRows: options.registerRows, buildMs: Number(process.hrtime.bigint() - started) / 1e6 };
}
