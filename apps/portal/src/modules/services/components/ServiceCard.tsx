import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import {
  APPLICANT_CATEGORY_LABELS,
  GENDER_LABELS,
  GUARANTEE_TYPE_LABELS,
  PROJECT_SIZE_LABELS,
  SERVICE_KIND_LABELS,
} from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceFieldsFragment } from '../../../gql/graphql';
import { Fact, Facts } from '../../../shared/components/Facts';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { useLocale } from '../../../shared/hooks/use-locale';
import { capacityPercent, formatList, formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { formatAgeRange, formatAmountRange } from '../utils/service-display';

export interface ServiceCardProps {
  service: ServiceFieldsFragment;
  /** Shown as a link to the provider (services list); left out on the provider's own page. */
  organization?: { id: string; name: { ar: string | null; en: string | null } };
  /** Where "Edit" goes, for users who may edit it. */
  editTo?: string;
}

export function ServiceCard({ service, organization, editTo }: ServiceCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notSpecified = t('common.values.notSpecified');
  const percent = capacityPercent(service.capacityUsed, service.capacity);
  const capacityText = t('services.card.capacityUsed', {
    used: formatNumber(service.capacityUsed, locale),
    total: formatNumber(service.capacity, locale),
  });
  const list = (items: string[]) => (items.length > 0 ? formatList(items, locale) : notSpecified);

  return (
    <Card withBorder padding="md" data-testid="service-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
            <LocalizedName text={service.name} withOther fw={700} component="div" />
            {organization ? (
              <Text size="sm" c="dimmed">
                {t('services.card.providedBy')}{' '}
                <Anchor component={Link} to={`/organizations/${organization.id}`} size="sm">
                  <LocalizedName text={organization.name} />
                </Anchor>
              </Text>
            ) : null}
          </Stack>
          <Badge variant="light" color="grape" style={{ flexShrink: 0 }}>
            {SERVICE_KIND_LABELS[service.kind][locale]}
          </Badge>
        </Group>

        {service.description ? <LocalizedName text={service.description} size="sm" component="p" m={0} /> : null}

        <Facts>
          <Fact label={t('services.card.categories')}>
            {list(service.categories.map((category) => APPLICANT_CATEGORY_LABELS[category][locale]))}
          </Fact>
          <Fact label={t('services.card.governorates')}>
            {list(service.governorates.map((code) => governorateName(code, locale)))}
          </Fact>
          <Fact label={t('services.card.projectSizes')}>
            {list(service.projectSizes.map((size) => PROJECT_SIZE_LABELS[size][locale]))}
          </Fact>
          <Fact label={t('services.card.gender')}>
            {service.gender ? GENDER_LABELS[service.gender][locale] : t('services.card.anyGender')}
          </Fact>
          <Fact label={t('services.card.age')}>{formatAgeRange(service.minAge, service.maxAge, locale, t) ?? notSpecified}</Fact>
          <Fact label={t('services.card.amount')}>
            <span data-testid="service-amount">
              {formatAmountRange(service.minAmount, service.maxAmount, locale, t) ?? notSpecified}
            </span>
          </Fact>
          <Fact label={t('services.card.guarantee')}>{GUARANTEE_TYPE_LABELS[service.guaranteeRequired][locale]}</Fact>
          <Fact label={t('services.card.decisionDays')}>
            {service.decisionDays !== null ? formatNumber(service.decisionDays, locale) : notSpecified}
          </Fact>
        </Facts>

        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed" fw={600}>
              {t('services.card.capacity')}
            </Text>
            <Text size="xs" c="dimmed" data-testid="service-capacity">
              {capacityText}
            </Text>
          </Group>
          <Progress
            value={percent}
            color={percent >= 90 ? 'red' : percent >= 70 ? 'yellow' : 'teal'}
            aria-label={t('services.card.capacityLabel')}
          />
        </Stack>

        {editTo ? (
          <Group justify="flex-end">
            <Button component={Link} to={editTo} variant="light" size="xs" leftSection={<IconPencil size={14} aria-hidden />}>
              {t('services.card.edit')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
