import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { ORGANIZATION_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canEditOrganization, canManageServices } from '../../auth/utils/permissions';
import { ServiceCard } from '../../services/components/ServiceCard';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { Section } from '../../../shared/components/Section';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { countryName, governorateName } from '../../../shared/utils/options';
import { ORGANIZATION_QUERY } from '../graphql/organizations.graphql';
import { usePageTitle } from '../../../shared/hooks/use-page-title';

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function OrganizationPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.pageTitles.organization'));
  const locale = useLocale();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ORGANIZATION_QUERY, { variables: { id } });

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;

  const organization = data.organization;
  const other = locale === 'ar' ? 'en' : 'ar';
  const title = pickLocalized(organization.name, locale);
  const otherName = organization.name[other]?.trim();
  const mayEdit = canEditOrganization(user, organization.id);
  const mayManageServices = canManageServices(user, organization.id);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
          <Title order={1} size="h2" data-testid="org-title">
            {title}
          </Title>
          {otherName && otherName !== title ? (
            <Text c="dimmed" data-testid="org-other-name">
              <bdi lang={other}>{otherName}</bdi>
            </Text>
          ) : null}
          <Group gap="xs">
            <Badge variant="light">{ORGANIZATION_KIND_LABELS[organization.kind][locale]}</Badge>
          </Group>
        </Stack>
        {mayEdit ? (
          <Button
            component={Link}
            to={`/organizations/${organization.id}/edit`}
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            data-testid="org-edit"
          >
            {t('organizations.page.edit')}
          </Button>
        ) : null}
      </Group>

      <Section title={t('organizations.page.governorates')}>
        {organization.governorates.length > 0 ? (
          <Group gap={6}>
            {organization.governorates.map((code) => (
              <Badge key={code} variant="outline" color="gray">
                {governorateName(code, locale)}
              </Badge>
            ))}
          </Group>
        ) : (
          <Empty>{t('organizations.list.noGovernorates')}</Empty>
        )}
      </Section>

      <Section title={t('organizations.page.branches')} testId="org-branches">
        {organization.branches.length > 0 ? (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {organization.branches.map((branch, index) => (
              <Card key={index} withBorder padding="sm">
                <LocalizedName text={branch.name} withOther fw={600} component="div" />
                <Text size="sm" c="dimmed">
                  {governorateName(branch.governorate, locale)}
                  {branch.district ? ` · ${t('organizations.page.district')}: ${branch.district}` : ''}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        ) : (
          <Empty>{t('organizations.page.noBranches')}</Empty>
        )}
      </Section>

      <Section title={t('organizations.page.services')} testId="org-services">
        {mayManageServices ? (
          <Group>
            <Button
              component={Link}
              to={`/organizations/${organization.id}/services/new`}
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              data-testid="service-add"
            >
              {t('organizations.page.addService')}
            </Button>
          </Group>
        ) : null}
        {organization.services.length > 0 ? (
          <Stack gap="sm">
            {organization.services.map((service) => (
              <ServiceCard
                key={service.id}
                service={service}
                editTo={mayManageServices ? `/organizations/${organization.id}/services/${service.id}/edit` : undefined}
              />
            ))}
          </Stack>
        ) : (
          <Empty>{t('organizations.page.noServices')}</Empty>
        )}
      </Section>

      <Section title={t('organizations.page.consortia')} testId="org-consortia">
        {organization.consortia.length > 0 ? (
          <Stack gap={6}>
            {organization.consortia.map((consortium) => (
              <Group key={consortium.id} gap="xs">
                <Anchor component={Link} to={`/consortia/${consortium.id}`}>
                  <LocalizedName text={consortium.name} />
                </Anchor>
                <Text size="sm" c="dimmed">
                  {countryName(consortium.country, locale)}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : (
          <Empty>{t('organizations.page.noConsortia')}</Empty>
        )}
      </Section>
    </Stack>
  );
}
