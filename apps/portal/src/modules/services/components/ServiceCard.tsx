import { Anchor, Badge, Button, Card, Collapse, Group, Progress, Spoiler, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, GENDER_LABELS, GUARANTEE_TYPE_LABELS, PROJECT_SIZE_LABELS, SERVICE_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceFieldsFragment } from '../../../gql/graphql';
import { Fact, Facts } from '../../../shared/components/Facts';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { useLocale } from '../../../shared/hooks/use-locale';
import { capacityPercent, formatList, formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { formatAgeRange, formatAmountRange } from '../utils/service-display';

const LIST_LIMIT = 3;

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
  const percent = capacityPercent(service.capacityUsed, service.capacity);
  const capacityText = t('services.card.capacityUsed', {
    used: formatNumber(service.capacityUsed, locale),
    total: formatNumber(service.capacity, locale),
  });
  // An empty list means the service is open to all: say so. Long lists are cut to keep cards short on phones.
  const list = (items: string[], open: string) => {
    if (items.length === 0) return open;
    if (items.length <= LIST_LIMIT + 1) return formatList(items, locale);
    return t('services.card.more', {
      list: items.slice(0, LIST_LIMIT).join(locale === 'ar' ? '، ' : ', '),
      count: items.length - LIST_LIMIT,
    });
  };
  const [conditionsOpen, { toggle: toggleConditions }] = useDisclosure(false);
  const ageRange = formatAgeRange(service.minAge, service.maxAge, locale, t);
  const amountRange = formatAmountRange(service.minAmount, service.maxAmount, locale, t);

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

        {service.description ? (
          <Spoiler
            maxHeight={44}
            showLabel={t('services.card.showMore')}
            hideLabel={t('services.card.showLess')}
            data-testid="service-description"
          >
            <LocalizedName text={service.description} size="sm" component="p" m={0} />
          </Spoiler>
        ) : null}

        {/* Facts the provider left unspecified are not listed: they tell the reader nothing. The rest fold
            after the first rows, one tap away. */}
        <Facts cols={{ base: 2, md: 4 }}>
          <Fact label={t('services.card.categories')}>
            {list(
              service.categories.map((category) => APPLICANT_CATEGORY_LABELS[category][locale]),
              t('services.card.everyone'),
            )}
          </Fact>
          <Fact label={t('services.card.governorates')}>
            {list(
              service.governorates.map((code) => governorateName(code, locale)),
              t('services.card.allGovernorates'),
            )}
          </Fact>
          {amountRange ? (
            <Fact label={t('services.card.amount')}>
              <span data-testid="service-amount">{amountRange}</span>
            </Fact>
          ) : null}
        </Facts>
        {/* The other conditions are one tap away: on a phone they made each card a screen tall. */}
        <Collapse expanded={conditionsOpen}>
          <Facts cols={{ base: 2, md: 4 }}>
            <Fact label={t('services.card.projectSizes')}>
              {list(
                service.projectSizes.map((size) => PROJECT_SIZE_LABELS[size][locale]),
                t('services.card.allSizes'),
              )}
            </Fact>
            <Fact label={t('services.card.gender')}>
              {service.gender ? GENDER_LABELS[service.gender][locale] : t('services.card.anyGender')}
            </Fact>
            {ageRange ? <Fact label={t('services.card.age')}>{ageRange}</Fact> : null}
            <Fact label={t('services.card.guarantee')}>{GUARANTEE_TYPE_LABELS[service.guaranteeRequired][locale]}</Fact>
            {service.decisionDays !== null ? (
              <Fact label={t('services.card.decisionDays')}>{formatNumber(service.decisionDays, locale)}</Fact>
            ) : null}
          </Facts>
        </Collapse>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggleConditions}
          aria-expanded={conditionsOpen}
          style={{ alignSelf: 'flex-start' }}
          data-testid="service-conditions-toggle"
        >
          {conditionsOpen ? t('services.card.showLess') : t('services.card.allConditions')}
        </Button>

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
