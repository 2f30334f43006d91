import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { MeetingKind, pickLocalized } from '@shuraka/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { EmptyState, ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { FOLLOW_UP_SOURCE_QUERY, MEETING_QUERY } from '../graphql/meetings.graphql';
import { useMeetingConsortia } from '../hooks/use-meeting-consortia';
import { useCreateMeeting, useUpdateMeeting } from '../hooks/use-meeting-mutations';
import {
  emptyMeetingValues,
  followUpValues,
  meetingToValues,
  meetingValuesToCreateInput,
  meetingValuesToUpdateInput,
  type MeetingFormValues,
} from '../utils/meeting-form';
import { MeetingForm } from './MeetingForm';

/** `/meetings/new`, `?committee=<id>` from a committee's page, `?followUpOf=<recommendationId>` from a recommendation. */
export function CreateMeetingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const followUpOf = params.get('followUpOf');
  const { managed, loading } = useMeetingConsortia();
  const source = useQuery(FOLLOW_UP_SOURCE_QUERY, { variables: { id: followUpOf ?? '' }, skip: !followUpOf });

  if (followUpOf && source.error) return <QueryFailure error={source.error} onRetry={() => void source.refetch()} />;
  if ((loading && managed.length === 0) || (followUpOf && !source.data)) return <PageLoader />;
  if (managed.length === 0) return <ForbiddenState />;

  const recommendation = source.data?.recommendation;
  let initialValues: MeetingFormValues;
  if (recommendation) {
    initialValues = followUpValues(recommendation, {
      ar: t('meetings.form.followUpTitle', { number: recommendation.number, lng: 'ar' }),
      en: t('meetings.form.followUpTitle', { number: recommendation.number, lng: 'en' }),
    });
  } else {
    const committee = params.get('committee');
    const consortium = params.get('consortium') ?? (managed.length === 1 ? managed[0].value : null);
    initialValues = { ...emptyMeetingValues(), consortiumId: consortium, committeeId: committee, kind: committee ? MeetingKind.COMMITTEE : null };
  }
  return <CreateMeeting initialValues={initialValues} followUp={recommendation ?? null} />;
}

function CreateMeeting({
  initialValues,
  followUp,
}: {
  initialValues: MeetingFormValues;
  followUp: { number: number; text: { ar?: string | null; en?: string | null } } | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { managed } = useMeetingConsortia();
  const [createMeeting] = useCreateMeeting();
  // The form keeps its first values: later option loads must not reset what the user typed.
  const [values] = useState(initialValues);

  return (
    <Stack gap="md">
      <PageHeader title={t('meetings.form.createTitle')} />
      {managed.length === 0 ? (
        <EmptyState title={t('meetings.form.noConsortium')} />
      ) : (
        <MeetingForm
          mode="create"
          initialValues={values}
          consortia={managed}
          followUpLabel={followUp ? t('meetings.form.followUpOf', { number: followUp.number, text: pickLocalized(followUp.text, locale) }) : null}
          submitLabel={t('meetings.form.submitCreate')}
          onCancel={() => navigate(-1)}
          onSubmit={async (formValues) => {
            const { data } = await createMeeting({ variables: { input: meetingValuesToCreateInput(formValues) } });
            notify.success(t('meetings.form.created'));
            navigate(data ? `/meetings/${data.createMeeting.id}` : '/meetings');
          }}
        />
      )}
    </Stack>
  );
}

export function EditMeetingPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MEETING_QUERY, { variables: { id } });
  const [updateMeeting] = useUpdateMeeting();
  const meeting = data?.meeting;
  // The form reads its values once per loaded version (it is keyed on it below).
  const initialValues = useMemo(() => (meeting ? meetingToValues(meeting, locale) : null), [meeting, locale]);

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!meeting || !initialValues) return <PageLoader />;
  if (!meeting.canManage) return <ForbiddenState />;

  const back = () => navigate(`/meetings/${id}`);
  return (
    <Stack gap="md">
      <PageHeader title={t('meetings.form.editTitle')} />
      <MeetingForm
        key={`${meeting.id}:${meeting.version}`}
        mode="edit"
        initialValues={initialValues}
        consortia={[]}
        timeZone={meeting.consortium.timeZone}
        submitLabel={t('meetings.form.submitSave')}
        onCancel={back}
        onSubmit={async (values) => {
          await updateMeeting({ variables: { id, input: meetingValuesToUpdateInput(values, meeting.version) } });
          notify.success(t('meetings.form.saved'));
          back();
        }}
      />
    </Stack>
  );
}
