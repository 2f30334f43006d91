import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { ErrorState, ListSkeleton } from '../../../shared/components/states';
import { ALLOCATION_UNASSIGNED_QUERY } from '../graphql/allocation.graphql';
import { usePlanPage } from '../hooks/use-plan-page';
import { PlanApplicantCell } from './PlanApplicantCell';
import { AllowSecondOfKind } from './AllowSecondOfKind';

const KNOWN_REASONS = new Set(['NO_ELIGIBLE_SERVICE', 'CAPACITY', 'OPEN_REFERRAL_OF_KIND']);

export interface PlanUnassignedProps {
  planId: string;
  planning: boolean;
  /** Plans again letting this applicant have a second open referral of a kind (absent once committed, or unknown cohort). */
  onAllowSecondOfKind?: (applicantId: string, reason: string) => void;
}

/** The applicants the plan leaves out and why, a page at a time. */
export function PlanUnassigned({ planId, planning, onAllowSecondOfKind }: PlanUnassignedProps) {
  const { t } = useTranslation();
  const { page, loading, error, retry, loadMore } = usePlanPage(ALLOCATION_UNASSIGNED_QUERY, planId, 'unassignedPage');
  if (error && !page) return <ErrorState error={error} onRetry={retry} />;
  if (!page) return <ListSkeleton rows={2} />;

  return (
    <Stack gap={0} data-testid="plan-unassigned">
      <Table.ScrollContainer minWidth={320}>
        <Table striped verticalSpacing={6} fz="sm" aria-busy={loading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocation.review.applicant')}</Table.Th>
              <Table.Th>{t('allocation.review.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.edges.map(({ node }) => (
              <Table.Tr key={node.applicant.id} data-testid="plan-unassigned-row" data-reason={node.reason}>
                <PlanApplicantCell applicant={node.applicant} />
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge variant="light" color={node.reason === 'CAPACITY' ? 'orange' : 'gray'} data-testid="plan-unassigned-reason">
                      {KNOWN_REASONS.has(node.reason) ? t(`allocation.review.reasons.${node.reason as 'CAPACITY'}`) : node.reason}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {node.message}
                    </Text>
                    {node.reason === 'OPEN_REFERRAL_OF_KIND' && onAllowSecondOfKind ? (
                      <AllowSecondOfKind
                        name={node.applicant.fullName}
                        planning={planning}
                        onAllow={(reason) => onAllowSecondOfKind(node.applicant.id, reason)}
                      />
                    ) : null}
                  </Stack>
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
