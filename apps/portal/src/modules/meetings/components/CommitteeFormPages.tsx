import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { COMMITTEE_QUERY } from '../graphql/committees.graphql';
import { useMeetingConsortia } from '../hooks/use-meeting-consortia';
import { useCreateCommittee, useUpdateCommittee } from '../hooks/use-meeting-mutations';
import {
  committeeToValues,
  committeeValuesToCreateInput,
  committeeValuesToUpdateInput,
  emptyCommitteeValues,
  type CommitteeFormValues,
} from '../utils/committee-form';
import { CommitteeForm } from './CommitteeForm';

export function CreateCommitteePage() {
  const { managed, loading } = useMeetingConsortia();
  const [params] = useSearchParams();
  if (loading && managed.length === 0) return <PageLoader />;
  if (managed.length === 0) return <ForbiddenState />;
  const consortiumId = params.get('consortium') ?? (managed.length === 1 ? managed[0].value : null);
  return <CreateCommittee initialValues={{ ...emptyCommitteeValues(), consortiumId }} />;
}

function CreateCommittee({ initialValues }: { initialValues: CommitteeFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { managed } = useMeetingConsortia();
  const [createCommittee] = useCreateCommittee();
  const [values] = useState(initialValues);
  return (
    <Stack gap="md">
      <PageHeader title={t('meetings.committees.form.createTitle')} />
      <CommitteeForm
        mode="create"
        initialValues={values}
        consortia={managed}
        submitLabel={t('meetings.committees.form.submitCreate')}
        onCancel={() => navigate('/committees')}
        onSubmit={async (formValues) => {
          const { data } = await createCommittee({ variables: { input: committeeValuesToCreateInput(formValues) } });
          notify.success(t('meetings.committees.form.created'));
          navigate(data ? `/committees/${data.createCommittee.id}` : '/committees');
        }}
      />
    </Stack>
  );
}

export function EditCommitteePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(COMMITTEE_QUERY, { variables: { id } });
  const [updateCommittee] = useUpdateCommittee();
  const committee = data?.committee;
  const initialValues = useMemo(() => (committee ? committeeToValues(committee, locale) : null), [committee, locale]);

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!committee || !initialValues) return <PageLoader />;
  if (!committee.canManage) return <ForbiddenState />;

  const back = () => navigate(`/committees/${id}`);
  return (
    <Stack gap="md">
      <PageHeader title={t('meetings.committees.form.editTitle')} />
      <CommitteeForm
        key={`${committee.id}:${committee.version}`}
        mode="edit"
        initialValues={initialValues}
        consortia={[]}
        submitLabel={t('meetings.committees.form.submitSave')}
        onCancel={back}
        onSubmit={async (values) => {
          await updateCommittee({ variables: { id, input: committeeValuesToUpdateInput(values, committee.version) } });
          notify.success(t('meetings.committees.form.saved'));
          back();
        }}
      />
    </Stack>
  );
}
