// The first indicator list (issue 14), from the indicators CMM and the labour inspectorate work
// with. Seeded on every start, idempotently: a code is added when missing and never changed here,
// so an administrator's labels, order and retirements (updateIndicator) stay as they are.
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { indicatorDefinitions } from '../../db/schema/index.js';
import type { ExploitationForm } from '../../schema/enums.generated.js';

type TIndicatorSeed = { code: string; exploitationForm: ExploitationForm; labelDa: string; labelEn: string };

export const INDICATORS: readonly TIndicatorSeed[] = [
  { code: 'WITHHELD_DOCUMENTS', exploitationForm: 'FORCED_LABOUR', labelDa: 'Pas eller id-papirer tilbageholdt af andre', labelEn: 'Passport or identity papers withheld by others' },
  { code: 'DEBT_BONDAGE', exploitationForm: 'FORCED_LABOUR', labelDa: 'Gæld til arbejdsgiver eller formidler (gældsslaveri)', labelEn: 'Debt to the employer or recruiter (debt bondage)' },
  { code: 'NO_ACCESS_TO_WAGES', exploitationForm: 'FORCED_LABOUR', labelDa: 'Ingen adgang til egen løn', labelEn: 'No access to own wages' },
  { code: 'EXCESSIVE_HOURS', exploitationForm: 'FORCED_LABOUR', labelDa: 'Urimeligt lange arbejdsdage uden fridage', labelEn: 'Excessive working hours without days off' },
  { code: 'EMPLOYER_HOUSING', exploitationForm: 'FORCED_LABOUR', labelDa: 'Bor hos eller i bolig styret af arbejdsgiveren', labelEn: 'Lives in housing controlled by the employer' },
  { code: 'ISOLATION', exploitationForm: 'FORCED_LABOUR', labelDa: 'Isoleret: ingen kontakt med omverdenen', labelEn: 'Isolated: no contact with the outside world' },
  { code: 'THREATS', exploitationForm: 'FORCED_LABOUR', labelDa: 'Trusler mod personen eller familien', labelEn: 'Threats against the person or their family' },
  { code: 'VIOLENCE', exploitationForm: 'FORCED_LABOUR', labelDa: 'Vold eller tegn på vold', labelEn: 'Violence or signs of violence' },
  { code: 'SEX_CONTROLLED_MOVEMENT', exploitationForm: 'SEXUAL', labelDa: 'Bevægelsesfrihed kontrolleret af andre', labelEn: 'Freedom of movement controlled by others' },
  { code: 'SEX_EARNINGS_HANDED_OVER', exploitationForm: 'SEXUAL', labelDa: 'Afleverer indtjeningen til andre', labelEn: 'Hands over the earnings to others' },
  { code: 'SEX_MOVED_BETWEEN_PLACES', exploitationForm: 'SEXUAL', labelDa: 'Flyttes mellem adresser eller byer', labelEn: 'Moved between addresses or towns' },
  { code: 'SEX_THREATS', exploitationForm: 'SEXUAL', labelDa: 'Trusler mod personen eller familien', labelEn: 'Threats against the person or their family' },
  { code: 'CRIME_FORCED_OFFENCES', exploitationForm: 'CRIMINAL_ACTIVITY', labelDa: 'Tvunget til at begå kriminalitet (fx tyveri, narkotika)', labelEn: 'Forced to commit crime (e.g. theft, drugs)' },
  { code: 'CRIME_DEBT', exploitationForm: 'CRIMINAL_ACTIVITY', labelDa: 'Gæld til dem, der styrer kriminaliteten', labelEn: 'Debt to those who control the crime' },
  { code: 'DOMESTIC_NO_FREE_TIME', exploitationForm: 'DOMESTIC_SERVITUDE', labelDa: 'Til rådighed døgnet rundt i husholdningen', labelEn: 'On call around the clock in the household' },
  { code: 'DOMESTIC_WITHHELD_DOCUMENTS', exploitationForm: 'DOMESTIC_SERVITUDE', labelDa: 'Pas eller id-papirer tilbageholdt af familien', labelEn: 'Passport or identity papers withheld by the family' },
  { code: 'BEGGING_EARNINGS_HANDED_OVER', exploitationForm: 'BEGGING', labelDa: 'Afleverer det indsamlede til andre', labelEn: 'Hands over what is collected to others' },
  { code: 'BEGGING_TRANSPORTED', exploitationForm: 'BEGGING', labelDa: 'Køres til og fra tiggerstedet af andre', labelEn: 'Driven to and from the begging place by others' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedIndicators(db: BetterSQLite3Database<any>, now: Date): void {
  const at = now.toISOString();
  // Every start runs this; a write transaction (and its fsync) only when a code is missing.
  const stored = new Set(db.select({ code: indicatorDefinitions.code }).from(indicatorDefinitions).all().map((row) => row.code));
  if (INDICATORS.every((indicator) => stored.has(indicator.code))) return;
  db.transaction((tx) => {
    INDICATORS.forEach((indicator, index) => {
      if (stored.has(indicator.code)) return;
      tx.insert(indicatorDefinitions)
        .values({ ...indicator, sortOrder: (index + 1) * 10, active: true, updatedAt: at })
        .onConflictDoNothing()
        .run();
    });
  });
}
