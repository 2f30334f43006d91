import { Anchor, Box, Card, Stack, Table, Text } from '@mantine/core';
import { pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { PersonFromApi } from '../utils/people';

/** Attendees or members: name (with the linked account), organisation, title. */
export function AttendeesTable({ people, empty, print = false }: { people: readonly PersonFromApi[]; empty: string; print?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The account's name is worth repeating only when it differs from the name written down.
  const accountNote = (name: string, displayName: string) =>
    name.trim() === displayName.trim() ? t('meetings.attendees.hasAccount') : t('meetings.attendees.linkedTo', { name: displayName });
  if (people.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const table = (
    <Table striped={!print} withTableBorder withColumnBorders={print} verticalSpacing="xs" data-testid="attendees-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('meetings.print.name')}</Table.Th>
          <Table.Th>{t('meetings.print.organization')}</Table.Th>
          <Table.Th>{t('meetings.print.title')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person, index) => (
          <Table.Tr key={`${index}:${person.name}`} data-testid="attendee-row">
            <Table.Td>
              <bdi>{person.name}</bdi>
              {person.user && !print ? (
                <Text size="xs" c="dimmed">
                  {accountNote(person.name, person.user.displayName)}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              {person.organization ? (
                print ? (
                  <bdi>{pickLocalized(person.organization.name, locale)}</bdi>
                ) : (
                  <Anchor component={Link} to={`/organizations/${person.organization.id}`}>
                    {pickLocalized(person.organization.name, locale)}
                  </Anchor>
                )
              ) : null}
            </Table.Td>
            <Table.Td>{person.title ? <bdi>{person.title}</bdi> : null}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  if (print) return table;
  // Phones get one card per person: three columns of Arabic names do not fit 390 pixels.
  return (
    <>
      <Box visibleFrom="sm">{table}</Box>
      <Stack gap={6} hiddenFrom="sm" data-testid="attendees-list">
        {people.map((person, index) => (
          <Card key={`${index}:${person.name}`} withBorder padding="xs" data-testid="attendee-item">
            <Text fw={600} size="sm">
              <bdi>{person.name}</bdi>
            </Text>
            {person.title ? (
              <Text size="sm">
                <bdi>{person.title}</bdi>
              </Text>
            ) : null}
            {person.organization ? (
              <Anchor component={Link} to={`/organizations/${person.organization.id}`} size="sm">
                {pickLocalized(person.organization.name, locale)}
              </Anchor>
            ) : null}
            {person.user ? (
              <Text size="xs" c="dimmed">
                {accountNote(person.name, person.user.displayName)}
              </Text>
            ) : null}
          </Card>
        ))}
      </Stack>
    </>
  );
}
