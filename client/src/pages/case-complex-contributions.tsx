// Issue 14, journey 3 on the complex's screen: the police journal numbers, the prosecution's case
// number and international cooperation; the agencies invited to contribute; their contributions.
// Each part is shown when the API gives it (null: withheld for this viewer) and each action is
// offered to the roles the API's @auth allows; the server decides the rest and its refusal shows.
import { currentUser, gql } from '../api/client';
import { ActionForm } from '../components/action-form';
import { Row } from '../components/ui';
import {
  AddCaseComplexContributionDocument,
  ComplexJourneyDocument,
  InviteCaseComplexContributorDocument,
  OrganisationsDocument,
  RemoveCaseComplexContributorDocument,
  UpdateCaseComplexDetailsDocument,
  type ContributionCategory,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { countryName, enumLabel, enumOptions, formatDate, t } from '../i18n';
import { CASE_COMPLEX_CHANGE_ROLES, hasSomeRole } from './case-complex-roles';

const lines = (v: string) =>
  v
    .split(/\n/)
    .map((s) => s.trim())
    .filter(Boolean);
const codes = (v: string) =>
  v
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function ComplexJourneyPanel(props: { id: string; erased: boolean }) {
  const { data, set } = useLoad(() => gql(ComplexJourneyDocument, { id: props.id }), `journey-${props.id}`);
  const c = data?.caseComplex;
  const user = currentUser();
  const mayChange = !props.erased && hasSomeRole(user?.roles, CASE_COMPLEX_CHANGE_ROLES);
  const isLead = c?.leadOrganisation.id === user?.organisation.id;
  const orgs = useLoad(() => (mayChange && isLead ? gql(OrganisationsDocument) : Promise.resolve(null)), `orgs-${mayChange && isLead}`);
  if (!c) return null;
  const merge = (next: Partial<NonNullable<typeof c>>) => set({ caseComplex: { ...c, ...next } });
  const coop = c.cooperation;
  const asContributor = c.access.reasonCode === 'CASE_COMPLEX_CONTRIBUTOR';
  const invitable = (orgs.data?.organisations ?? []).filter((o) => o.kind !== 'POLICE' && o.kind !== 'PROSECUTION' && !(c.contributors ?? []).some((x) => x.organisation.id === o.id && !x.removedAt));
  return (
    <>
      {c.policeJournalNumbers !== null || coop ? (
        <section class="detail-section" data-testid="cc-details" aria-labelledby="cc-details-heading">
          <h2 id="cc-details-heading">{t('complex.details')}</h2>
          <dl class="facts">
            <Row term={t('complex.journalNumbers')}>{c.policeJournalNumbers?.length ? c.policeJournalNumbers.join(', ') : t('complex.none')}</Row>
            <Row term={t('complex.prosecutionCaseNumber')}>{c.prosecutionCaseNumber ?? t('complex.none')}</Row>
            <Row term={t('complex.partnerCountries')}>{coop?.partnerCountries.length ? coop.partnerCountries.map(countryName).join(', ') : t('complex.none')}</Row>
            <Row term={t('complex.jit')}>{coop?.jointInvestigationTeam ? `${t('complex.jitYes')}${coop.jointInvestigationTeamName ? ` · ${coop.jointInvestigationTeamName}` : ''}` : t('complex.jitNo')}</Row>
          </dl>
          {mayChange ? (
            <ActionForm
              key={`details-${(c.policeJournalNumbers ?? []).join()}-${c.prosecutionCaseNumber}`}
              testId="action-cc-details"
              title={t('complex.updateDetails')}
              fields={[
                { name: 'journal', apiField: 'input.policeJournalNumbers', label: `${t('complex.journalNumbers')} (${t('complex.journalNumbersHint')})`, kind: 'textarea', initial: (c.policeJournalNumbers ?? []).join('\n') },
                { name: 'prosecution', apiField: 'input.prosecutionCaseNumber', label: t('complex.prosecutionCaseNumber'), kind: 'text', initial: c.prosecutionCaseNumber ?? '' },
                { name: 'countries', apiField: 'input.partnerCountries', label: `${t('complex.partnerCountries')} (${t('complex.partnerCountriesHint')})`, kind: 'text', initial: (coop?.partnerCountries ?? []).join(', ') },
                { name: 'jit', apiField: 'input.jointInvestigationTeam', label: t('complex.jit'), kind: 'select', options: [{ value: 'yes', label: t('complex.jitYes') }, { value: 'no', label: t('complex.jitNo') }], initial: coop?.jointInvestigationTeam ? 'yes' : 'no' },
                { name: 'jitName', apiField: 'input.jointInvestigationTeamName', label: t('complex.jitName'), kind: 'text', initial: coop?.jointInvestigationTeamName ?? '' },
              ]}
              run={async (v) => {
                // Only what changed is sent: the prosecution may change its own number only.
                const input: Record<string, unknown> = {};
                if ((v.journal ?? '') !== (c.policeJournalNumbers ?? []).join('\n')) input.policeJournalNumbers = lines(v.journal ?? '');
                if ((v.prosecution ?? '') !== (c.prosecutionCaseNumber ?? '')) input.prosecutionCaseNumber = v.prosecution ?? '';
                if ((v.countries ?? '') !== (coop?.partnerCountries ?? []).join(', ')) input.partnerCountries = codes(v.countries ?? '');
                if ((v.jit === 'yes') !== (coop?.jointInvestigationTeam ?? false)) input.jointInvestigationTeam = v.jit === 'yes';
                if ((v.jitName ?? '') !== (coop?.jointInvestigationTeamName ?? '')) input.jointInvestigationTeamName = v.jitName ?? '';
                const next = await gql(UpdateCaseComplexDetailsDocument, { id: c.id, input });
                merge(next.updateCaseComplexDetails);
              }}
            />
          ) : null}
        </section>
      ) : null}
      {c.contributors !== null ? (
        <section class="detail-section" data-testid="cc-contributors" aria-labelledby="cc-contributors-heading">
          <h2 id="cc-contributors-heading">{t('complex.contributors')}</h2>
          <p class="muted">{t('complex.contributorsIntro')}</p>
          {c.contributors.length === 0 ? <p>{t('complex.none')}</p> : null}
          <ul>
            {c.contributors.map((x) => (
              <li key={x.organisation.id} data-testid="contributor">
                <strong>{x.organisation.name}</strong> · {t('complex.invitedAt', { at: formatDate(x.invitedAt) })}
                {x.removedAt ? ` · ${t('complex.removedAt', { at: formatDate(x.removedAt) })}` : null}
                {!x.removedAt && mayChange && isLead ? (
                  <>
                    {' '}
                    <button type="button" class="button button-tertiary" onClick={async () => merge((await gql(RemoveCaseComplexContributorDocument, { caseComplexId: c.id, organisationCode: x.organisation.code })).removeCaseComplexContributor)}>
                      {t('complex.removeContributor')}
                      <span class="sr-only"> {x.organisation.name}</span>
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {mayChange && isLead ? (
            <ActionForm
              key={`invite-${c.contributors.length}`}
              testId="action-cc-invite"
              title={t('complex.invite')}
              fields={[{ name: 'organisation', apiField: 'organisationCode', label: t('complex.inviteOrganisation'), kind: 'select', options: invitable.map((o) => ({ value: o.code, label: o.name })) }]}
              run={async (v) => merge((await gql(InviteCaseComplexContributorDocument, { caseComplexId: c.id, organisationCode: v.organisation ?? '' })).inviteCaseComplexContributor)}
            />
          ) : null}
        </section>
      ) : null}
      {c.contributions !== null ? (
        <section class="detail-section" data-testid="cc-contributions" aria-labelledby="cc-contributions-heading">
          <h2 id="cc-contributions-heading">{t('complex.contributions')}</h2>
          {c.contributions.length === 0 ? <p class="muted">{t('complex.contributionsNone')}</p> : null}
          <ol class="timeline">
            {c.contributions.map((x) => (
              <li key={x.id} data-testid="contribution">
                <span class="timeline-when">{formatDate(x.notedOn)}</span> <strong>{enumLabel('ContributionCategory', x.category)}</strong> · {x.organisation.name}
                <p class="timeline-note">{x.note}</p>
              </li>
            ))}
          </ol>
          {asContributor && mayChange ? (
            <ActionForm
              key={`contribute-${c.contributions.length}`}
              testId="action-cc-contribute"
              title={t('complex.addContribution')}
              fields={[
                { name: 'category', label: t('complex.contributionCategory'), kind: 'select', options: enumOptions('ContributionCategory') },
                { name: 'notedOn', label: t('complex.contributionDate'), kind: 'date', initial: new Date().toISOString().slice(0, 10) },
                { name: 'note', label: t('complex.contributionNote'), kind: 'textarea' },
              ]}
              run={async (v) => {
                await gql(AddCaseComplexContributionDocument, { caseComplexId: c.id, input: { category: v.category as ContributionCategory, notedOn: v.notedOn ?? '', note: v.note ?? '' } });
                const next = await gql(ComplexJourneyDocument, { id: c.id });
                if (next.caseComplex) set(next);
              }}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
