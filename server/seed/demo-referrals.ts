// Demo referrals for `npm run demo`: about forty, across regions, states, urgencies and forms of
// exploitation, made through the same services a user would call (so each has its timeline and
// audit trail), with the clock moved back so that deadlines and overdue ones look real.
// All names and details are invented.
import { createManualClock } from '../core/clock.js';
import type { TContext } from '../core/context.js';
import type { TViewer } from '../core/access.js';
import * as referrals from '../modules/referrals/referrals.service.js';
import { localDate } from '../core/calendar.js';
import type { TDeps } from '../core/types.js';
import { demoViewers } from './demo-viewers.js';

type TTarget = 'DRAFT' | 'SUBMITTED' | 'RECEIVED' | 'UNDER_ASSESSMENT' | 'ASSESSED' | 'NOT_TRAFFICKED' | 'IN_SUPPORT' | 'CLOSED' | 'WITHDRAWN' | 'FORWARDED';

type TDemoReferral = {
  by: string;
  target: TTarget;
  daysAgo: number;
  name: string;
  gender: 'FEMALE' | 'MALE' | 'TRANSGENDER' | 'UNKNOWN';
  nationality: string;
  age: number;
  residence: 'LAWFUL' | 'ASYLUM_SEEKER' | 'UNLAWFUL' | 'UNKNOWN' | 'DANISH_CITIZEN';
  forms: string[];
  sector: string;
  region: string;
  urgency: 'URGENT' | 'HIGH' | 'NORMAL';
};

const TARGETS: TTarget[] = [
  'DRAFT', 'DRAFT', 'DRAFT',
  'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED',
  'RECEIVED', 'RECEIVED', 'RECEIVED', 'RECEIVED',
  'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT',
  'ASSESSED', 'ASSESSED', 'ASSESSED', 'NOT_TRAFFICKED', 'NOT_TRAFFICKED',
  'IN_SUPPORT', 'IN_SUPPORT', 'IN_SUPPORT', 'IN_SUPPORT', 'IN_SUPPORT',
  'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
  'WITHDRAWN', 'WITHDRAWN', 'FORWARDED', 'FORWARDED', 'SUBMITTED', 'RECEIVED', 'IN_SUPPORT',
];

const REFERRERS = ['tilsyn@at.demo', 'koordinator@kbhpol.demo', 'efterforsker@nsk.demo', 'kontrol@siri.demo', 'kontrol@sktst.demo'];
const FIRST = ['Maria', 'Ana', 'Ion', 'Elena', 'Grace', 'Blessing', 'Somchai', 'Lan', 'Olena', 'Piotr', 'Wei', 'Joy', 'Andrei', 'Rosa', 'Mihai'];
const LAST = ['Popescu', 'Ionescu', 'Okafor', 'Nguyen', 'Kowalski', 'Shevchenko', 'Santos', 'Chen', 'Dimitrova', 'Adeyemi'];
const NATIONALITIES = ['RO', 'BG', 'NG', 'TH', 'VN', 'UA', 'PL', 'CN', 'PH', 'LT'];
const REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'];
const PROFILES: Array<{ forms: string[]; sector: string; gender: TDemoReferral['gender'] }> = [
  { forms: ['FORCED_LABOUR'], sector: 'CONSTRUCTION', gender: 'MALE' },
  { forms: ['SEXUAL'], sector: 'MASSAGE_CLINIC', gender: 'FEMALE' },
  { forms: ['FORCED_LABOUR'], sector: 'AGRICULTURE', gender: 'MALE' },
  { forms: ['SEXUAL'], sector: 'STREET_PROSTITUTION', gender: 'FEMALE' },
  { forms: ['CRIMINAL_ACTIVITY'], sector: 'OTHER', gender: 'MALE' },
  { forms: ['DOMESTIC_SERVITUDE'], sector: 'PRIVATE_HOME', gender: 'FEMALE' },
  { forms: ['FORCED_LABOUR', 'SEXUAL'], sector: 'CLEANING', gender: 'FEMALE' },
  { forms: ['BEGGING'], sector: 'OTHER', gender: 'UNKNOWN' },
  { forms: ['SEXUAL'], sector: 'ESCORT', gender: 'TRANSGENDER' },
  { forms: ['FORCED_LABOUR'], sector: 'HOSPITALITY', gender: 'MALE' },
];

export function demoReferralPlan(): TDemoReferral[] {
  return TARGETS.map((target, i) => {
    const profile = PROFILES[i % PROFILES.length]!;
    const residence: TDemoReferral['residence'] = target === 'FORWARDED' ? 'UNKNOWN' : i % 7 === 3 ? 'ASYLUM_SEEKER' : i % 11 === 5 ? 'UNLAWFUL' : 'LAWFUL';
    return {
      by: REFERRERS[i % REFERRERS.length]!,
      target,
      // Older cases have travelled further; the overdue ones are a few days old.
      daysAgo: target === 'CLOSED' ? 200 + i * 9 : target === 'IN_SUPPORT' ? 10 + (i % 12) : target === 'DRAFT' ? 1 : 2 + (i % 9),
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
      gender: profile.gender,
      nationality: NATIONALITIES[i % NATIONALITIES.length]!,
      // One in eight is a minor (16), the rest adults of varied age.
      age: i % 8 === 2 ? 16 : 19 + ((i * 7) % 35),
      residence,
      forms: profile.forms,
      sector: profile.sector,
      region: REGIONS[i % REGIONS.length]!,
      urgency: i % 6 === 0 ? 'URGENT' : i % 3 === 0 ? 'HIGH' : 'NORMAL',
    };
  });
}

export async function seedDemoReferrals(deps: TDeps): Promise<number> {
  const now = deps.clock.now();
  const plan = demoReferralPlan();
  const viewerByEmail = demoViewers(deps);
  const cmm = viewerByEmail('koordinator@cmm.demo');
  const cmmAssessor = viewerByEmail('sagsbehandler@cmm.demo');
  const us = viewerByEmail('vurdering@us.demo');
  // Oldest first, so that reference numbers follow time as they would in real use.
  const ordered = [...plan.entries()].sort(([, a], [, b]) => b.daysAgo - a.daysAgo);
  for (const [i, item] of ordered) {
    const clock = createManualClock(new Date(now.getTime() - item.daysAgo * 86_400_000 - (i % 5) * 3_600_000));
    const as = (viewer: TViewer): TContext => ({ deps: { ...deps, clock }, viewer, requestId: 'seed-demo', ip: null, logger: deps.logger });
    const hours = (n: number) => clock.advance(n * 3_600_000);
    const birthYear = Number(localDate(now).slice(0, 4)) - item.age - 1;
    const created = await referrals.createReferral(as(viewerByEmail(item.by)), {
      subject: {
        name: item.name,
        dateOfBirth: `${birthYear}-0${1 + (i % 9)}-1${i % 9}`,
        gender: item.gender,
        nationality: item.nationality,
        languages: ['en'],
        residenceStatus: item.residence,
        whereabouts: 'Midlertidig bolig oplyst til CMM',
      },
      suspectedExploitation: item.forms,
      sector: item.sector,
      region: item.region,
      location: 'Oplyst ved henvisningen',
      indicators: ['Mangler egne identitetspapirer', 'Gæld til rekrutterer'],
      narrative: 'Opdigtet demosag: personen fortalte om lange arbejdsdage uden løn og om at dokumenter var inddraget.',
      urgency: item.urgency,
    });
    const id = created.row.id;
    if (item.target === 'DRAFT') continue;
    hours(1);
    const referrer = as(viewerByEmail(item.by));
    const submitted = await referrals.submitReferral(referrer, { id });
    if (item.target === 'WITHDRAWN') {
      hours(1);
      await referrals.withdrawReferral(referrer, { id, reason: 'Personen ønskede ikke at blive henvist' });
      continue;
    }
    if (item.target === 'SUBMITTED') continue;
    const authority = submitted.row.receivingOrganisationId === cmm.organisationId ? { handler: cmm, assessor: cmmAssessor } : { handler: us, assessor: us };
    if (item.target === 'FORWARDED') {
      hours(3);
      await referrals.forwardReferral(as(cmm), { id, toOrganisationCode: 'US', reason: 'Personen viste sig at være asylansøger' });
      continue;
    }
    hours(2);
    await referrals.acknowledgeReferral(as(authority.handler), { id });
    if (item.target === 'RECEIVED') continue;
    hours(20);
    await referrals.scheduleIdentificationInterview(as(authority.handler), { id, at: new Date(clock.now().getTime() + 48 * 3_600_000) });
    if (item.target === 'UNDER_ASSESSMENT') continue;
    hours(72);
    const trafficked = item.target !== 'NOT_TRAFFICKED';
    await referrals.recordAssessment(as(authority.assessor), {
      id,
      input: {
        decision: trafficked ? 'TRAFFICKED' : 'NOT_TRAFFICKED',
        primaryExploitation: item.forms[0],
        grounds: trafficked ? 'Indikatorer bekræftet ved identifikationssamtalen.' : 'Indikatorerne blev ikke bekræftet ved samtalen.',
        assessedOn: localDate(clock.now()),
      },
    });
    if (item.target === 'ASSESSED') continue;
    if (item.target === 'NOT_TRAFFICKED') {
      hours(24);
      await referrals.closeReferral(as(authority.handler), { id, outcome: 'NOT_TRAFFICKED', note: null });
      continue;
    }
    if (created.row.minor) await referrals.recordRepresentative(as(authority.handler), { id, name: 'Opdigtet Repræsentant', appointedBy: 'Udlændingestyrelsen' });
    hours(24);
    await referrals.startReflectionPeriod(as(authority.handler), { id, startsOn: localDate(clock.now()), days: 30 });
    if (item.target === 'IN_SUPPORT') continue;
    hours(24 * 25);
    await referrals.extendReflectionPeriod(as(authority.handler), { id, days: 30, reason: 'Behov for mere tid til at beslutte sig' });
    hours(24 * 40);
    await referrals.closeReferral(as(authority.handler), { id, outcome: i % 2 === 0 ? 'PREPARED_RETURN' : 'REMAINED_IN_DENMARK', note: 'Afsluttet efter støtteforløb' });
  }
  return plan.length;
}
