import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecommendationSummaryFieldsFragment } from '../../../gql/graphql';
import { RECOMMENDATIONS_QUERY } from '../graphql/recommendations.graphql';
import { RecommendationCard } from './RecommendationCard';

const SHOWN = 10;

/** Overdue first, then by due date (undated last), as the API orders each status. */
export function openFirst(items: readonly RecommendationSummaryFieldsFragment[]): RecommendationSummaryFieldsFragment[] {
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
      a.number - b.number,
  );
}

/** On an owner's home page: their organisation's open recommendations, overdue first (nothing shown when there are none). */
export function OurRecommendations({ organizationId }: { organizationId: string }) {
  return <OurRecommendationsPanel organizationId={organizationId} nodes={useOurRecommendations(organizationId).nodes} />;
}

/**
 * An organisation's open and in-progress recommendations, and whether both lists have answered (or failed): a page
 * that shows the panel above other content waits for it, so that the content below does not jump down. No
 * organisation: nothing is asked.
 */
export function useOurRecommendations(organizationId: string | null | undefined): {
  nodes: RecommendationSummaryFieldsFragment[];
  settled: boolean;
} {
  const skip = !organizationId;
  const open = useQuery(RECOMMENDATIONS_QUERY, {
    variables: {
      filter: { ownerOrganizationId: organizationId ?? '', status: 'OPEN' },
      first: SHOWN,
    },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const inProgress = useQuery(RECOMMENDATIONS_QUERY, {
    variables: {
      filter: {
        ownerOrganizationId: organizationId ?? '',
        status: 'IN_PROGRESS',
      },
      first: SHOWN,
    },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const nodes = [...(open.data?.recommendations.edges ?? []), ...(inProgress.data?.recommendations.edges ?? [])].map((edge) => edge.node);
  const settled = (query: typeof open) => Boolean(query.data) || Boolean(query.error) || !query.loading;
  return { nodes, settled: skip || (settled(open) && settled(inProgress)) };
}

export function OurRecommendationsPanel({
  organizationId,
  nodes,
}: {
  organizationId: string;
  nodes: readonly RecommendationSummaryFieldsFragment[];
}) {
  const { t } = useTranslation();
  if (nodes.length === 0) return null;
  const shown = openFirst(nodes).slice(0, SHOWN);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="our-recommendations" data-testid="our-recommendations">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <IconChecklist size={20} aria-hidden />
            <Stack gap={0}>
              <Title order={2} size="h4" id="our-recommendations">
                {t('recommendations.home.title')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('recommendations.home.subtitle')}
              </Text>
            </Stack>
          </Group>
          <Anchor component={Link} to={`/recommendations?owner=${organizationId}`} size="sm" data-testid="our-recommendations-all">
            {t('recommendations.home.all')}
          </Anchor>
        </Group>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((recommendation) => (
            <li key={recommendation.id}>
              <RecommendationCard recommendation={recommendation} showMeeting compact />
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

/** On a linked record's page (a questionnaire): the recommendations about it, if any. */
export function LinkedRecommendations({ title, recommendations }: { title: string; recommendations: readonly RecommendationSummaryFieldsFragment[] }) {
  if (recommendations.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-label={title} data-testid="linked-recommendations">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {recommendations.map((recommendation) => (
            <li key={recommendation.id}>
              <RecommendationCard recommendation={recommendation} showMeeting compact />
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
