import type { TResolvers } from '../../graphql/types.js';
import { listJobs, runJob } from './jobs.service.js';

export const jobsResolvers: TResolvers = {
  Query: {
    jobs: (_, __, ctx) => listJobs(ctx),
  },
  Mutation: {
    runJob: (_, args: { name: string; at?: Date | null }, ctx) => runJob(ctx, args),
  },
};
