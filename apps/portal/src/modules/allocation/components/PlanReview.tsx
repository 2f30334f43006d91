import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AllocationPlanSummaryFieldsFragment, CommitAllocationMutation } from '../../../gql/graphql';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { ApiError } from '../../../shared/utils/api-errors';
import { describeErrorCode } from '../../../shared/utils/describe-error';
import { formatNumber } from '../../../shared/utils/format';
import { PlanAssignments } from './PlanAssignments';
import { PlanUnassigned } from './PlanUnassigned';

/** Referrals listed by name once a plan is committed; the rest are in the referrals list. */
const SENT_LISTED = 20;

export interface PlanReviewProps {
  plan: AllocationPlanSummaryFieldsFragment;
  committing: boolean;
  planning: boolean;
  /** Referrals sent by committing this plan (shown once done). */
  sent: CommitAllocationMutation['commitAllocation'] | null;
  commitError: ApiError | null;
  onCommit: () => void;
  /** Plans the same cohort again (absent when what the plan was made for is not known in this tab). */
  onPlanAgain?: () => void;
  onDiscard: () => void;
  /** Plans again, letting this applicant have a second open referral of a kind for the reason given. */
  onAllowSecondOfKind?: (applicantId: string, reason: string) => void;
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

export function PlanReview({ plan, committing, planning, sent, commitError, onCommit, onPlanAgain, onDiscard, onAllowSecondOfKind }: PlanReviewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const placesChanged = commitError?.code === 'CONFLICT';
  const open = !plan.committed && !sent;

  return (
    <Stack gap="md" data-testid="plan-review">
      <Title order={2} size="h3">
        {t('allocation.review.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={t('allocation.review.inPlan')} value={formatNumber(plan.applicantCount, locale)} testId="plan-applicants" />
        <Stat label={t('allocation.review.placed')} value={formatNumber(plan.assignedCount, locale)} testId="plan-placed" />
        <Stat label={t('allocation.review.notPlaced')} value={formatNumber(plan.unassignedCount, locale)} testId="plan-not-placed" />
        <Stat label={t('allocation.review.totalScore')} value={formatNumber(plan.totalScore, locale)} testId="plan-total-score" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('allocation.review.summary', {
          placed: formatNumber(plan.assignedCount, locale),
          total: formatNumber(plan.applicantCount, locale),
        })}
      </Text>

      {placesChanged ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="plan-conflict">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('allocation.review.conflict')}</Text>
            <Button
              size="xs"
              leftSection={<IconRefresh size={14} aria-hidden />}
              loading={planning}
              onClick={onPlanAgain ?? onDiscard}
              data-testid="plan-again"
            >
              {onPlanAgain ? t('allocation.review.planAgain') : t('allocation.review.discard')}
            </Button>
          </Stack>
        </Alert>
      ) : commitError ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="plan-commit-error">
          {describeErrorCode(commitError.code, t)}
        </Alert>
      ) : null}

      {sent ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} data-testid="plan-committed">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('allocation.review.committed', { count: formatNumber(sent.length, locale) })}
            </Text>
            {sent.slice(0, SENT_LISTED).map((referral) => (
              <Anchor
                key={referral.id}
                component={Link}
                to={`/referrals/${referral.id}`}
                size="sm"
                c="var(--mantine-color-text)"
                underline="always"
                data-testid="plan-sent-referral"
              >
                {referral.applicant.fullName} — <LocalizedName text={referral.service.name} />
              </Anchor>
            ))}
            {sent.length > SENT_LISTED ? (
              <Anchor component={Link} to="/referrals" size="sm" fw={600} c="var(--mantine-color-text)" underline="always" data-testid="plan-sent-more">
                {t('allocation.review.sentMore', { count: formatNumber(sent.length - SENT_LISTED, locale) })}
              </Anchor>
            ) : null}
          </Stack>
        </Alert>
      ) : plan.committed ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} data-testid="plan-committed">
          {t('allocation.review.alreadyCommitted')}
        </Alert>
      ) : null}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDiscard} data-testid="plan-discard">
          {t('allocation.review.discard')}
        </Button>
        {open && !placesChanged && plan.assignedCount > 0 ? (
          <Button
            leftSection={<IconSend size={16} aria-hidden className="flip-rtl" />}
            loading={committing}
            disabled={planning}
            onClick={onCommit}
            data-testid="plan-commit"
          >
            {t('allocation.review.commit', { count: formatNumber(plan.assignedCount, locale) })}
          </Button>
        ) : null}
      </Group>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('allocation.review.placements')}
        </Title>
        {plan.assignedCount === 0 ? (
          <Text c="dimmed" data-testid="plan-nobody">
            {t('allocation.review.nobodyPlaced')}
          </Text>
        ) : (
          <PlanAssignments planId={plan.id} />
        )}
      </Stack>

      {plan.unassignedCount > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('allocation.review.unassigned')}
          </Title>
          <PlanUnassigned planId={plan.id} planning={planning} onAllowSecondOfKind={open ? onAllowSecondOfKind : undefined} />
        </Stack>
      ) : null}
    </Stack>
  );
}
