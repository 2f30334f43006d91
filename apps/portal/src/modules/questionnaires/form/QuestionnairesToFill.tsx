import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDate } from '../../../shared/utils/format';
import type { FillMyAssignmentsQuery } from '../../../gql/graphql';
import { FILL_MY_ASSIGNMENTS_QUERY } from '../graphql/form.graphql';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';

const SHOWN = 20;

type AssignmentToFill = FillMyAssignmentsQuery['questionnaireAssignments']['edges'][number]['node'];

/**
 * The questionnaires to fill, and whether the list has answered (or failed): a page that shows the panel above other
 * content waits for it, so that the content below does not jump down when it arrives.
 */
export function useQuestionnairesToFill({ skip = false } = {}): {
  nodes: readonly AssignmentToFill[];
  settled: boolean;
} {
  const { data, error, loading } = useQuery(FILL_MY_ASSIGNMENTS_QUERY, {
    variables: { first: SHOWN },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const nodes = data?.questionnaireAssignments.edges.map((edge) => edge.node) ?? [];
  return {
    nodes,
    settled: skip || Boolean(data) || Boolean(error) || !loading,
  };
}

/** On the partner's home page: the questionnaires their organisation was asked to fill, unfinished ones first. */
export function QuestionnairesToFillPanel({ nodes }: { nodes: readonly AssignmentToFill[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Nothing assigned (or the list could not load): the inbox below stays the page's subject.
  if (nodes.length === 0) return null;
  const rank = (node: (typeof nodes)[number]) => (node.status === 'SUBMITTED' ? 2 : node.overdue ? 0 : 1);
  const sorted = [...nodes].sort((a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn));

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="questionnaires-to-fill" data-testid="questionnaires-to-fill">
      <Stack gap="sm">
        <Group gap="xs">
          <IconClipboardList size={20} aria-hidden />
          <Title order={2} size="h4" id="questionnaires-to-fill">
            {t('questionnaires.form.home.title')}
          </Title>
        </Group>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {sorted.map((node) => (
            <li key={node.id}>
              <Card component={Link} to={`/assignments/${node.id}`} withBorder padding="xs" data-testid="questionnaire-to-fill">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Stack gap={0} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
                    <Text fw={600} size="sm">
                      {pickLocalized(node.questionnaire.title, locale)}
                    </Text>
                    <Text size="xs" c={node.overdue ? 'red.8' : 'dimmed'}>
                      {t('questionnaires.form.home.due', { date: formatDate(node.dueOn, locale) })}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    <AssignmentStatusBadge status={node.status} />
                    {node.overdue ? (
                      <Badge color="red" variant="light">
                        {t('questionnaires.form.status.overdue')}
                      </Badge>
                    ) : null}
                  </Group>
                </Group>
              </Card>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
