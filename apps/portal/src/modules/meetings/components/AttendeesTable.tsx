import { Anchor, Table, Text } from '@mantine/core';
import { pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { PersonFromApi } from '../utils/people';

/** Attendees or members: name (with the linked account), organisation, title. */
export function AttendeesTable({ people, empty, print = false }: { people: readonly PersonFromApi[]; empty: string; print?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
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
                  {t('meetings.attendees.linkedTo', { name: person.user.displayName })}
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
  return print ? table : <Table.ScrollContainer minWidth={420}>{table}</Table.ScrollContainer>;
}
