import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { listJobs, runJob } from './jobs.service.js';

export const jobsResolvers: Resolvers = {
  Query: {
    jobs: (_, __, ctx) => listJobs(ctx),
  },
  Mutation: {
    runJob: (_, args, ctx) => runJob(ctx, args),
  },
};
