import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canCreateOrganization, canEditOrganization } from '../../auth/utils/permissions';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ORGANIZATION_QUERY } from '../graphql/organizations.graphql';
import { useCreateOrganization, useUpdateOrganization } from '../hooks/use-organization-mutations';
import {
  emptyOrganizationValues,
  organizationToValues,
  organizationValuesToInput,
  organizationValuesToUpdateInput,
} from '../utils/organization-form';
import { OrganizationForm } from './OrganizationForm';

export function CreateOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const [createOrganization] = useCreateOrganization();
  const initialValues = useMemo(emptyOrganizationValues, []);

  if (!canCreateOrganization(user)) return <ForbiddenState />;

  return (
    <Stack gap="md">
      <PageHeader title={t('organizations.form.createTitle')} />
      <OrganizationForm
        initialValues={initialValues}
        submitLabel={t('organizations.form.submitCreate')}
        onCancel={() => navigate('/organizations')}
        onSubmit={async (values) => {
          const { data } = await createOrganization({ variables: { input: organizationValuesToInput(values) } });
          notify.success(t('organizations.form.created'));
          navigate(data ? `/organizations/${data.createOrganization.id}` : '/organizations');
        }}
      />
    </Stack>
  );
}

export function EditOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ORGANIZATION_QUERY, { variables: { id } });
  const [updateOrganization] = useUpdateOrganization();
  const organization = data?.organization;
  const initialValues = useMemo(() => (organization ? organizationToValues(organization) : null), [organization]);

  if (!canEditOrganization(user, id)) return <ForbiddenState />;
  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!organization || !initialValues) return <PageLoader />;

  const back = () => navigate(`/organizations/${id}`);
  return (
    <Stack gap="md">
      <PageHeader title={t('organizations.form.editTitle')} />
      <OrganizationForm
        key={organization.id}
        initialValues={initialValues}
        submitLabel={t('organizations.form.submitSave')}
        onCancel={back}
        onSubmit={async (values) => {
          await updateOrganization({ variables: { id, input: organizationValuesToUpdateInput(values) } });
          notify.success(t('organizations.form.saved'));
          back();
        }}
      />
    </Stack>
  );
}
