import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CommitAllocationMutation } from '../../../gql/graphql';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canPlanAllocation } from '../../auth/utils/permissions';
import { withParam } from '../../../shared/utils/search-params';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { ForbiddenState, PageLoader } from '../../../shared/components/states';
import { useRefetchOnLanguageChange } from '../../../shared/hooks/use-refetch-on-language-change';
import { toApiError, type ApiError } from '../../../shared/utils/api-errors';
import { ALLOCATION_PLAN_QUERY } from '../graphql/allocation.graphql';
import { useCommitAllocation, usePlanAllocation } from '../hooks/use-allocation-mutations';
import { planAllocationInput, recallCohortRequest, rememberCohortRequest, withAllowance, type CohortRequest } from '../utils/cohort';
import { CohortStep, NO_CHOICE, type CohortChoice } from './CohortStep';
import { PlanningState } from './PlanningState';
import { PlanReview } from './PlanReview';

export function AllocationPage() {
  const user = useCurrentUser();
  if (!canPlanAllocation(user)) return <ForbiddenState />;
  return <Allocation />;
}

function Allocation() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  const [choice, setChoice] = useState<CohortChoice>(NO_CHOICE);
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [planError, setPlanError] = useState<ApiError | null>(null);
  const [planSize, setPlanSize] = useState(0);
  const [plan, { loading: planning }] = usePlanAllocation();

  const makePlan = async (request: CohortRequest, size: number) => {
    setPlanError(null);
    setPlanSize(size);
    try {
      const { data } = await plan({ variables: { input: planAllocationInput(request) } });
      if (data) {
        rememberCohortRequest(data.planAllocation.id, request);
        setParams((current) => withParam(current, 'plan', data.planAllocation.id));
      }
    } catch (error) {
      setPlanError(toApiError(error));
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('allocation.title')}
        subtitle={
          <Text size="sm" c="dimmed" maw={720}>
            {t('allocation.intro')}
          </Text>
        }
      />
      {planId ? (
        <PlanStep
          key={planId}
          planId={planId}
          planning={planning}
          planSize={planSize}
          planError={planError}
          onPlanAgain={(request, size) => void makePlan(request, size)}
          onDiscard={() => {
            setPlanError(null);
            setParams((current) => withParam(current, 'plan', null));
          }}
        />
      ) : (
        <CohortStep
          choice={choice}
          onChoiceChange={setChoice}
          serviceIds={serviceIds}
          onServiceIdsChange={setServiceIds}
          planning={planning}
          planError={planError}
          onPlan={(request, size) => void makePlan(request, size)}
        />
      )}
    </Stack>
  );
}

interface PlanStepProps {
  planId: string;
  planning: boolean;
  planSize: number;
  planError: ApiError | null;
  onPlanAgain: (request: CohortRequest, size: number) => void;
  onDiscard: () => void;
}

function PlanStep({ planId, planning, planSize, planError, onPlanAgain, onDiscard }: PlanStepProps) {
  const { data, error, refetch } = useQuery(ALLOCATION_PLAN_QUERY, { variables: { id: planId } });
  useRefetchOnLanguageChange(refetch);
  const [commit, { loading: committing }] = useCommitAllocation();
  const [sent, setSent] = useState<CommitAllocationMutation['commitAllocation'] | null>(null);
  const [commitError, setCommitError] = useState<ApiError | null>(null);
  // What this plan was made for: the same cohort is planned again against the places as they are now.
  const [request] = useState(() => recallCohortRequest(planId));

  if (error && !data) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const current = data.allocationPlan;

  return (
    <Stack gap="md">
      <PlanningState planning={planning} size={planSize} error={planError} />
      <PlanReview
        key={current.id}
        plan={current}
        committing={committing}
        planning={planning}
        sent={sent}
        commitError={commitError}
        onCommit={() => {
          setCommitError(null);
          commit({ variables: { planId: current.id } })
            .then((result) => setSent(result.data?.commitAllocation ?? []))
            .catch((failure: unknown) => setCommitError(toApiError(failure)));
        }}
        onPlanAgain={request ? () => onPlanAgain(request, current.applicantCount) : undefined}
        onAllowSecondOfKind={
          request ? (applicantId, reason) => onPlanAgain(withAllowance(request, { applicantId, reason }), current.applicantCount) : undefined
        }
        onDiscard={onDiscard}
      />
    </Stack>
  );
}
