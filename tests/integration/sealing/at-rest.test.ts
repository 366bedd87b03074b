// Personal data sealed at rest (docs/adr/0021-personal-data-sealed-at-rest.md), proven on the
// files: distinctive values entered through the API appear in none of the database file, its WAL,
// a fresh backup or the key store; a backup taken before an erasure and restored afterwards (with
// the current DATA_KEY and key store) has the erased record unreadable and every other readable;
// a ciphertext moved to another row or column does not open.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../server/core/context.js';
import { SealError } from '../../../server/core/sealing/cipher.js';
import { runBackup } from '../../../server/modules/jobs/backup.js';
import { findPersonalData } from '../../../server/modules/referrals/referrals.repo.js';
import { eraseExpiredReferrals } from '../../../server/modules/retention/retention.service.js';
import { newActor, type TActor } from '../../support/actors.js';
import { buildCast, referralIn, type TCast, type TReferral } from '../../support/referrals.js';
import { dataOf } from '../../support/responses.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { createOperation } from '../operations/operation-helpers.js';
import { AddReviewNoteDocument, AddSuspectDocument, CreateCaseComplexDocument } from '../../gql/generated/graphql.js';

const DATA_KEY = randomBytes(32).toString('base64');
const BLIND_INDEX_KEY = randomBytes(32).toString('base64');

// Values no other text in the files could hold by chance.
const ERASED_PERSON = {
  name: 'Quillon Ravensworth-Achterberg',
  alias: 'Nightjar Zephyrine',
  contact: 'quillon.nightjar@example.invalid',
  whereabouts: 'Kammerherrevej 77, Ølstykke',
};
const KEPT_PERSON = { name: 'Wilhelmina Oostergaard-Brixen', whereabouts: 'Pindsvinestien 31, Tarm' };
const VALUES = [
  ...Object.values(ERASED_PERSON),
  ...Object.values(KEPT_PERSON),
  'Blåbærstien 913, Vorupør',
  'Narrative Xylophagous Tannery',
  'Indicator Quartermaster kept the passport',
  'Narrative Bodega Quokka',
  'Zebrastribe 4455, Hvide Sande',
  'Briefing Marmot Hall 12',
  'Suspect Obadiah Karlskrona',
  'Notes Gingerbread Cartel',
  'Review note Periwinkle Oxbow-Tindall',
];

let server: TTestServer;
let cast: TCast;
let police: TActor;
let erased: TReferral;
let kept: TReferral;

function fileText(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file).toString('latin1') + fs.readFileSync(file).toString('utf8') : '';
}

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DATA_KEY, BLIND_INDEX_KEY } });
  cast = await buildCast(server);
  police = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER', 'INVESTIGATOR']);
  erased = await referralIn(server, cast, 'CLOSED', {
    subject: ERASED_PERSON,
    location: 'Blåbærstien 913, Vorupør',
    narrative: 'Narrative Xylophagous Tannery',
    indicators: ['Indicator Quartermaster kept the passport'],
  });
  kept = await referralIn(server, cast, 'SUBMITTED', { subject: KEPT_PERSON, narrative: 'Narrative Bodega Quokka' });
  await createOperation(server, police, { briefingPoint: 'Briefing Marmot Hall 12', targets: [{ address: 'Zebrastribe 4455, Hvide Sande', description: null }] });
  const complex = dataOf(await server.as(police)(CreateCaseComplexDocument, { input: { name: 'Netværk Vest' } }), 'createCaseComplex');
  dataOf(await server.as(police)(AddSuspectDocument, { c: complex.id, input: { name: 'Suspect Obadiah Karlskrona', notes: 'Notes Gingerbread Cartel' } }), 'addSuspect');
  const member = await newActor(server, 'SSJYLPOL', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'SYDDANMARK' });
  dataOf(
    await server.as(member)(AddReviewNoteDocument, { region: 'SYDDANMARK', from: '2026-11-01', to: '2026-11-30', text: 'Review note Periwinkle Oxbow-Tindall' }),
    'addReviewNote',
  );
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('sealed at rest', () => {
  it('no value entered appears in the database file, its WAL, a fresh backup or the key store', async () => {
    const { databasePath } = server.deps.config;
    // The values are in the database: through the API they read back (the server opens them).
    expect(findPersonalData(server.deps.db, server.deps.sealer, [erased.id])[0]?.name).toBe(ERASED_PERSON.name);
    expect(fs.statSync(`${databasePath}-wal`).size).toBeGreaterThan(0);
    const backup = await runBackup(systemContext(server.deps, 'test-backup'), server.clock.now());
    const files = [databasePath, `${databasePath}-wal`, path.join(server.deps.config.backup.dir, backup.file), ...server.deps.sealer.keyStore.paths];
    for (const file of files) {
      const text = fileText(file);
      expect(text.length).toBeGreaterThan(0);
      for (const value of VALUES) expect(text, `${value} in ${path.basename(file)}`).not.toContain(value);
    }
  });

  it('a ciphertext moved to another row or column does not open', () => {
    const row = server.deps.sqlite.prepare('select name from referral_personal_data where referral_id = ?').get(kept.id) as { name: string };
    const alias = server.deps.sqlite.prepare('select alias from referral_personal_data where referral_id = ?').get(kept.id) as { alias: string | null };
    // Into another column of the same row …
    server.deps.sqlite.prepare('update referral_personal_data set alias = ? where referral_id = ?').run(row.name, kept.id);
    // Opened as they are read (a listing opens only the fields it shows): reading it fails.
    expect(() => findPersonalData(server.deps.db, server.deps.sealer, [kept.id])[0]!.alias).toThrow(SealError);
    server.deps.sqlite.prepare('update referral_personal_data set alias = ? where referral_id = ?').run(alias.alias, kept.id);
    // … and into the same column of another referral (another key, another row).
    const other = server.deps.sqlite.prepare('select name from referral_personal_data where referral_id = ?').get(erased.id) as { name: string };
    server.deps.sqlite.prepare('update referral_personal_data set name = ? where referral_id = ?').run(other.name, kept.id);
    expect(() => findPersonalData(server.deps.db, server.deps.sealer, [kept.id])[0]!.name).toThrow(SealError);
    expect(() => ({ ...findPersonalData(server.deps.db, server.deps.sealer, [kept.id])[0] })).toThrow(SealError);
    server.deps.sqlite.prepare('update referral_personal_data set name = ? where referral_id = ?').run(row.name, kept.id);
    expect(findPersonalData(server.deps.db, server.deps.sealer, [kept.id])[0]?.name).toBe(KEPT_PERSON.name);
  });

  it('erasure reaches the backups: an old backup restored after the erasure has the erased referral unreadable, every other readable', async () => {
    const before = await runBackup(systemContext(server.deps, 'test-backup'), server.clock.now());
    const backupFile = path.join(server.deps.config.backup.dir, before.file);
    // In the backup the referral is not erased: its sealed values are there.
    const inBackup = fileText(backupFile);
    const sealedName = (server.deps.sqlite.prepare('select name from referral_personal_data where referral_id = ?').get(erased.id) as { name: string }).name;
    expect(inBackup).toContain(sealedName);

    const summary = eraseExpiredReferrals(systemContext(server.deps, 'test-retention'), new Date('2032-01-01T00:00:00Z'));
    expect(summary.erased).toBe(1);
    expect(server.deps.sealer.hasKey(`referral-${erased.id}`)).toBe(false);

    // Restore the old backup as the database of a server with the same DATA_KEY and key store.
    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-restore-'));
    const restored = path.join(restoreDir, 'samvirke.db');
    fs.copyFileSync(backupFile, restored);
    const again = await startTestServer({
      start: '2032-01-01T00:00:01Z',
      env: { DATABASE_PATH: restored, DATA_KEY, BLIND_INDEX_KEY, KEY_STORE_PATH: server.deps.config.sealing.keyStorePath },
    });
    try {
      const [gone] = findPersonalData(again.deps.db, again.deps.sealer, [erased.id]);
      // The row is the backup's (not marked erased, values still sealed in the file) but nothing opens.
      expect(again.deps.sqlite.prepare('select erased_at from referrals where id = ?').get(erased.id)).toEqual({ erased_at: null });
      expect(gone).toMatchObject({ name: null, alias: null, contact: null, whereabouts: null, location: null, narrative: null, indicators: null });
      const [still] = findPersonalData(again.deps.db, again.deps.sealer, [kept.id]);
      expect(still).toMatchObject({ name: KEPT_PERSON.name, whereabouts: KEPT_PERSON.whereabouts, narrative: 'Narrative Bodega Quokka' });
    } finally {
      await again.close();
      fs.rmSync(restoreDir, { recursive: true, force: true });
    }
  });
});
