// Personal calendar feeds (PRODUCT.md journey 1; docs/api.md § Calendar feed). A calendar program
// cannot send a Bearer header, so each user may hold one feed address with a long random secret
// in it. Only the secret's SHA-256 is stored (the secret has 256 bits, so a fast hash suffices);
// the address is shown once. Rotating or revoking deletes the row: an old secret then finds
// nothing and the route answers 404, as for a secret never issued.
//
// What a feed serves, decided here: the operations of the owner's organisation (led, or invited
// and not declined), not drafts, from a day ago on, each through the same operationAccess as the
// API. Per event only codename, time window, state, region, lead organisation and a link; never
// the objective, targets, briefing point or any person (a calendar lives outside Samvirke).
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
import { mayKeepCalendarFeed, requireViewer, type TViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { newId, newSecretToken, sha256Hex } from '../../core/ids.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import * as repo from './operations.repo.js';
import { operationLink } from './operation-participants.js';

const HOUR = 3_600_000;
/** A feed shows what ended at most this long ago, so a day's events do not vanish at their end. */
const FEED_LOOKBACK_HOURS = 24;
const FEED_MAX_EVENTS = 500;
/** The secret's shape (newSecretToken: 32 random bytes, base64url): anything else is not looked up. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;
export const FEED_ALARMS_HOURS = [24, 2] as const;

export type TCalendarFeedView = { createdAt: string };

function requireFeedHolder(ctx: TContext): TViewer {
  const viewer = requireViewer(ctx.viewer);
  if (!mayKeepCalendarFeed(viewer)) throw new AppError('FORBIDDEN', 'Only staff who work with operations have a calendar feed');
  return viewer;
}

export function feedUrl(publicUrl: string, secret: string): string {
  return `${publicUrl}/calendar/${secret}.ics`;
}

export function myCalendarFeed(ctx: TContext): TCalendarFeedView | null {
  const viewer = requireFeedHolder(ctx);
  const row = repo.findCalendarFeedOfUser(ctx.deps.db, viewer.userId);
  return row ? { createdAt: row.createdAt } : null;
}

/** A new feed address; the one before (if any) stops working in the same unit of work. */
export async function createCalendarFeed(ctx: TContext): Promise<{ feed: TCalendarFeedView; url: string }> {
  const viewer = requireFeedHolder(ctx);
  const secret = newSecretToken();
  const row = await runAudited(ctx, (unit) => {
    const replaced = repo.deleteCalendarFeedOfUser(unit.tx, viewer.userId);
    const created = { id: newId(), userId: viewer.userId, secretHash: sha256Hex(secret), createdAt: unit.now.toISOString() };
    repo.insertCalendarFeed(unit.tx, created);
    unit.audit({ action: 'CALENDAR_FEED_CREATE', objectType: 'CalendarFeed', objectId: created.id, details: { feedId: created.id, replaced: !!replaced } });
    return created;
  });
  return { feed: { createdAt: row.createdAt }, url: feedUrl(ctx.deps.config.publicUrl, secret) };
}

export async function revokeCalendarFeed(ctx: TContext): Promise<boolean> {
  const viewer = requireFeedHolder(ctx);
  if (!repo.findCalendarFeedOfUser(ctx.deps.db, viewer.userId)) return false;
  return await runAudited(ctx, (unit) => {
    const gone = repo.deleteCalendarFeedOfUser(unit.tx, viewer.userId);
    if (!gone) return false;
    unit.audit({ action: 'CALENDAR_FEED_REVOKE', objectType: 'CalendarFeed', objectId: gone.id, details: { feedId: gone.id } });
    return true;
  });
}

/** The feed's owner and its id, or null (unknown, rotated or revoked secret; owner gone): the route's 404. */
export function findFeed(ctx: Pick<TContext, 'deps'>, secret: string): { feedId: string; userId: string } | null {
  if (!SECRET.test(secret)) return null;
  const row = repo.findCalendarFeedBySecretHash(ctx.deps.db, sha256Hex(secret));
  return row ? { feedId: row.id, userId: row.userId } : null;
}

const STATUS: Record<string, ICalEventStatus> = {
  PLANNED: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  IN_PROGRESS: ICalEventStatus.CONFIRMED,
  COMPLETED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** The feed's text for its owner (ctx.viewer); the fetch is audited before the text is returned. */
export async function calendarFeedText(ctx: TContext, feedId: string): Promise<string> {
  const viewer = requireFeedHolder(ctx);
  const now = ctx.deps.clock.now();
  // What operationAccess lets the organisation see (led or invited), less declined invitations.
  const rows = repo.listFeedOperations(ctx.deps.db, ctx.deps.sealer, { organisationId: viewer.organisationId, since: new Date(now.getTime() - FEED_LOOKBACK_HOURS * HOUR).toISOString(), limit: FEED_MAX_EVENTS });
  await recordAudit(ctx, [{ action: 'CALENDAR_FEED_FETCH', objectType: 'CalendarFeed', objectId: feedId, details: { feedId, operations: rows.length } }]);
  const calendar = ical({ name: 'Samvirke', prodId: { company: 'Samvirke', product: 'Operations', language: 'DA' }, method: ICalCalendarMethod.PUBLISH });
  const leads = new Map<string, string>();
  for (const row of rows) {
    if (!leads.has(row.leadOrganisationId)) leads.set(row.leadOrganisationId, findOrganisationById(ctx.deps.db, row.leadOrganisationId)?.name ?? '');
    const url = `${ctx.deps.config.publicUrl}${operationLink(row.id)}`;
    const event = calendar.createEvent({
      id: `${row.id}@samvirke`,
      sequence: row.version,
      stamp: now,
      start: new Date(row.startsAt),
      end: new Date(row.endsAt),
      summary: row.codename,
      description: [`Ledende myndighed / Lead: ${leads.get(row.leadOrganisationId)}`, `Region: ${row.region}`, `Status: ${row.state}`, `Samvirke: ${url}`].join('\n'),
      url,
      status: STATUS[row.state] ?? ICalEventStatus.TENTATIVE,
      class: ICalEventClass.CONFIDENTIAL,
    });
    if (row.state === 'PLANNED' || row.state === 'CONFIRMED') {
      for (const hours of FEED_ALARMS_HOURS) event.createAlarm({ type: ICalAlarmType.display, trigger: hours * 3600, description: `${row.codename} (${hours} t / h)` });
    }
  }
  return calendar.toString();
}
