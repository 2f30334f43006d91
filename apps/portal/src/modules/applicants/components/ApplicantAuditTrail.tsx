import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { ROLE_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDateTime, formatList } from '../../../shared/utils/format';
import { APPLICANT_AUDIT_QUERY } from '../graphql/applicants.graphql';

const PAGE = 50;

/** Who saw and changed the applicant and their referrals, newest first (owner and ADMIN only). */
export function ApplicantAuditTrail({ applicantId }: { applicantId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, loading } = useQuery(APPLICANT_AUDIT_QUERY, { variables: { applicantId, first: PAGE } });

  if (error && !data) {
    return (
      <Text size="sm" c="dimmed" data-testid="applicant-audit-failed">
        {t('applicants.audit.failed')}
      </Text>
    );
  }
  if (loading && !data) return null;
  const entries = data?.applicantAudit.edges.map((edge) => edge.node) ?? [];
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="applicant-audit-empty">
        {t('applicants.audit.empty')}
      </Text>
    );
  }
  const total = data?.applicantAudit.totalCount ?? entries.length;
  return (
    <Stack gap="xs" data-testid="applicant-audit">
      <Text size="xs" c="dimmed">
        {t('applicants.audit.hint')}
      </Text>
      {entries.map((entry) => (
        <Card key={entry.id} withBorder padding="xs" data-testid="applicant-audit-entry" data-action={entry.action}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
              <Text size="sm" data-testid="applicant-audit-text">
                {t(`applicants.audit.actions.${entry.action}`, {
                  who: entry.user.displayName,
                  what: entry.recordType === 'REFERRAL' ? t('applicants.audit.onReferral') : t('applicants.audit.record'),
                })}
              </Text>
              {entry.action === 'UPDATE' && entry.changes.length > 0 && (
                <Text size="xs" c="dimmed" data-testid="applicant-audit-fields">
                  {t('applicants.audit.fields', { fields: formatList(entry.changes.map((change) => change.field), locale) })}
                </Text>
              )}
            </Stack>
            <Stack gap={2} align="flex-end">
              <Badge variant="light" color="gray" size="sm">
                {ROLE_LABELS[entry.user.role][locale]}
              </Badge>
              <Text size="xs" c="dimmed" data-testid="applicant-audit-at">
                {formatDateTime(entry.at, locale)}
              </Text>
            </Stack>
          </Group>
        </Card>
      ))}
      {total > entries.length && (
        <Text size="xs" c="dimmed" data-testid="applicant-audit-more">
          {t('applicants.audit.more', { shown: entries.length, total })}
        </Text>
      )}
    </Stack>
  );
}
