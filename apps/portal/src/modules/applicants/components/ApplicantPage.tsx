import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Title } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canEditApplicants, canReferApplicants } from '../../auth/utils/permissions';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { Section } from '../../../shared/components/Section';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { governorateName } from '../../../shared/utils/options';
import type { ApplicantQuery } from '../../../gql/graphql';
import { APPLICANT_QUERY } from '../graphql/applicants.graphql';
import { ApplicantAuditTrail } from './ApplicantAuditTrail';
import { ApplicantFacts } from './ApplicantFacts';
import { ApplicantReferrals } from './ApplicantReferrals';
import { MatchList } from './MatchList';
import { useDeferredFirst } from '../../../shared/hooks/use-deferred-first';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ConsentWithdrawnNotice, WithdrawConsentButton } from './WithdrawConsent';

export function ApplicantPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.pageTitles.applicant'));
  const locale = useLocale();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const { data, previousData, error, refetch } = useQuery(APPLICANT_QUERY, { variables: { id } });
  // While a change reloads the applicant, keep showing it (never another applicant's data).
  const applicant = data?.applicant ?? (previousData?.applicant.id === id ? previousData.applicant : undefined);
  // The heading renders as soon as the applicant arrives; the sections below it as a transition (in slices, the
  // browser responsive in between), not in the same long task. They appear below the heading: nothing moves.
  const sections = useDeferredFirst(applicant, (deferred, current) => deferred.id === current.id);

  if (error && !applicant) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!applicant) return <PageLoader />;
  const withdrawn = !!applicant.consentWithdrawnAt;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/applicants" size="sm">
          {t('applicants.page.backToList')}
        </Anchor>
        <Title order={1} size="h2" data-testid="applicant-title">
          <bdi>{applicant.fullName}</bdi>
        </Title>
        <Group gap="xs">
          <Badge variant="light">{APPLICANT_CATEGORY_LABELS[applicant.category][locale]}</Badge>
          <Badge variant="outline" color="gray">
            {governorateName(applicant.governorate, locale)}
          </Badge>
        </Group>
        {canEditApplicants(user) ? (
          <Group gap="sm" mt="xs">
            <Button component={Link} to={`/applicants/${applicant.id}/edit`} variant="light" data-testid="applicant-edit">
              {t('applicants.page.edit')}
            </Button>
            {withdrawn ? null : <WithdrawConsentButton applicant={applicant} />}
          </Group>
        ) : null}
      </Stack>

      {sections ? <ApplicantSections applicant={sections} canRefer={canReferApplicants(user) && !sections.consentWithdrawnAt} /> : null}
    </Stack>
  );
}

function ApplicantSections({ applicant, canRefer }: { applicant: ApplicantQuery['applicant']; canRefer: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <ConsentWithdrawnNotice applicant={applicant} />

      <Section title={t('applicants.page.details')} testId="applicant-details">
        <Card withBorder padding="md">
          <ApplicantFacts applicant={applicant} />
        </Card>
      </Section>

      <Section title={t('applicants.page.referrals')}>
        <ApplicantReferrals referrals={applicant.referrals} applicantId={applicant.id} />
      </Section>

      <Section title={t('applicants.matches.title')} testId="applicant-matches">
        <MatchList applicantId={applicant.id} referrals={applicant.referrals} canRefer={canRefer} />
      </Section>

      <Section title={t('applicants.audit.title')} testId="applicant-audit-section">
        <ApplicantAuditTrail applicantId={applicant.id} />
      </Section>
    </>
  );
}
