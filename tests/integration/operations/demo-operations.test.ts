// The demo operations: a handful in different states, and what each demo user sees of them
// (the need-to-know matrix on the demo organisations: lead, accepted, invited, never invited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, seedDemo } from '../../../server/seed/demo.js';
import { DEMO_OPERATION_USERS } from '../../../server/seed/demo-operations.js';
import { signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { rows } from './operation-helpers.js';
import { OperationsOverviewDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DEMO_PASSWORD: 'demo-password' } });
  await seedDemo(server.deps);
});
afterAll(async () => {
  await server.close();
});


describe('the demo operations', () => {
  it('seeds operations in different states, with invitations and outcomes', () => {
    const ops = rows<{ codename: string; state: string; lead: string }>(server, 'select codename, state, o.code lead from operations join organisations o on o.id = lead_organisation_id order by codename');
    expect(ops).toEqual([
      { codename: 'Havn', state: 'CANCELLED', lead: 'KBHPOL' },
      { codename: 'Lanterne', state: 'CONFIRMED', lead: 'SSJYLPOL' },
      { codename: 'Mølle', state: 'COMPLETED', lead: 'SSJYLPOL' },
      { codename: 'Nattevagt', state: 'DRAFT', lead: 'KBHPOL' },
      { codename: 'Stillads', state: 'PLANNED', lead: 'AT' },
    ]);
    const invitations = rows<{ codename: string; code: string; status: string }>(
      server,
      'select p.codename, o.code, i.status from operation_invitations i join operations p on p.id = i.operation_id join organisations o on o.id = i.organisation_id order by p.codename, o.code',
    );
    expect(invitations).toEqual([
      { codename: 'Havn', code: 'AT', status: 'INVITED' },
      { codename: 'Havn', code: 'CMM', status: 'INVITED' },
      { codename: 'Lanterne', code: 'CMM', status: 'ACCEPTED' },
      { codename: 'Lanterne', code: 'SKTST', status: 'ACCEPTED' },
      { codename: 'Mølle', code: 'CMM', status: 'ACCEPTED' },
      { codename: 'Mølle', code: 'NSK', status: 'ACCEPTED' },
      { codename: 'Mølle', code: 'SKTST', status: 'ACCEPTED' },
      { codename: 'Stillads', code: 'KBHVPOL', status: 'INVITED' },
      { codename: 'Stillads', code: 'SIRI', status: 'ACCEPTED' },
    ]);
    expect(rows(server, 'select * from operation_outcomes')).toHaveLength(3);
  });

  it('shows each demo user exactly what its organisation may see', async () => {
    const expected: Record<string, Record<string, string> | 'FORBIDDEN'> = {
      'koordinator@kbhpol.demo': { Havn: 'FULL', Nattevagt: 'FULL' },
      'efterforsker@nsk.demo': { Mølle: 'FULL' },
      'tilsyn@at.demo': { Havn: 'SUMMARY', Stillads: 'FULL' },
      'kontrol@sktst.demo': { Lanterne: 'FULL', Mølle: 'FULL' },
      'kontrol@siri.demo': { Stillads: 'FULL' },
      'sagsbehandler@cmm.demo': { Havn: 'SUMMARY', Lanterne: 'FULL', Mølle: 'FULL' },
      'koordinator@cmm.demo': { Havn: 'SUMMARY', Lanterne: 'FULL', Mølle: 'FULL' },
      'vurdering@us.demo': {},
      'hjemrejse@hjr.demo': {},
      'anklager@ra.demo': {},
      'revisor@cmm.demo': 'FORBIDDEN',
      'analytiker@cmm.demo': 'FORBIDDEN',
      'referencegruppe@syd.demo': 'FORBIDDEN',
      'admin@samvirke.demo': 'FORBIDDEN',
      'koordinator@ssjylpol.demo': { Lanterne: 'FULL', Mølle: 'FULL' },
      'koordinator@at.demo': { Havn: 'SUMMARY', Stillads: 'FULL' },
    };
    expect(Object.keys(expected).sort()).toEqual([...DEMO_USERS, ...DEMO_OPERATION_USERS].map((u) => u.email).sort());
    for (const [email, sees] of Object.entries(expected)) {
      const { accessToken } = await signIn(server, { email, password: 'demo-password' });
      const res = await server.as({ accessToken })(OperationsOverviewDocument, { first: 50 });
      if (sees === 'FORBIDDEN') {
        expect(errorCode(res), email).toBe('FORBIDDEN');
        continue;
      }
      const nodes = res.body.data!.operations.edges.map((e) => e.node);
      expect(Object.fromEntries(nodes.map((n) => [n.codename, n.access.level])), email).toEqual(sees);
      for (const node of nodes) expect(node.targets === null, `${email} ${node.codename}`).toBe(node.access.level !== 'FULL');
      const molle = nodes.find((n) => n.codename === 'Mølle');
      if (molle) expect(molle.totals).toEqual({ organisationsReported: 3 });
    }
  });
});
