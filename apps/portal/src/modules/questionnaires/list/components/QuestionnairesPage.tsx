import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconPlus } from '@tabler/icons-react';
import { LIMITS, pickLocalized, Role } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../auth/hooks/use-current-user';
import { LoadMoreFooter } from '../../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { PagedList } from '../../../../shared/components/PagedList';
import { EmptyState, ErrorState, ListSkeleton } from '../../../../shared/components/states';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { useNotify } from '../../../../shared/hooks/use-notify';
import { formatDate } from '../../../../shared/utils/format';
import { useManagedConsortia } from '../../editor/hooks/use-managed-consortia';
import { AssignmentStatusBadge } from '../../form/AssignmentStatusBadge';
import { MY_ASSIGNMENTS_QUERY, QUESTIONNAIRE_LIST_QUERY } from '../graphql/list.graphql';
import { latestVersions } from '../utils/latest-versions';

/**
 * `/questionnaires`: the consortium's questionnaires for its lead, committee and administrators; partner staff
 * first see what was assigned to their organisation (and the published questionnaires of their consortia).
 */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { consortia } = useManagedConsortia();
  const partner = user.role === Role.PARTNER_STAFF && !!user.organization;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('questionnaires.list.title')}
        actions={
          consortia.length > 0 ? (
            <Button component={Link} to="/questionnaires/new" leftSection={<IconPlus size={16} aria-hidden />} data-testid="questionnaire-create">
              {t('questionnaires.list.create')}
            </Button>
          ) : null
        }
      />
      {partner ? <MyAssignments organizationId={user.organization!.id} /> : null}
      <ConsortiumQuestionnaires titled={partner} managed={new Set(consortia.map((c) => c.id))} />
    </Stack>
  );
}

function MyAssignments({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MY_ASSIGNMENTS_QUERY, {
    variables: { organizationId, first: LIMITS.pageSizeDefault },
  });
  const result = (data ?? previousData)?.questionnaireAssignments;
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-assignments">
      <Title order={2} size="h4" id="my-assignments">
        {t('questionnaires.list.myAssignments')}
      </Title>
      <PagedList
        result={result}
        error={error}
        loading={loading}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={<EmptyState title={t('questionnaires.list.emptyAssignments')} />}
        renderItem={(assignment) => (
          <Card key={assignment.id} withBorder padding="md" component={Link} to={`/assignments/${assignment.id}`} data-testid="assignment-row">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minInlineSize: 0 }}>
                <Text fw={600}>{pickLocalized(assignment.questionnaire.title, locale)}</Text>
                <Text size="sm" c="dimmed">
                  {pickLocalized(assignment.questionnaire.consortium.name, locale)} · {t('questionnaires.list.dueOn', { date: formatDate(assignment.dueOn, locale) })}
                </Text>
              </Stack>
              <Group gap="xs">
                {assignment.overdue ? (
                  <Badge color="red" variant="filled">
                    {t('questionnaires.form.status.overdue')}
                  </Badge>
                ) : null}
                <AssignmentStatusBadge status={assignment.status} data-testid="assignment-status" />
              </Group>
            </Group>
          </Card>
        )}
      />
    </Stack>
  );
}

function ConsortiumQuestionnaires({ titled, managed }: { titled: boolean; managed: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const user = useCurrentUser();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(QUESTIONNAIRE_LIST_QUERY, {
    variables: { first: LIMITS.pageSizeMax },
  });
  const result = (data ?? previousData)?.questionnaires;
  const rows = latestVersions((result?.edges ?? []).map((edge) => edge.node));
  // Committee members and administrators follow every questionnaire they see up; partner staff only their lead's.
  const followsUp = (consortiumId: string) => user.role !== Role.PARTNER_STAFF || managed.has(consortiumId);

  let body;
  if (error && !result) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!result) body = <ListSkeleton />;
  else if (rows.length === 0) body = titled ? null : <EmptyState title={t('questionnaires.list.empty')} hint={t('questionnaires.list.emptyHint')} />;
  else
    body = (
      <Stack gap="sm" aria-busy={loading}>
        {rows.map((questionnaire) => (
          <Card key={questionnaire.id} withBorder padding="md" data-testid="questionnaire-row">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
                <Text fw={600} component={Link} to={`/questionnaires/${questionnaire.id}`} c="inherit">
                  {pickLocalized(questionnaire.title, locale)}
                </Text>
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {pickLocalized(questionnaire.consortium.name, locale)}
                  </Text>
                  <Badge variant="light" size="sm">
                    {t('questionnaires.list.version', { version: questionnaire.version })}
                  </Badge>
                  <Badge variant="light" size="sm" color={questionnaire.published ? 'teal' : 'orange'} data-testid="questionnaire-row-state">
                    {questionnaire.published ? t('questionnaires.list.published') : t('questionnaires.list.draft')}
                  </Badge>
                </Group>
              </Stack>
              <Group gap="xs">
                <Button component={Link} to={`/questionnaires/${questionnaire.id}`} variant="default" size="xs">
                  {t('questionnaires.list.open')}
                </Button>
                {questionnaire.published && followsUp(questionnaire.consortium.id) ? (
                  <Button
                    component={Link}
                    to={`/questionnaires/${questionnaire.id}/completion`}
                    variant="light"
                    size="xs"
                    leftSection={<IconChartBar size={14} aria-hidden />}
                    data-testid="questionnaire-row-completion"
                  >
                    {t('questionnaires.list.completion')}
                  </Button>
                ) : null}
              </Group>
            </Group>
          </Card>
        ))}
        {/* Counted in rows (questionnaires), not versions; versions not loaded yet may each be a row. */}
        <LoadMoreFooter
          shown={rows.length}
          total={rows.length + result.totalCount - result.edges.length}
          hasNextPage={result.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } }).catch(notify.failure)}
        />
      </Stack>
    );

  if (!titled) return body;
  if (body === null) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="consortium-questionnaires">
      <Title order={2} size="h4" id="consortium-questionnaires">
        {t('questionnaires.list.consortiumQuestionnaires')}
      </Title>
      {body}
    </Stack>
  );
}
