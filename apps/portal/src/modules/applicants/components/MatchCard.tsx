import { Alert, Anchor, Badge, Button, Card, Collapse, Group, Progress, Stack, Text, Textarea, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconSend, IconX } from '@tabler/icons-react';
import { LIMITS, SERVICE_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchServicesQuery, ReferralSummaryFieldsFragment } from '../../../gql/graphql';
import { ReferralStatusBadge } from '../../referrals/components/ReferralStatusBadge';
import { useCreateReferral } from '../../referrals/hooks/use-referral-mutations';
import { classifyReferralConflict, eligibilityReasons } from '../../referrals/utils/referral-conflict';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { toApiError, type ApiError } from '../../../shared/utils/api-errors';
import { describeErrorCode } from '../../../shared/utils/describe-error';
import { formatNumber } from '../../../shared/utils/format';
import { clampScore, explainMatch, fitWord, isKnownReasonCode, scoreColor, wholeScore, type MatchReason } from '../utils/match-display';
import { ReferConfirmSheet } from './ReferConfirmSheet';

export type ServiceMatch = MatchServicesQuery['matchServices'][number];

export interface MatchCardProps {
  match: ServiceMatch;
  applicantId: string;
  /** The open referral of this applicant to this service, if there is one. */
  openReferral?: ReferralSummaryFieldsFragment;
  /** Coordinators may refer; others only look. */
  canRefer: boolean;
}

function ReasonCode({ code }: { code: string }) {
  const { t } = useTranslation();
  return <>{isKnownReasonCode(code) ? t(`applicants.matches.reasonCodes.${code}`) : code}</>;
}

const REASON_TONES = {
  earned: { color: 'teal', Icon: IconCheck },
  nothing: { color: 'gray', Icon: IconMinus },
  excluded: { color: 'red', Icon: IconX },
} as const;

/**
 * One reason: its name, the API's explanation (already in the reader's language) and, for a part of
 * the score, the points it adds.
 */
function ReasonRow({ reason, tone, points }: { reason: MatchReason; tone: keyof typeof REASON_TONES; points?: string }) {
  const { color, Icon } = REASON_TONES[tone];
  return (
    <Group
      component="li"
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      data-testid={tone === 'excluded' ? 'match-exclusion' : 'match-contribution'}
      data-code={reason.code}
    >
      <ThemeIcon size={18} radius="xl" variant="light" color={color} style={{ flexShrink: 0, marginBlockStart: 2 }}>
        <Icon size={12} aria-hidden />
      </ThemeIcon>
      <Text size="sm" style={{ minInlineSize: 0, flex: 1 }}>
        <Text span fw={600}>
          <ReasonCode code={reason.code} />
        </Text>
        {': '}
        {reason.message}
      </Text>
      {points !== undefined ? (
        <Text size="sm" fw={700} c={tone === 'earned' ? 'teal.8' : 'dimmed'} dir="ltr" style={{ flexShrink: 0 }} data-testid="match-points">
          {points}
        </Text>
      ) : null}
    </Group>
  );
}

const PLAIN_LIST = { listStyle: 'none', padding: 0, margin: 0 } as const;

export function MatchCard({ match, applicantId, openReferral, canRefer }: MatchCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [createReferral, { loading }] = useCreateReferral();
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The sheet is mounted from its first opening on (it keeps its closing transition), not with every card.
  const [sheetMounted, setSheetMounted] = useState(false);
  const [breakdownOpen, setBreakdownOpen] = useState(false);
  /** Sent from this card: it stays where it is, marked, until the list reloads with the referral. */
  const [sent, setSent] = useState(false);
  const { service } = match;
  const { contributions, exclusions } = explainMatch(match.reasons, locale);
  const score = clampScore(match.score);
  const free = Math.max(0, service.capacity - service.capacityUsed);

  const refer = async (overrideReason: string | null) => {
    setFailure(null);
    try {
      await createReferral({
        variables: {
          input: { applicantId, serviceId: service.id, ...(note.trim() ? { note: note.trim() } : {}), ...(overrideReason ? { overrideReason } : {}) },
        },
      });
      notify.success(t('applicants.matches.referred', { name: pickLocalized(service.organization.name, locale) }));
      setSent(true);
      setConfirming(false);
      setNote('');
      setNoteOpen(false);
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  const conflict = failure ? classifyReferralConflict(failure) : null;
  const failureAlert = failure ? (
    <Alert color="red" variant="light" role="alert" data-testid="refer-error">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {conflict === 'NOT_ELIGIBLE'
            ? t('applicants.matches.notEligibleNow')
            : conflict === 'OTHER'
              ? t('applicants.matches.openReferralExists')
              : conflict === 'OPEN_OF_KIND'
                ? t('applicants.refer.openOfKindShort')
                : describeErrorCode(failure.code, t)}
        </Text>
        {(failure ? eligibilityReasons(failure) : []).map((reason) => (
          <Text size="sm" key={`${reason.code}:${reason.message}`}>
            {reason.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  ) : null;
  
  return (
    <Card withBorder padding="md" data-testid="match-card" data-service-id={service.id} data-eligible={match.eligible} data-referred={Boolean(openReferral) || sent}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
            <LocalizedName text={service.name} fw={700} component="div" data-testid="match-service-name" />
            <LocalizedName text={service.organization.name} size="sm" c="dimmed" component="div" />
          </Stack>
          <Group gap={6} style={{ flexShrink: 0 }}>
            <Badge variant="light" color="grape">
              {SERVICE_KIND_LABELS[service.kind][locale]}
            </Badge>
            {!match.eligible ? (
              <Badge variant="filled" color="gray" data-testid="match-not-eligible">
                {t('applicants.matches.notEligible')}
              </Badge>
            ) : null}
          </Group>
        </Group>

        {match.eligible ? (
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={700} data-testid="match-fit" data-fit={fitWord(score)}>
                {t(`applicants.matches.fit.${fitWord(score)}`)}
              </Text>
              <Text size="sm" fw={700} dir="ltr" data-testid="match-score">
                {t('applicants.matches.scoreOf', { score: formatNumber(wholeScore(score), locale) })}
              </Text>
            </Group>
            <Progress
              value={score}
              color={scoreColor(score)}
              size="lg"
              radius="sm"
              aria-label={t('applicants.matches.scoreLabel')}
              data-testid="match-score-bar"
            />
          </Stack>
        ) : null}

        <Text size="xs" c="dimmed">
          {t('applicants.matches.places', { free: formatNumber(free, locale), capacity: formatNumber(service.capacity, locale) })}
          {service.decisionDays !== null
            ? ` · ${t('applicants.matches.decisionDays', { days: formatNumber(service.decisionDays, locale) })}`
            : ''}
        </Text>

        {exclusions.length > 0 ? (
          <Stack gap={4} data-testid="match-exclusions">
            <Text size="sm" fw={600}>
              {t('applicants.matches.whyNot')}
            </Text>
            <Stack component="ul" gap={6} style={PLAIN_LIST}>
              {exclusions.map((reason) => (
                <ReasonRow key={`${reason.code}:${reason.message}`} reason={reason} tone="excluded" />
              ))}
            </Stack>
          </Stack>
        ) : null}

        {match.eligible && contributions.length > 0 ? (
          <Stack gap={4}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={600}
              aria-expanded={breakdownOpen}
              onClick={() => setBreakdownOpen((open) => !open)}
              data-testid="match-breakdown-toggle"
              style={{ alignSelf: 'flex-start' }}
            >
              {breakdownOpen ? t('applicants.matches.hideBreakdown') : t('applicants.matches.whyScore')}
            </Anchor>
            <Collapse expanded={breakdownOpen}>
              <Stack component="ul" gap={6} style={PLAIN_LIST} data-testid="match-contributions">
                {contributions.map((row) => (
                  <ReasonRow key={`${row.code}:${row.message}`} reason={row} tone={row.earned ? 'earned' : 'nothing'} points={row.points} />
                ))}
              </Stack>
            </Collapse>
          </Stack>
        ) : null}

        {!confirming ? failureAlert : null}

        {openReferral || sent ? (
          <Group gap="xs" data-testid="match-referred">
            <Text size="sm" fw={600}>
              {t('applicants.matches.alreadyReferred')}
            </Text>
            {openReferral ? (
              <>
                <ReferralStatusBadge status={openReferral.status} />
                <Anchor component={Link} to={`/referrals/${openReferral.id}`} size="sm" data-testid="match-view-referral">
                  {t('applicants.matches.viewReferral')}
                </Anchor>
              </>
            ) : null}
          </Group>
        ) : canRefer && match.eligible ? (
          <Stack gap="xs">
            <Collapse expanded={noteOpen}>
              <Textarea
                label={t('applicants.matches.note')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={LIMITS.noteMaxLength}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                data-testid="refer-note"
              />
            </Collapse>
            <Group justify="flex-end" gap="xs">
              <Button
                variant="subtle"
                size="sm"
                onClick={() => {
                  if (noteOpen) setNote('');
                  setNoteOpen((open) => !open);
                }}
                data-testid="refer-note-toggle"
              >
                {noteOpen ? t('applicants.matches.hideNote') : t('applicants.matches.addNote')}
              </Button>
              <Button
                leftSection={<IconSend size={16} aria-hidden className="flip-rtl" />}
                onClick={() => {
                  setFailure(null);
                  if (sheetMounted) setConfirming(true);
                  else {
                    // Mounted closed first, opened on the next frame: the sheet keeps its opening transition.
                    setSheetMounted(true);
                    requestAnimationFrame(() => setConfirming(true));
                  }
                }}
                data-testid="refer-button"
              >
                {t('applicants.matches.refer')}
              </Button>
            </Group>
            {sheetMounted ? (
              <ReferConfirmSheet
                opened={confirming}
                serviceName={service.name}
                partnerName={service.organization.name}
                sending={loading}
                needsOverride={conflict === 'OPEN_OF_KIND'}
                error={conflict === 'OPEN_OF_KIND' ? null : failureAlert}
                onConfirm={(overrideReason) => void refer(overrideReason)}
                onClose={() => setConfirming(false)}
              />
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
