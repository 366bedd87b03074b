// Demo data for `npm run demo`: the demo users of API.md, seeded only into an empty database.
import { systemContext } from '../core/context.js';
import type { TDeps } from '../core/types.js';
import { countUsers, insertUserRecord, type TCreateUserInput } from '../modules/auth/users.service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { seedDemoReferrals } from './demo-referrals.js';
import { seedDemoStatistics } from './demo-statistics.js';
import { seedDemoOperations } from './demo-operations.js';
import { seedDemoCaseComplexes } from './demo-case-complexes.js';

type TDemoUser = Omit<TCreateUserInput, 'password'>;

export const DEMO_USERS: readonly TDemoUser[] = [
  { email: 'koordinator@kbhpol.demo', name: 'Karin Koordinator', organisationCode: 'KBHPOL', roles: ['COORDINATOR', 'CASEWORKER'] },
  { email: 'efterforsker@nsk.demo', name: 'Niels Efterforsker', organisationCode: 'NSK', roles: ['CASEWORKER', 'INVESTIGATOR'] },
  { email: 'tilsyn@at.demo', name: 'Anna Tilsyn', organisationCode: 'AT', roles: ['CASEWORKER'] },
  { email: 'kontrol@sktst.demo', name: 'Søren Kontrol', organisationCode: 'SKTST', roles: ['CASEWORKER'] },
  { email: 'kontrol@siri.demo', name: 'Sara Kontrol', organisationCode: 'SIRI', roles: ['CASEWORKER'] },
  { email: 'sagsbehandler@cmm.demo', name: 'Camilla Sagsbehandler', organisationCode: 'CMM', roles: ['CASEWORKER', 'ASSESSOR'] },
  { email: 'koordinator@cmm.demo', name: 'Mads Koordinator', organisationCode: 'CMM', roles: ['COORDINATOR', 'CASEWORKER'] },
  { email: 'vurdering@us.demo', name: 'Ulla Vurdering', organisationCode: 'US', roles: ['CASEWORKER', 'ASSESSOR'] },
  { email: 'hjemrejse@hjr.demo', name: 'Henrik Hjemrejse', organisationCode: 'HJR', roles: ['CASEWORKER'] },
  // The prosecution (Rigsadvokaten): sees every case complex and records indictments and verdicts.
  { email: 'anklager@ra.demo', name: 'Asger Anklager', organisationCode: 'RA', roles: ['CASEWORKER'] },
  { email: 'revisor@cmm.demo', name: 'Rikke Revisor', organisationCode: 'CMM', roles: ['AUDITOR'] },
  { email: 'analytiker@cmm.demo', name: 'Anders Analytiker', organisationCode: 'CMM', roles: ['ANALYST'] },
  {
    email: 'referencegruppe@syd.demo',
    name: 'Rasmus Referencegruppe',
    organisationCode: 'SSJYLPOL',
    roles: ['REFERENCE_GROUP_MEMBER'],
    referenceGroup: 'SYDDANMARK',
  },
  { email: 'admin@samvirke.demo', name: 'Alma Admin', organisationCode: 'CMM', roles: ['ADMIN'] },
];

export async function seedDemo(deps: TDeps): Promise<{ seeded: boolean }> {
  if (countUsers(deps) > 0) return { seeded: false };
  const ctx = systemContext(deps, 'seed-demo');
  // Every demo user has the one demo password: hashed once (argon2 is deliberately slow), the
  // same hash for all. Its salt is shared, which tells only that the passwords are the same: known.
  let shared: Promise<string> | null = null;
  const hash = (password: string) => (shared ??= hashPassword(password));
  // The seed is hundreds of small transactions: without an fsync each (synchronous NORMAL, still
  // atomic in WAL mode), then made durable at once by a checkpoint. A crash half-way leaves a
  // demo database to delete, which is no loss; the setting is restored before anything is served.
  // The same for the data keys its records make: the key store is synced once when the seed ends,
  // before the database's checkpoint, so the keys are durable before the rows that name them.
  deps.sqlite.pragma('synchronous = NORMAL');
  try {
    await deps.sealer.keyStore.withoutSyncPerCommit(async () => {
      for (const user of DEMO_USERS) {
        await insertUserRecord(ctx, { ...user, password: deps.config.demoPassword }, { welcome: false, hash });
      }
      // The referrals' data keys (one per referral) held back and written in one key-store
      // transaction when the referral seed ends (sealer.batch), not one each: the seed's rows are
      // made durable only at its end anyway, after the key store (above).
      const referrals = await deps.sealer.batch(() => seedDemoReferrals(deps));
      await seedDemoStatistics(deps);
      const operations = await seedDemoOperations(deps, { hash });
      const caseComplexes = await seedDemoCaseComplexes(deps);
      deps.logger.info({ users: DEMO_USERS.length, referrals, operations, caseComplexes }, 'demo data seeded');
    });
  } finally {
    deps.sqlite.pragma('synchronous = FULL');
    deps.sqlite.pragma('wal_checkpoint(FULL)');
  }
  return { seeded: true };
}
