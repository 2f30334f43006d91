import { Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatNumber } from '../../../shared/utils/format';
import { ALLOCATION_ASSIGNMENTS_QUERY } from '../graphql/allocation.graphql';
import { usePlanPage } from '../hooks/use-plan-page';
import { PlanApplicantCell } from './PlanApplicantCell';

/** Who goes where, in plan order (best fit first), a page at a time. */
export function PlanAssignments({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { page, loading, error, retry, loadMore } = usePlanPage(ALLOCATION_ASSIGNMENTS_QUERY, planId, 'assignmentPage');
  if (error && !page) return <ErrorState error={error} onRetry={retry} />;
  if (!page) return <ListSkeleton rows={3} />;

  return (
    <Stack gap={0} data-testid="plan-assignments">
      <Table.ScrollContainer minWidth={340}>
        <Table striped verticalSpacing={6} fz="sm" aria-busy={loading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocation.review.applicant')}</Table.Th>
              <Table.Th>{t('allocation.review.service')}</Table.Th>
              <Table.Th ta="end">{t('allocation.review.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.edges.map(({ node }) => (
              <Table.Tr key={node.applicant.id} data-testid="plan-assignment">
                <PlanApplicantCell applicant={node.applicant} />
                <Table.Td>
                  <LocalizedName text={node.service.name} size="sm" component="div" />
                  <LocalizedName text={node.service.organization.name} size="xs" c="dimmed" component="div" />
                </Table.Td>
                <Table.Td ta="end" fw={700} data-testid="plan-assignment-score">
                  {formatNumber(node.score, locale)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreFooter
        shown={page.edges.length}
        total={page.totalCount}
        hasNextPage={page.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={loadMore}
      />
    </Stack>
  );
}
