import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canEditApplicants } from '../../auth/utils/permissions';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useNotify } from '../../../shared/hooks/use-notify';
import { APPLICANT_QUERY } from '../graphql/applicants.graphql';
import { useUpdateApplicant } from '../hooks/use-applicant-mutations';
import { applicantValuesFrom, applicantValuesToUpdate } from '../utils/applicant-form';
import { ApplicantForm } from './ApplicantForm';

/** Corrects a registered applicant: the registration form, filled in, with every change kept in the history. */
export function EditApplicantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(APPLICANT_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateApplicant] = useUpdateApplicant();
  const applicant = data?.applicant;
  const initialValues = useMemo(() => (applicant ? applicantValuesFrom(applicant) : null), [applicant]);

  if (!canEditApplicants(user)) return <ForbiddenState />;
  if (error && !applicant) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!applicant || !initialValues) return <PageLoader />;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('applicants.edit.title')}
        subtitle={
          <Text size="sm" c="dimmed">
            {t('applicants.edit.intro')}
          </Text>
        }
      />
      <ApplicantForm
        key={applicant.version}
        applicantId={applicant.id}
        initialValues={initialValues}
        onCancel={() => navigate(`/applicants/${applicant.id}`)}
        onSubmit={async (values) => {
          await updateApplicant({ variables: { input: applicantValuesToUpdate(values, applicant.id, applicant.version) } });
          notify.success(t('applicants.edit.saved'));
          navigate(`/applicants/${applicant.id}`);
        }}
      />
    </Stack>
  );
}
