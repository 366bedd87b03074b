// `npx tsx tests/bench/listing.ts [--referrals N] [--requests N]`: the referral listing with every
// personal field, over HTTP on a real server (tests/support/test-server.ts), as the referrer who
// sees its own referrals in full. Prints the median and p90 of one page of 100 referrals. Used to
// compare a commit before sealing with one after (docs/operations.md § Statistics performance):
// run it alternately in both checkouts. Uses only the API, so it runs on either.
import { newActor } from '../support/actors.js';
import { referralInputFor } from '../support/factories.js';
import { startTestServer } from '../support/test-server.js';
import { CreateReferralDocument, ReferralsEveryPersonalFieldDocument } from '../gql/generated/graphql.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const REFERRALS = option('referrals', 300);
const REQUESTS = option('requests', 200);


const server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
try {
  const referrer = await newActor(server, 'AT', ['CASEWORKER']);
  for (let i = 0; i < REFERRALS; i += 1) {
    const input = {
      ...referralInputFor(server, { subject: { name: `Person ${i} Testesen`, alias: `P${i}`, contact: `+45 20 ${String(10_000 + i)}`, whereabouts: `Shelter ${i}, Odense` } }),
      narrative: `Narrative of referral ${i}: works long days for board and lodging only.`,
      indicators: [`Indicator ${i}`, 'Passport held by employer'],
    };
    const res = await server.as(referrer)(CreateReferralDocument, { input });
    if (!res.body.data?.createReferral) throw new Error(`createReferral failed: ${JSON.stringify(res.body.errors)}`);
  }
  const once = async () => {
    const started = process.hrtime.bigint();
    const res = await server.as(referrer)(ReferralsEveryPersonalFieldDocument, { first: 100 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const edges = res.body.data?.referrals.edges ?? [];
    if (edges.length !== 100 || !edges.every((e) => e.node.subject.identity?.name?.startsWith('Person '))) throw new Error(`unexpected answer: ${JSON.stringify(res.body).slice(0, 300)}`);
    return ms;
  };
  for (let i = 0; i < 20; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  process.stdout.write(`${JSON.stringify({ referrals: REFERRALS, requests: REQUESTS, medianMs: Number(at(0.5).toFixed(2)), p90Ms: Number(at(0.9).toFixed(2)) })}\n`);
} finally {
  await server.close();
}
