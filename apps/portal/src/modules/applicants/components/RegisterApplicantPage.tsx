import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canRegisterApplicants } from '../../auth/utils/permissions';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ForbiddenState } from '../../../shared/components/states';
import { useNotify } from '../../../shared/hooks/use-notify';
import { useRegisterApplicant } from '../hooks/use-applicant-mutations';
import { applicantValuesToInput, emptyApplicantValues } from '../utils/applicant-form';
import { ApplicantForm } from './ApplicantForm';

export function RegisterApplicantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const [registerApplicant] = useRegisterApplicant();
  const initialValues = useMemo(emptyApplicantValues, []);

  if (!canRegisterApplicants(user)) return <ForbiddenState />;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('applicants.form.title')}
        subtitle={
          <Text size="sm" c="dimmed">
            {t('applicants.form.intro')}
          </Text>
        }
      />
      <ApplicantForm
        initialValues={initialValues}
        onCancel={() => navigate('/applicants')}
        onSubmit={async (values) => {
          const { data } = await registerApplicant({ variables: { input: applicantValuesToInput(values) } });
          notify.success(t('applicants.form.registered'));
          navigate(data ? `/applicants/${data.registerApplicant.id}` : '/applicants');
        }}
      />
    </Stack>
  );
}
