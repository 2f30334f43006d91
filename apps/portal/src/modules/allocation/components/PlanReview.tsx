import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh, IconSend } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, LIMITS, SERVICE_KIND_LABELS } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AllocationPlanFieldsFragment, CommitAllocationMutation } from '../../../gql/graphql';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { ApiError } from '../../../shared/utils/api-errors';
import { describeErrorCode } from '../../../shared/utils/describe-error';
import { formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { reviewPlan } from '../utils/plan-review';

export interface PlanReviewProps {
  plan: AllocationPlanFieldsFragment;
  committing: boolean;
  planning: boolean;
  /** Referrals sent by committing this plan (shown once done). */
  sent: CommitAllocationMutation['commitAllocation'] | null;
  commitError: ApiError | null;
  onCommit: () => void;
  onPlanAgain: () => void;
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

/** The coordinator's "yes, a second one of this kind" for one applicant: a reason, then a new plan. */
function AllowSecondOfKind({ name, planning, onAllow }: { name: string; planning: boolean; onAllow: (reason: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <Button size="compact-sm" variant="light" onClick={() => setOpen(true)} data-testid="plan-allow-second">
        {t('allocation.review.allowSecond')}
      </Button>
    );
  }
  return (
    <Stack gap={6} style={{ flex: '1 1 100%' }}>
      <Textarea
        label={t('allocation.review.allowSecondReason', { name })}
        required
        autosize
        minRows={2}
        maxLength={LIMITS.noteMaxLength}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="plan-allow-second-reason"
      />
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="default" onClick={() => setOpen(false)}>
          {t('allocation.review.allowSecondCancel')}
        </Button>
        <Button size="compact-sm" disabled={!reason.trim()} loading={planning} onClick={() => onAllow(reason.trim())} data-testid="plan-allow-second-confirm">
          {t('allocation.review.allowSecondConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

export function PlanReview({ plan, committing, planning, sent, commitError, onCommit, onPlanAgain, onDiscard, onAllowSecondOfKind }: PlanReviewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const review = reviewPlan(plan, locale);
  const placesChanged = commitError?.code === 'CONFLICT';

  return (
    <Stack gap="md" data-testid="plan-review">
      <Title order={2} size="h3">
        {t('allocation.review.title')}
      </Title>
      <SimpleGrid cols={{ base: 3 }} spacing="sm">
        <Stat label={t('allocation.review.placed')} value={formatNumber(review.placed, locale)} testId="plan-placed" />
        <Stat label={t('allocation.review.notPlaced')} value={formatNumber(review.notPlaced, locale)} testId="plan-not-placed" />
        <Stat label={t('allocation.review.totalScore')} value={formatNumber(review.totalScore, locale)} testId="plan-total-score" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('allocation.review.summary', { placed: formatNumber(review.placed, locale), total: formatNumber(review.total, locale) })}
      </Text>

      {review.byService.length === 0 ? (
        <Text c="dimmed" data-testid="plan-nobody">
          {t('allocation.review.nobodyPlaced')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="plan-assignments">
          {review.byService.map((group) => (
            <Card key={group.service.id} withBorder padding="sm" data-testid="plan-service">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={0} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
                    <LocalizedName text={group.service.name} fw={700} component="div" />
                    <LocalizedName text={group.service.organization.name} size="sm" c="dimmed" component="div" />
                  </Stack>
                  <Group gap={6}>
                    <Badge variant="light" color="grape">
                      {SERVICE_KIND_LABELS[group.service.kind][locale]}
                    </Badge>
                    <Badge variant="light" color="teal">
                      {t('allocation.review.serviceCount', { count: formatNumber(group.assignments.length, locale) })}
                    </Badge>
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('allocation.review.places', {
                    used: formatNumber(group.service.capacityUsed, locale),
                    capacity: formatNumber(group.service.capacity, locale),
                  })}
                </Text>
                <Table.ScrollContainer minWidth={320}>
                  <Table striped verticalSpacing={6} fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('allocation.review.applicant')}</Table.Th>
                        <Table.Th>{t('applicants.list.category')}</Table.Th>
                        <Table.Th ta="end">{t('allocation.review.score')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {group.assignments.map((assignment) => (
                        <Table.Tr key={assignment.applicant.id} data-testid="plan-assignment">
                          <Table.Td>
                            <Anchor component={Link} to={`/applicants/${assignment.applicant.id}`} size="sm">
                              {assignment.applicant.fullName}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {governorateName(assignment.applicant.governorate, locale)}
                            </Text>
                          </Table.Td>
                          <Table.Td>{APPLICANT_CATEGORY_LABELS[assignment.applicant.category][locale]}</Table.Td>
                          <Table.Td ta="end" fw={700} data-testid="plan-assignment-score">
                            {formatNumber(assignment.score, locale)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}

      {review.unassigned.length > 0 ? (
        <Stack gap="xs" data-testid="plan-unassigned">
          <Title order={3} size="h5">
            {t('allocation.review.unassigned')}
          </Title>
          {review.unassigned.map((group) => (
            <Card key={group.reason} withBorder padding="sm" data-testid="plan-unassigned-group" data-reason={group.reason}>
              <Stack gap={6}>
                <Badge variant="light" color={group.reason === 'CAPACITY' ? 'orange' : 'gray'}>
                  {group.reason === 'NO_ELIGIBLE_SERVICE' || group.reason === 'CAPACITY' || group.reason === 'OPEN_REFERRAL_OF_KIND'
                    ? t(`allocation.review.reasons.${group.reason}`)
                    : group.reason}
                </Badge>
                {group.entries.map((entry) => (
                  <Group key={entry.applicant.id} gap="xs" justify="space-between" align="flex-start" data-testid="plan-unassigned-row">
                    <Anchor component={Link} to={`/applicants/${entry.applicant.id}`} size="sm" fw={600}>
                      {entry.applicant.fullName}
                    </Anchor>
                    <Text size="sm" c="dimmed" style={{ flex: '1 1 14rem' }}>
                      {entry.message}
                    </Text>
                    {group.reason === 'OPEN_REFERRAL_OF_KIND' && onAllowSecondOfKind && !plan.committed && !sent ? (
                      <AllowSecondOfKind name={entry.applicant.fullName} planning={planning} onAllow={(reason) => onAllowSecondOfKind(entry.applicant.id, reason)} />
                    ) : null}
                  </Group>
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : null}

      {placesChanged ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="plan-conflict">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('allocation.review.conflict')}</Text>
            <Button
              size="xs"
              leftSection={<IconRefresh size={14} aria-hidden />}
              loading={planning}
              onClick={onPlanAgain}
              data-testid="plan-again"
            >
              {t('allocation.review.planAgain')}
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
            {sent.map((referral) => (
              <Anchor key={referral.id} component={Link} to={`/referrals/${referral.id}`} size="sm" data-testid="plan-sent-referral">
                {referral.applicant.fullName} — <LocalizedName text={referral.service.name} />
              </Anchor>
            ))}
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
        {!plan.committed && !sent && !placesChanged && review.referralsToSend > 0 ? (
          <Button
            leftSection={<IconSend size={16} aria-hidden className="flip-rtl" />}
            loading={committing}
            onClick={onCommit}
            data-testid="plan-commit"
          >
            {t('allocation.review.commit', { count: formatNumber(review.referralsToSend, locale) })}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
