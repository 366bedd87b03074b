// The real agencies of PRODUCT.md. Seeded on every start, idempotently: a row is added when
// missing and its name, kind and region kept up to date; nothing is ever removed.
import { sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { organisations } from '../../db/schema/index.js';

type TOrganisationSeed = { code: string; name: string; kind: string; region: string | null };

export const ORGANISATIONS: readonly TOrganisationSeed[] = [
  { code: 'CMM', name: 'Center mod Menneskehandel', kind: 'CMM', region: null },
  { code: 'US', name: 'Udlændingestyrelsen', kind: 'IMMIGRATION', region: null },
  { code: 'HJR', name: 'Hjemrejsestyrelsen', kind: 'RETURN', region: null },
  { code: 'RPOL', name: 'Rigspolitiet', kind: 'POLICE', region: null },
  { code: 'NSK', name: 'National enhed for Særlig Kriminalitet', kind: 'POLICE', region: null },
  { code: 'KBHPOL', name: 'Københavns Politi', kind: 'POLICE', region: 'HOVEDSTADEN' },
  { code: 'KBHVPOL', name: 'Københavns Vestegns Politi', kind: 'POLICE', region: 'HOVEDSTADEN' },
  { code: 'NSJPOL', name: 'Nordsjællands Politi', kind: 'POLICE', region: 'HOVEDSTADEN' },
  { code: 'BHPOL', name: 'Bornholms Politi', kind: 'POLICE', region: 'HOVEDSTADEN' },
  { code: 'MVSJPOL', name: 'Midt- og Vestsjællands Politi', kind: 'POLICE', region: 'SJAELLAND' },
  { code: 'SSJLFPOL', name: 'Sydsjællands og Lolland-Falsters Politi', kind: 'POLICE', region: 'SJAELLAND' },
  { code: 'FYNPOL', name: 'Fyns Politi', kind: 'POLICE', region: 'SYDDANMARK' },
  { code: 'SSJYLPOL', name: 'Syd- og Sønderjyllands Politi', kind: 'POLICE', region: 'SYDDANMARK' },
  { code: 'SOJYLPOL', name: 'Sydøstjyllands Politi', kind: 'POLICE', region: 'SYDDANMARK' },
  { code: 'OJYLPOL', name: 'Østjyllands Politi', kind: 'POLICE', region: 'MIDTJYLLAND' },
  { code: 'MVJYLPOL', name: 'Midt- og Vestjyllands Politi', kind: 'POLICE', region: 'MIDTJYLLAND' },
  { code: 'NJYLPOL', name: 'Nordjyllands Politi', kind: 'POLICE', region: 'NORDJYLLAND' },
  { code: 'RA', name: 'Rigsadvokaten', kind: 'PROSECUTION', region: null },
  { code: 'SKTST', name: 'Skattestyrelsen', kind: 'TAX', region: null },
  { code: 'AT', name: 'Arbejdstilsynet', kind: 'LABOUR', region: null },
  { code: 'SIRI', name: 'Styrelsen for International Rekruttering og Integration', kind: 'IMMIGRATION', region: null },
  { code: 'FVST', name: 'Fødevarestyrelsen', kind: 'OTHER', region: null },
  { code: 'REDEN', name: 'Reden International', kind: 'NGO', region: null },
  { code: 'AMIAMI', name: 'AmiAmi', kind: 'NGO', region: null },
  { code: 'HOPENOW', name: 'HopeNow', kind: 'NGO', region: null },
  { code: 'RK', name: 'Røde Kors', kind: 'NGO', region: null },
  { code: '3F', name: 'Fagligt Fælles Forbund', kind: 'UNION', region: null },
];

export function organisationIdFor(code: string): string {
  return `org-${code.toLowerCase()}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedOrganisations(db: BetterSQLite3Database<any>): void {
  // Every start runs this; a write transaction (and its fsync) only when something differs.
  const stored = new Map(db.select({ code: organisations.code, name: organisations.name, kind: organisations.kind, region: organisations.region }).from(organisations).all().map((o) => [o.code, o]));
  const changed = ORGANISATIONS.filter((org) => {
    const row = stored.get(org.code);
    return !row || row.name !== org.name || row.kind !== org.kind || row.region !== org.region;
  });
  if (changed.length === 0) return;
  db.transaction((tx) => {
    for (const org of changed) {
      tx.insert(organisations)
        .values({ id: organisationIdFor(org.code), ...org })
        .onConflictDoUpdate({
          target: organisations.code,
          set: { name: sql`excluded.name`, kind: sql`excluded.kind`, region: sql`excluded.region` },
        })
        .run();
    }
  });
}
