// The HTTP bench's baseline: the limit of our stack. Bare @apollo/server + express + better-sqlite3
// serving `referrals(first:)` in the same nested shape as Samvirke, from a copy of the same
// database file, with no sign-in, no access rules and no audit. The bench checks that its answer
// is byte for byte Samvirke's, so the ratio between the two is the price of need to know.
// Usage: node tests/bench/baseline-server.mjs <database file> (prints "listening <port>").
/* global process, Buffer */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import Database from 'better-sqlite3';
import express from 'express';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: baseline-server.mjs <database file>\n');
  process.exit(2);
}
const sqlite = new Database(file, { readonly: true });
sqlite.pragma('journal_mode = WAL');

const typeDefs = `#graphql
  scalar DateTime
  type Organisation { code: String! name: String! }
  type ReferralSubject { pseudonym: String! gender: String! nationality: String ageBand: String! }
  type Referral {
    id: ID!
    reference: String!
    state: String!
    urgency: String!
    region: String!
    createdAt: DateTime!
    suspectedExploitation: [String!]!
    referringOrganisation: Organisation!
    subject: ReferralSubject!
  }
  type ReferralEdge { cursor: String! node: Referral! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ReferralConnection { edges: [ReferralEdge!]! pageInfo: PageInfo! }
  type Query { referrals(first: Int): ReferralConnection! }
`;

// Newest first, as Samvirke lists them; the same columns, joined rather than loaded per field.
const page = sqlite.prepare(`
  select r.id, r.reference, r.state, r.urgency, r.region, r.created_at as createdAt, r.suspected_exploitation as forms,
    o.code as orgCode, o.name as orgName, s.pseudonym, r.gender, r.nationality, r.age_band as ageBand
  from referrals r join organisations o on o.id = r.referring_organisation_id join subjects s on s.id = r.subject_id
  order by r.created_at desc, r.id desc limit ?`);

const cursorOf = (row) => Buffer.from(JSON.stringify([row.createdAt, row.id])).toString('base64url');

const resolvers = {
  Query: {
    referrals: (_, { first }) => {
      const n = Math.min(first ?? 20, 100);
      const rows = page.all(n + 1);
      const shown = rows.slice(0, n);
      return {
        edges: shown.map((row) => ({
          cursor: cursorOf(row),
          node: {
            id: row.id,
            reference: row.reference,
            state: row.state,
            urgency: row.urgency,
            region: row.region,
            createdAt: new Date(row.createdAt).toISOString(),
            suspectedExploitation: JSON.parse(row.forms),
            referringOrganisation: { code: row.orgCode, name: row.orgName },
            subject: { pseudonym: row.pseudonym, gender: row.gender, nationality: row.nationality, ageBand: row.ageBand },
          },
        })),
        pageInfo: { hasNextPage: rows.length > n, endCursor: shown.length > 0 ? cursorOf(shown.at(-1)) : null },
      };
    },
  },
};

const apollo = new ApolloServer({ typeDefs, resolvers, introspection: false });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
