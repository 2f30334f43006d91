import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { pickLocalized } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { QueryFailure } from '../../../../shared/components/QueryFailure';
import { PageLoader } from '../../../../shared/components/states';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { useNotify } from '../../../../shared/hooks/use-notify';
import { hasErrorCode } from '../../../../shared/utils/api-errors';
import { formatDateTime } from '../../../../shared/utils/format';
import { APPLY_CAPABILITY_DIFFERENCE, CAPABILITY_DIFFERENCE_QUERY } from '../graphql/capabilities.graphql';
import { formatFieldValue, reviewRows } from '../utils/capability-rows';
import type { CapabilityDifferenceQuery } from '../../../../gql/graphql';

type Change = CapabilityDifferenceQuery['capabilityDifference']['changes'][number];

const ACTION_COLORS = { CREATE: 'teal', UPDATE: 'orange', UNCHANGED: 'gray' } as const;

/**
 * `/assignments/:id/capabilities`: the partner's services next to what its submitted answers say, field by field;
 * applied in one step, guarded by the fingerprint of what was shown here.
 */
export function CapabilityReviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CAPABILITY_DIFFERENCE_QUERY, { variables: { assignmentId: id }, fetchPolicy: 'cache-and-network' });
  const [apply, applying] = useMutation(APPLY_CAPABILITY_DIFFERENCE, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'services' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'capabilityDifference' });
      cache.gc();
    },
  });
  const [confirming, confirm] = useDisclosure(false);
  const [stale, setStale] = useState(false);

  if (error && !data) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;

  const difference = data.capabilityDifference;
  const { assignment } = difference;
  const writes = difference.changes.filter((change) => change.action !== 'UNCHANGED');
  const organization = pickLocalized(assignment.organization.name, locale);
  const questionnaire = pickLocalized(assignment.questionnaire.title, locale);

  const run = async () => {
    setStale(false);
    try {
      const result = await apply({ variables: { input: { assignmentId: assignment.id, expectedFingerprint: difference.fingerprint } } });
      confirm.close();
      notify.success(t('questionnaires.capabilities.applied', { count: result.data?.applyCapabilityDifference.length ?? 0 }));
      await refetch();
    } catch (caught) {
      confirm.close();
      if (hasErrorCode(caught, 'CONFLICT')) {
        // Someone changed the answers or the services meanwhile: show the new difference before anything is written.
        setStale(true);
        await refetch();
      } else {
        notify.failure(caught);
      }
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('questionnaires.capabilities.title')}
        documentTitle={`${t('questionnaires.capabilities.title')} · ${organization}`}
        subtitle={
          <Text c="dimmed" size="sm">
            {t('questionnaires.capabilities.subtitle', { organization, questionnaire })}
          </Text>
        }
        actions={
          <Anchor component={Link} to={`/assignments/${assignment.id}`} size="sm">
            {t('questionnaires.capabilities.backToResponse')}
          </Anchor>
        }
      />
      {stale ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="capability-conflict">
          {t('questionnaires.capabilities.conflict')}
        </Alert>
      ) : null}
      {assignment.appliedAt ? (
        <Text size="sm" c="dimmed" data-testid="capability-applied-at">
          {t('questionnaires.capabilities.appliedAt', { date: formatDateTime(assignment.appliedAt, locale) })}
        </Text>
      ) : null}
      {difference.warnings.length > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="capability-warnings">
          <List size="sm">
            {difference.warnings.map((warning, index) => (
              <List.Item key={index}>{pickLocalized(warning, locale)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {assignment.status !== 'SUBMITTED' ? (
        <Alert color="gray" variant="light">
          {t('questionnaires.capabilities.notSubmitted')}
        </Alert>
      ) : writes.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="capability-empty">
          {t('questionnaires.capabilities.empty')}
        </Alert>
      ) : null}

      {difference.changes.map((change, index) => (
        <ChangeCard key={`${change.service?.id ?? 'new'}-${change.entry ?? index}`} change={change} />
      ))}

      {assignment.status === 'SUBMITTED' && writes.length > 0 ? (
        <Group justify="flex-end">
          <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={confirm.open} data-testid="capability-apply">
            {t('questionnaires.capabilities.apply')}
          </Button>
        </Group>
      ) : null}
      <Modal opened={confirming} onClose={confirm.close} title={t('questionnaires.capabilities.apply')}>
        <Stack gap="md">
          <Text size="sm">{t('questionnaires.capabilities.applyConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.actions.cancel')}
            </Button>
            <Button loading={applying.loading} onClick={() => void run()} data-testid="capability-apply-confirm">
              {t('common.actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ChangeCard({ change }: { change: Change }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = reviewRows(change);
  const changed = rows.filter((row) => row.changed).length;
  const empty = t('questionnaires.capabilities.empty_value');
  return (
    <Card withBorder padding="md" data-testid="capability-change" data-action={change.action}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Stack gap={0}>
          <Text fw={700}>{pickLocalized(change.name, locale)}</Text>
          {change.entry !== null && change.entry !== undefined ? (
            <Text size="xs" c="dimmed">
              {t('questionnaires.capabilities.entry', { entry: change.entry + 1 })}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          {change.action === 'UPDATE' ? (
            <Text size="xs" c="dimmed">
              {t('questionnaires.capabilities.changedCount', { count: changed })}
            </Text>
          ) : null}
          <Badge color={ACTION_COLORS[change.action]} variant="light">
            {t(`questionnaires.capabilities.actions.${change.action}`)}
          </Badge>
        </Group>
      </Group>
      {change.action === 'UNCHANGED' ? (
        <Text size="sm" c="dimmed">
          {t('questionnaires.capabilities.noFieldChanges')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={300}>
          <Table withTableBorder withColumnBorders fz="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="22%">{t('questionnaires.capabilities.field')}</Table.Th>
                {/* A new service has nothing to compare with: its values alone. */}
                {change.action === 'CREATE' ? null : <Table.Th>{t('questionnaires.capabilities.current')}</Table.Th>}
                <Table.Th>{t('questionnaires.capabilities.proposed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr
                  key={row.field}
                  bg={row.changed && change.action === 'UPDATE' ? 'var(--mantine-color-yellow-light)' : undefined}
                  data-testid="capability-field"
                  data-field={row.field}
                  data-changed={row.changed}
                >
                  <Table.Td fw={row.changed ? 700 : 400}>{t(`questionnaires.capabilities.fields.${row.field}`, { defaultValue: row.field })}</Table.Td>
                  {/* Struck through when replaced; gray 7, as the dimmed gray is below 4.5:1 on the yellow of a changed row. */}
                  {change.action === 'CREATE' ? null : (
                    <Table.Td c={row.changed ? 'gray.7' : undefined} td={row.changed ? 'line-through' : undefined}>
                      {formatFieldValue(row.field, row.current, locale) ?? empty}
                    </Table.Td>
                  )}
                  <Table.Td fw={row.changed ? 600 : 400}>{formatFieldValue(row.field, row.proposed, locale) ?? empty}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
