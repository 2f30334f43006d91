import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { MEMBER_ROLE_LABELS, ORGANIZATION_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canManageConsortia } from '../../auth/utils/permissions';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { countryName } from '../../../shared/utils/options';
import { CONSORTIUM_QUERY } from '../graphql/consortia.graphql';
import { useRemoveConsortiumMember } from '../hooks/use-consortium-mutations';
import { groupMembersByRole } from '../utils/group-members';
import { AddMemberForm } from './AddMemberForm';
import { usePageTitle } from '../../../shared/hooks/use-page-title';

interface PendingRemoval {
  organizationId: string;
  name: string;
}

export function ConsortiumPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.pageTitles.consortium'));
  const locale = useLocale();
  const user = useCurrentUser();
  const notify = useNotify();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CONSORTIUM_QUERY, { variables: { id } });
  const [removeMember, { loading: removing }] = useRemoveConsortiumMember();
  const [pending, setPending] = useState<PendingRemoval | null>(null);

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;

  const consortium = data.consortium;
  const mayManage = canManageConsortia(user);
  const groups = groupMembersByRole(consortium.members, locale);
  const other = locale === 'ar' ? 'en' : 'ar';
  const title = pickLocalized(consortium.name, locale);
  const otherName = consortium.name[other]?.trim();

  const confirmRemoval = async () => {
    if (!pending) return;
    try {
      await removeMember({ variables: { input: { consortiumId: consortium.id, organizationId: pending.organizationId } } });
      notify.success(t('consortia.page.removed'));
      setPending(null);
    } catch (failure) {
      notify.failure(failure);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
          <Title order={1} size="h2" data-testid="consortium-title">
            {title}
          </Title>
          {otherName && otherName !== title ? (
            <Text c="dimmed">
              <bdi lang={other}>{otherName}</bdi>
            </Text>
          ) : null}
          <Text size="sm">
            <Text span c="dimmed">
              {t('consortia.page.country')}:{' '}
            </Text>
            {countryName(consortium.country, locale)}
          </Text>
        </Stack>
        {mayManage ? (
          <Button
            component={Link}
            to={`/consortia/${consortium.id}/edit`}
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            data-testid="consortium-edit"
          >
            {t('consortia.page.edit')}
          </Button>
        ) : null}
      </Group>

      <Stack gap="xs" component="section">
        <Title order={2} size="h4">
          {t('consortia.page.purpose')}
        </Title>
        {consortium.purpose && pickLocalized(consortium.purpose, locale) ? (
          <LocalizedName text={consortium.purpose} withOther component="p" m={0} style={{ whiteSpace: 'pre-line' }} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('consortia.page.noPurpose')}
          </Text>
        )}
      </Stack>

      <Stack gap="sm" component="section" data-testid="consortium-members">
        <Title order={2} size="h4">
          {t('consortia.page.members')}
        </Title>
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consortia.page.noMembers')}
          </Text>
        ) : (
          groups.map((group) => (
            <Stack key={group.role} gap={6} data-testid={`member-group-${group.role}`}>
              <Title order={3} size="h6" c="dimmed">
                {MEMBER_ROLE_LABELS[group.role][locale]}
              </Title>
              {group.members.map((member) => {
                const name = pickLocalized(member.organization.name, locale);
                return (
                  <Card key={member.organization.id} withBorder padding="sm" data-testid="member-row">
                    <Group justify="space-between" wrap="nowrap" gap="sm">
                      <Stack gap={2} style={{ minInlineSize: 0 }}>
                        <Anchor component={Link} to={`/organizations/${member.organization.id}`} fw={600}>
                          {name}
                        </Anchor>
                        <Group gap={6}>
                          <Badge variant="light" size="sm">
                            {ORGANIZATION_KIND_LABELS[member.organization.kind][locale]}
                          </Badge>
                        </Group>
                      </Stack>
                      {mayManage ? (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('consortia.page.removeMember', { name })}
                          onClick={() => setPending({ organizationId: member.organization.id, name })}
                          data-testid="member-remove"
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      ) : null}
                    </Group>
                  </Card>
                );
              })}
            </Stack>
          ))
        )}
      </Stack>

      {mayManage ? (
        <AddMemberForm consortiumId={consortium.id} memberIds={consortium.members.map((member) => member.organization.id)} />
      ) : null}

      <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('consortia.page.removeTitle')} centered>
        <Stack gap="md">
          <Text>{pending ? t('consortia.page.removeQuestion', { name: pending.name }) : null}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('common.actions.cancel')}
            </Button>
            <Button color="red" loading={removing} onClick={() => void confirmRemoval()} data-testid="member-remove-confirm">
              {t('common.actions.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
