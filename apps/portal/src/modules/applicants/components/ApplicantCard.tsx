import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, SERVICE_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicantSummaryFieldsFragment } from '../../../gql/graphql';
import { PartSeparator } from '../../../shared/components/PartSeparator';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDay, formatList } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';

export function ApplicantCard({ applicant }: { applicant: ApplicantSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const place = [governorateName(applicant.governorate, locale), applicant.district].filter(Boolean).join(' · ');
  return (
    <Card
      withBorder
      padding="md"
      component={Link}
      to={`/applicants/${applicant.id}`}
      data-testid="applicant-row"
      style={{ textDecoration: 'none' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} size="lg" style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
            <bdi>{applicant.fullName}</bdi>
          </Text>
          <PartSeparator />
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {APPLICANT_CATEGORY_LABELS[applicant.category][locale]}
          </Badge>
          <PartSeparator />
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconMapPin size={16} aria-hidden style={{ flexShrink: 0, marginBlockStart: 2 }} />
          <Text size="sm" c="dimmed">
            {place}
          </Text>
          <PartSeparator />
        </Group>
        <Text size="sm" c="dimmed">
          {t('applicants.list.needs')}:{' '}
          {formatList(
            applicant.needs.map((need) => SERVICE_KIND_LABELS[need][locale]),
            locale,
          )}
        </Text>
        <PartSeparator />
        <Text size="xs" c="dimmed">
          {t('applicants.list.registeredOn', { date: formatDay(applicant.createdAt, locale) })}
        </Text>
      </Stack>
    </Card>
  );
}
