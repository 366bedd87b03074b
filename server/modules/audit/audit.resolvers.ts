import type { TResolvers } from '../../graphql/types.js';
import * as audit from './audit.service.js';
import type { TAuditEventView } from './audit.service.js';

export const auditResolvers: TResolvers = {
  Query: {
    auditEvents: (_, args: { filter?: unknown; first?: number | null; after?: string | null }, ctx) => audit.listAuditEvents(ctx, args),
    verifyAuditChain: (_, _args, ctx) => audit.verifyAuditChain(ctx),
    subjectAccessReport: (_, args: { subjectId: string }, ctx) => audit.subjectAccessReport(ctx, args),
  },
  AuditEvent: {
    id: (e: TAuditEventView) => String(e.seq),
    actorOrganisation: (e: TAuditEventView, _, ctx) => (e.actorOrganisationId ? ctx.loaders.organisationById.load(e.actorOrganisationId) : null),
    actorRoles: (e: TAuditEventView) => (e.actorRoles ? e.actorRoles.split(',').filter(Boolean) : []),
    // Typed in the service; the schema gives the details as JSON text.
    details: (e: TAuditEventView) => (e.details === null ? null : JSON.stringify(e.details)),
  },
};
