import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconCheck,
  IconCircleCheck,
  IconEye,
  IconFlag,
  IconPlayerPlay,
  IconRefresh,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import { REFERRAL_STATUS_LABELS, SERVICE_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReferralQuery } from '../../../gql/graphql';
import { ApplicantFacts } from '../../applicants/components/ApplicantFacts';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canReferApplicants, canViewApplicants } from '../../auth/utils/permissions';
import { declineDetails } from '../utils/decline';
import { DeclineNotice } from './DeclineNotice';
import { Fact, Facts } from '../../../shared/components/Facts';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { formatDateTime, formatMoney, formatNumber } from '../../../shared/utils/format';
import { REFERRAL_QUERY } from '../graphql/referrals.graphql';
import { forgetReferralLists } from '../hooks/use-referral-mutations';
import { isTransitionAction, referralActions, type ReferralAction } from '../utils/referral-actions';
import { conflictNeedsReload, type ReferralConflict } from '../utils/referral-conflict';
import { outcomeToValues } from '../utils/referral-forms';
import { isOpenReferral } from '../utils/referral-status';
import { OutcomeForm, TransitionForm } from './ReferralActionForms';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { ReferralTimeline } from './ReferralTimeline';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { Section } from '../../../shared/components/Section';

type Referral = ReferralQuery['referral'];

const ACTION_ICONS: Record<ReferralAction, Icon> = {
  ACKNOWLEDGE: IconEye,
  ACCEPT: IconCheck,
  DECLINE: IconX,
  START: IconPlayerPlay,
  COMPLETE: IconCircleCheck,
  WITHDRAW: IconArrowBackUp,
  RECORD_OUTCOME: IconFlag,
};

const ACTION_VARIANT: Record<ReferralAction, { variant: 'filled' | 'light' | 'outline'; color?: string }> = {
  ACKNOWLEDGE: { variant: 'light' },
  ACCEPT: { variant: 'filled', color: 'teal' },
  DECLINE: { variant: 'outline', color: 'red' },
  START: { variant: 'filled', color: 'indigo' },
  COMPLETE: { variant: 'filled', color: 'green' },
  WITHDRAW: { variant: 'outline', color: 'red' },
  RECORD_OUTCOME: { variant: 'light' },
};

export function ReferralPage() {
  const { id = '' } = useParams();
  const { data, previousData, error, refetch } = useQuery(REFERRAL_QUERY, { variables: { id } });
  const referral = data?.referral ?? (previousData?.referral.id === id ? previousData.referral : undefined);
  if (error && !referral) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!referral) return <PageLoader />;
  return <ReferralView key={referral.id} referral={referral} reload={() => refetch()} />;
}

function ReferralView({ referral, reload }: { referral: Referral; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  usePageTitle(t('common.pageTitles.referral'));
  const locale = useLocale();
  const user = useCurrentUser();
  const notify = useNotify();
  const client = useApolloClient();
  const phone = useMediaQuery('(max-width: 36em)');
  // The action stays set while its dialog closes, so the dialog does not go blank as it fades out.
  const [action, setAction] = useState<ReferralAction | null>(null);
  const [opened, setOpened] = useState(false);
  const [conflict, setConflict] = useState<ReferralConflict | null>(null);
  const actions = referralActions(user, referral);
  const notSpecified = t('common.values.notSpecified');

  const start = (next: ReferralAction) => {
    setConflict(null);
    setAction(next);
    setOpened(true);
  };
  const close = () => setOpened(false);
  const done = (message: string) => {
    close();
    notify.success(message);
  };
  const onConflict = (next: ReferralConflict) => {
    close();
    setConflict(next);
    if (conflictNeedsReload(next)) {
      forgetReferralLists(client.cache);
      void reload().catch(notify.failure);
    }
  };

  const hasOutcome = referral.amountDisbursed !== null || referral.jobsCreated !== null || referral.trainingCompleted !== null;
  const outcomeValues = outcomeToValues(referral);
  if (!outcomeValues.amountDisbursed.currency && referral.applicant.requestedAmount) {
    outcomeValues.amountDisbursed.currency = referral.applicant.requestedAmount.currency;
  }

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to="/referrals" size="sm">
          {t('common.nav.referrals')}
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
            <Text size="sm" c="dimmed">
              {t('referrals.page.title')}
            </Text>
            <Title order={1} size="h2" data-testid="referral-title">
              <bdi>{referral.applicant.fullName}</bdi>
            </Title>
            <Text size="sm">
              <LocalizedName text={referral.service.name} fw={600} /> · {pickLocalized(referral.organization.name, locale)}
            </Text>
          </Stack>
          <ReferralStatusBadge status={referral.status} size="lg" data-testid="referral-page-status" />
        </Group>
      </Stack>

      {conflict ? (
        <Alert
          color={conflict === 'CAPACITY_FULL' ? 'orange' : 'yellow'}
          variant="light"
          icon={<IconRefresh aria-hidden />}
          role="alert"
          withCloseButton
          onClose={() => setConflict(null)}
          data-testid="referral-conflict"
          data-conflict={conflict}
        >
          {t(`referrals.conflicts.${conflict}`)}
        </Alert>
      ) : null}

      <Section card title={t('referrals.page.actions')} testId="referral-actions">
        {actions.length > 0 ? (
          <Group gap="xs">
            {actions.map((item) => {
              const ActionIcon = ACTION_ICONS[item];
              return (
                <Button
                  key={item}
                  {...ACTION_VARIANT[item]}
                  leftSection={<ActionIcon size={16} aria-hidden />}
                  onClick={() => start(item)}
                  data-testid={`action-${item}`}
                >
                  {t(`referrals.actions.${item}`)}
                </Button>
              );
            })}
          </Group>
        ) : (
          <Text size="sm" c="dimmed" data-testid="referral-no-actions">
            {isOpenReferral(referral.status) ? t('referrals.page.readOnly') : t('referrals.page.nothingToDo')}
          </Text>
        )}
      </Section>

      <Section card title={t('referrals.page.applicant')} testId="referral-applicant">
        <ApplicantFacts applicant={referral.applicant} />
        {canViewApplicants(user) ? (
          <Anchor component={Link} to={`/applicants/${referral.applicant.id}`} size="sm">
            {t('referrals.page.openApplicant')}
          </Anchor>
        ) : null}
      </Section>

      <Section card title={t('referrals.page.service')} testId="referral-service">
        <Facts>
          <Fact label={t('referrals.page.service')}>
            <LocalizedName text={referral.service.name} />{' '}
            <Badge variant="light" color="grape" size="sm" component="span">
              {SERVICE_KIND_LABELS[referral.service.kind][locale]}
            </Badge>
          </Fact>
          <Fact label={t('referrals.page.partner')}>
            <LocalizedName text={referral.organization.name} />
          </Fact>
          <Fact label={t('referrals.page.referredBy')}>{referral.referredBy.displayName}</Fact>
          <Fact label={t('referrals.page.sentAt')}>{formatDateTime(referral.createdAt, locale)}</Fact>
          {referral.decidedAt ? <Fact label={t('referrals.page.decidedAt')}>{formatDateTime(referral.decidedAt, locale)}</Fact> : null}
          {referral.declineReason ? (
            <Fact label={t('referrals.page.declineReason')}>{t(`referrals.declineReasons.${referral.declineReason}`)}</Fact>
          ) : null}
        </Facts>
        {declineDetails(referral) ? (
          <DeclineNotice
            details={declineDetails(referral)!}
            applicantId={canReferApplicants(user) ? referral.applicant.id : undefined}
            serviceId={referral.service.id}
          />
        ) : null}
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('referrals.page.note')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="referral-note">
            {referral.note ?? t('referrals.page.noNote')}
          </Text>
        </Stack>
      </Section>

      {hasOutcome || ['IN_SERVICE', 'COMPLETED'].includes(referral.status) ? (
        <Section card title={t('referrals.page.outcome')} testId="referral-outcome">
          {hasOutcome ? (
            <Facts>
              <Fact label={t('referrals.page.amountDisbursed')}>
                {referral.amountDisbursed ? formatMoney(referral.amountDisbursed, locale) : notSpecified}
              </Fact>
              <Fact label={t('referrals.page.jobsCreated')}>
                {referral.jobsCreated !== null ? formatNumber(referral.jobsCreated, locale) : notSpecified}
              </Fact>
              <Fact label={t('referrals.page.trainingCompleted')}>
                {referral.trainingCompleted === null
                  ? notSpecified
                  : referral.trainingCompleted
                    ? t('common.values.yes')
                    : t('common.values.no')}
              </Fact>
            </Facts>
          ) : (
            <Text size="sm" c="dimmed">
              {t('referrals.page.noOutcome')}
            </Text>
          )}
        </Section>
      ) : null}

      <Section card title={t('referrals.page.history')}>
        <ReferralTimeline history={referral.history} />
      </Section>

      <Modal
        opened={opened}
        onClose={close}
        title={action ? t(`referrals.actions.${action}`) : undefined}
        fullScreen={phone}
        size="lg"
        centered
      >
        {action === 'RECORD_OUTCOME' ? (
          <OutcomeForm
            referral={referral}
            initialValues={outcomeValues}
            onConflict={onConflict}
            onCancel={close}
            onDone={() => done(t('referrals.form.outcomeSaved'))}
          />
        ) : action && isTransitionAction(action) ? (
          <TransitionForm
            key={`${action}:${referral.version}`}
            referral={referral}
            action={action}
            onConflict={onConflict}
            onCancel={close}
            onDone={(updated) => done(t('referrals.form.updated', { status: REFERRAL_STATUS_LABELS[updated.status][locale] }))}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
