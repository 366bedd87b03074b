// The referral page offers exactly the actions the server's table allows for the user's organisation, roles and the state.
import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../../client/src/referral-actions.js';
import { TRANSITIONS } from '../../../server/modules/referrals/referral-state-machine.js';
import { mayPerform } from '../../../server/modules/referrals/referrals.policy.js';
import type { ReferralState, Role } from '../../../client/src/gql/graphql.js';

const org = (id: string) => ({ id, code: id, name: id, kind: 'OTHER' as const });
const STATES = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT', 'CLOSED', 'WITHDRAWN'] as const;
const ROLE_SETS: Role[][] = [['CASEWORKER'], ['ASSESSOR'], ['COORDINATOR'], ['INVESTIGATOR'], ['CASEWORKER', 'ASSESSOR'], ['AUDITOR']];

describe('allowedActions mirrors the server', () => {
  it('for every state, organisation and role set', () => {
    const referral = { referringOrganisation: org('AT'), receivingOrganisation: org('CMM'), competentAuthority: org('US') };
    for (const state of STATES) {
      for (const orgId of ['AT', 'CMM', 'US', 'NSK']) {
        for (const roles of ROLE_SETS) {
          const client = allowedActions({ ...referral, state: state as ReferralState }, { organisation: { id: orgId }, roles });
          const server = (Object.keys(TRANSITIONS) as Array<keyof typeof TRANSITIONS>).filter(
            (action) =>
              action !== 'UPDATE' &&
              action !== 'SUBMIT' &&
              // A correction of the person's data is its own form on the page, not a move button.
              action !== 'CORRECT_SUBJECT' &&
              TRANSITIONS[action].from.includes(state) &&
              mayPerform({ organisationId: orgId, roles } as never, { state, referringOrganisationId: 'AT', receivingOrganisationId: 'CMM', competentAuthorityId: 'US' }, action),
          );
          expect(client.sort(), `${state} ${orgId} ${roles.join('+')}`).toEqual(server.sort());
        }
      }
    }
  });
});
