import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { ORGANIZATION_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationSummaryFieldsFragment } from '../../../gql/graphql';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { PartSeparator } from '../../../shared/components/PartSeparator';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatList, formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';

export function OrganizationCard({ organization }: { organization: OrganizationSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const governorates = organization.governorates.map((code) => governorateName(code, locale));
  return (
    <Card
      withBorder
      padding="md"
      component={Link}
      to={`/organizations/${organization.id}`}
      data-testid="org-row"
      style={{ textDecoration: 'none' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
            <LocalizedName text={organization.name} withOther fw={700} size="lg" component="div" />
            <PartSeparator />
          </Stack>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {ORGANIZATION_KIND_LABELS[organization.kind][locale]}
          </Badge>
          <PartSeparator />
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconMapPin size={16} aria-hidden style={{ flexShrink: 0, marginBlockStart: 2 }} />
          <Text size="sm" c="dimmed">
            {governorates.length > 0 ? formatList(governorates, locale) : t('organizations.list.noGovernorates')}
          </Text>
          <PartSeparator />
        </Group>
        {organization.branches.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('organizations.list.branchCount', { count: formatNumber(organization.branches.length, locale) })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
