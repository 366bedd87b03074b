import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as audit from './audit.service.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_, args, ctx) => audit.listAuditEvents(ctx, args),
    verifyAuditChain: (_, _args, ctx) => audit.verifyAuditChain(ctx),
    subjectAccessReport: (_, args, ctx) => audit.subjectAccessReport(ctx, args),
    findDataSubjects: (_, args, ctx) => audit.findDataSubjects(ctx, args),
  },
  DataSubjectHit: {
    referrals: (s) => s.referrals.map((r) => r.reference),
  },
  AuditEvent: {
    id: (e) => String(e.seq),
    actorOrganisation: (e, _, ctx) => (e.actorOrganisationId ? ctx.loaders.organisationById.load(e.actorOrganisationId) : null),
    actorRoles: (e) => (e.actorRoles ? e.actorRoles.split(',').filter(Boolean) : []),
    // Typed in the service; the schema gives the details as JSON text.
    details: (e) => (e.details === null ? null : JSON.stringify(e.details)),
    hits: (e, _, ctx) => audit.hitsOf(ctx, e),
  },
};
