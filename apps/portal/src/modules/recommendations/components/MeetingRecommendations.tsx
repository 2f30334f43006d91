import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, Stack, Text, Title, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { formatNumber } from '../../../shared/utils/format';
import { MEETING_RECOMMENDATIONS_QUERY } from '../graphql/recommendations.graphql';
import { useAddRecommendation } from '../hooks/use-recommendation-mutations';
import { addRecommendationInput, emptyRecommendationValues } from '../utils/recommendation-forms';
import { ProgressTemplateMenu, ProgressUploadDialog } from './ProgressUpload';
import { RecommendationCard } from './RecommendationCard';
import { RecommendationForm } from './RecommendationForm';

/**
 * A meeting's recommendations by number, for its page: managers add them; managers and owners' staff
 * report progress on many at once with a sheet (its template is the meeting's recommendations).
 */
export function MeetingRecommendations({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const phone = useMediaQuery(`(max-width: ${em(575.98)})`, false, { getInitialValueInEffect: false });
  const [adding, setAdding] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const { data, error, refetch } = useQuery(MEETING_RECOMMENDATIONS_QUERY, { variables: { id: meetingId } });
  const [addRecommendation] = useAddRecommendation();
  const meeting = data?.meeting;
  const recommendations = [...(meeting?.recommendations ?? [])].sort((a, b) => a.number - b.number);
  const canReport = !!meeting && (meeting.canManage || recommendations.some((recommendation) => recommendation.canReport));

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="meeting-recommendations-title" data-testid="meeting-recommendations">
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Group gap="xs">
            <Title order={2} size="h4" id="meeting-recommendations-title">
              {t('recommendations.meeting.title')}
            </Title>
            {meeting ? (
              <Badge variant="light" color="gray" data-testid="meeting-recommendations-count">
                {formatNumber(recommendations.length, locale)}
              </Badge>
            ) : null}
          </Group>
          {meeting ? (
            <Group gap="xs">
              {canReport && recommendations.length > 0 ? (
                <>
                  <ProgressTemplateMenu meetingId={meetingId} />
                  <Button variant="light" leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setUploading(true)} data-testid="progress-upload">
                    {t('recommendations.upload.open')}
                  </Button>
                </>
              ) : null}
              {meeting.canManage ? (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)} data-testid="recommendation-add">
                  {t('recommendations.meeting.add')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>

        {error && !meeting ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !meeting ? (
          <ListSkeleton rows={2} />
        ) : recommendations.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="meeting-recommendations-empty">
            {meeting.canManage ? t('recommendations.meeting.emptyManager') : t('recommendations.meeting.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {recommendations.map((recommendation) => (
              <li key={recommendation.id}>
                <RecommendationCard recommendation={recommendation} compact />
              </li>
            ))}
          </Stack>
        )}
      </Stack>

      {meeting ? (
        <>
          <Modal opened={adding} onClose={() => setAdding(false)} title={t('recommendations.meeting.add')} size="lg" fullScreen={phone}>
            <RecommendationForm
              key={formKey}
              consortiumId={meeting.consortium.id}
              organizations={meeting.consortium.members.map((member) => member.organization)}
              initialValues={emptyRecommendationValues()}
              excludeMeetingId={meetingId}
              submitLabel={t('recommendations.meeting.add')}
              onCancel={() => setAdding(false)}
              onSubmit={async (values) => {
                const result = await addRecommendation({ variables: { input: addRecommendationInput(meetingId, values) } });
                if (!result.data) return;
                notify.success(t('recommendations.meeting.added', { number: formatNumber(result.data.addRecommendation.number, locale) }));
                setAdding(false);
                setFormKey((key) => key + 1);
              }}
            />
          </Modal>
          <ProgressUploadDialog meetingId={meetingId} opened={uploading} onClose={() => setUploading(false)} />
        </>
      ) : null}
    </Card>
  );
}
