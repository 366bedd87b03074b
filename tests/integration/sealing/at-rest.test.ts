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
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
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
let police: TActor;
let erased: TBuiltReferral;
let kept: TBuiltReferral;

function fileText(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file).toString('latin1') + fs.readFileSync(file).toString('utf8') : '';
}

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DATA_KEY, BLIND_INDEX_KEY } });
  police = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER', 'INVESTIGATOR']);
  erased = await buildReferral(server, {
    state: 'CLOSED',
    subject: ERASED_PERSON,
    input: { location: 'Blåbærstien 913, Vorupør', narrative: 'Narrative Xylophagous Tannery', indicators: ['Indicator Quartermaster kept the passport'] },
  });
  kept = await buildReferral(server, { state: 'SUBMITTED', subject: KEPT_PERSON, input: { narrative: 'Narrative Bodega Quokka' } });
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
    const { sqlite, sealer, db } = server.deps;
    const recordOf = (id: string) => (sqlite.prepare('select sealed_fields from referral_personal_data where referral_id = ?').get(id) as { sealed_fields: string }).sealed_fields;
    const setRecord = (id: string, value: string | null) => sqlite.prepare('update referral_personal_data set sealed_fields = ? where referral_id = ?').run(value, id);
    const kepts = recordOf(kept.id);
    // A referral's personal fields are one sealed record (sv2), opened when a field is first read.
    expect(kepts).toMatch(new RegExp(`^sv2\\.referral-${kept.id}\\.`));
    // Another referral's record (another key, another row) …
    setRecord(kept.id, recordOf(erased.id));
    expect(() => findPersonalData(db, sealer, [kept.id])[0]!.name).toThrow(SealError);
    expect(() => ({ ...findPersonalData(db, sealer, [kept.id])[0] })).toThrow(SealError);
    // … a record sealed under this referral's own key but for another row …
    setRecord(kept.id, sealer.sealRecord(`referral-${kept.id}`, { table: 'referral_personal_data', rowId: erased.id }, { name: 'Someone Else' }));
    expect(() => findPersonalData(db, sealer, [kept.id])[0]!.name).toThrow(SealError);
    // … or for another table …
    setRecord(kept.id, sealer.sealRecord(`referral-${kept.id}`, { table: 'suspects', rowId: kept.id }, { name: 'Someone Else' }));
    expect(() => findPersonalData(db, sealer, [kept.id])[0]!.name).toThrow(SealError);
    // … and a single sealed value (sv1) of this row passed off as its record: none opens.
    setRecord(kept.id, sealer.seal(`referral-${kept.id}`, { table: 'referral_personal_data', column: 'name', rowId: kept.id }, 'Someone Else'));
    expect(() => findPersonalData(db, sealer, [kept.id])[0]!.name).toThrow(SealError);
    setRecord(kept.id, kepts);
    expect(findPersonalData(db, sealer, [kept.id])[0]?.name).toBe(KEPT_PERSON.name);

    // Values sealed one by one (an operation target's address) stay bound to their column and row.
    const target = sqlite.prepare("select id, operation_id, address from operation_targets where address like 'sv1.%' limit 1").get() as { id: string; operation_id: string; address: string };
    const keyId = `operation-${target.operation_id}`;
    expect(sealer.open(keyId, { table: 'operation_targets', column: 'address', rowId: target.id }, target.address)).toBe('Zebrastribe 4455, Hvide Sande');
    expect(() => sealer.open(keyId, { table: 'operation_targets', column: 'description', rowId: target.id }, target.address)).toThrow(SealError);
    expect(() => sealer.open(keyId, { table: 'operation_targets', column: 'address', rowId: 'another-row' }, target.address)).toThrow(SealError);
  });

  it('erasure reaches the backups: an old backup restored after the erasure has the erased referral unreadable, every other readable', async () => {
    const before = await runBackup(systemContext(server.deps, 'test-backup'), server.clock.now());
    const backupFile = path.join(server.deps.config.backup.dir, before.file);
    // In the backup the referral is not erased: its sealed values are there.
    const inBackup = fileText(backupFile);
    const sealedName = (server.deps.sqlite.prepare('select sealed_fields from referral_personal_data where referral_id = ?').get(erased.id) as { sealed_fields: string }).sealed_fields;
    expect(inBackup).toContain(sealedName);

    const summary = await eraseExpiredReferrals(systemContext(server.deps, 'test-retention'), new Date('2032-01-01T00:00:00Z'));
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
