import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { currencyOfCountry, findGovernorate, pickLocalized } from '@shuraka/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canManageServices } from '../../auth/utils/permissions';
import { ORGANIZATION_QUERY } from '../../organizations/graphql/organizations.graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { NotFoundPage } from '../../../shared/components/NotFoundPage';
import { ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { useCreateService, useUpdateService } from '../hooks/use-service-mutations';
import {
  emptyServiceValues,
  serviceToValues,
  serviceValuesToCreateInput,
  serviceValuesToUpdateInput,
} from '../utils/service-form';
import { ServiceForm } from './ServiceForm';

function useProvider() {
  const { id = '' } = useParams();
  const query = useQuery(ORGANIZATION_QUERY, { variables: { id } });
  return { organizationId: id, ...query };
}

export function CreateServicePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const { organizationId, data, error, refetch } = useProvider();
  const [createService] = useCreateService(organizationId);
  // One currency for the amount range, prefilled from the provider's country (by its first governorate).
  const country = data?.organization.governorates.map((code) => findGovernorate(code)?.country).find(Boolean);
  const initialValues = useMemo(() => emptyServiceValues(currencyOfCountry(country)), [country]);

  if (!canManageServices(user, organizationId)) return <ForbiddenState />;
  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;

  const back = () => navigate(`/organizations/${organizationId}`);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('services.form.createTitle')}
        subtitle={<Text c="dimmed">{t('services.form.forOrganization', { name: pickLocalized(data.organization.name, locale) })}</Text>}
      />
      <ServiceForm
        initialValues={initialValues}
        submitLabel={t('services.form.submitCreate')}
        onCancel={back}
        onSubmit={async (values) => {
          await createService({ variables: { input: serviceValuesToCreateInput(organizationId, values) } });
          notify.success(t('services.form.created'));
          back();
        }}
      />
    </Stack>
  );
}

export function EditServicePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const { serviceId } = useParams();
  const { organizationId, data, error, refetch } = useProvider();
  const [updateService] = useUpdateService();
  const service = data?.organization.services.find((candidate) => candidate.id === serviceId);
  const initialValues = useMemo(() => (service ? serviceToValues(service) : null), [service]);

  if (!canManageServices(user, organizationId)) return <ForbiddenState />;
  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  if (!service || !initialValues) return <NotFoundPage />;

  const back = () => navigate(`/organizations/${organizationId}`);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('services.form.editTitle')}
        subtitle={<Text c="dimmed">{t('services.form.forOrganization', { name: pickLocalized(data.organization.name, locale) })}</Text>}
      />
      <ServiceForm
        key={service.id}
        initialValues={initialValues}
        submitLabel={t('services.form.submitSave')}
        onCancel={back}
        onSubmit={async (values) => {
          await updateService({ variables: { id: service.id, input: serviceValuesToUpdateInput(values) } });
          notify.success(t('services.form.saved'));
          back();
        }}
      />
    </Stack>
  );
}
