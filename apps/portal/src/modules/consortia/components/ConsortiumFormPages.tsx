import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canManageConsortia } from '../../auth/utils/permissions';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useNotify } from '../../../shared/hooks/use-notify';
import { CONSORTIUM_QUERY } from '../graphql/consortia.graphql';
import { useCreateConsortium, useUpdateConsortium } from '../hooks/use-consortium-mutations';
import {
  consortiumToValues,
  consortiumValuesToCreateInput,
  consortiumValuesToUpdateInput,
  emptyConsortiumValues,
} from '../utils/consortium-form';
import { ConsortiumForm } from './ConsortiumForm';

export function CreateConsortiumPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const [createConsortium] = useCreateConsortium();
  const initialValues = useMemo(emptyConsortiumValues, []);

  if (!canManageConsortia(user)) return <ForbiddenState />;

  return (
    <Stack gap="md">
      <PageHeader title={t('consortia.form.createTitle')} />
      <ConsortiumForm
        mode="create"
        initialValues={initialValues}
        submitLabel={t('consortia.form.submitCreate')}
        onCancel={() => navigate('/consortia')}
        onSubmit={async (values) => {
          const { data } = await createConsortium({ variables: { input: consortiumValuesToCreateInput(values) } });
          notify.success(t('consortia.form.created'));
          navigate(data ? `/consortia/${data.createConsortium.id}` : '/consortia');
        }}
      />
    </Stack>
  );
}

export function EditConsortiumPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CONSORTIUM_QUERY, { variables: { id } });
  const [updateConsortium] = useUpdateConsortium();
  const consortium = data?.consortium;
  const initialValues = useMemo(() => (consortium ? consortiumToValues(consortium) : null), [consortium]);

  if (!canManageConsortia(user)) return <ForbiddenState />;
  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!consortium || !initialValues) return <PageLoader />;

  const back = () => navigate(`/consortia/${id}`);
  return (
    <Stack gap="md">
      <PageHeader title={t('consortia.form.editTitle')} />
      <ConsortiumForm
        key={consortium.id}
        mode="edit"
        initialValues={initialValues}
        submitLabel={t('consortia.form.submitSave')}
        onCancel={back}
        onSubmit={async (values) => {
          await updateConsortium({ variables: { id, input: consortiumValuesToUpdateInput(values) } });
          notify.success(t('consortia.form.saved'));
          back();
        }}
      />
    </Stack>
  );
}
