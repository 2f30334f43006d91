import { ActionIcon, Anchor, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LIMITS } from '@shuraka/domain';
import { IconPlus, IconTrash, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { OrganizationPicker } from '../../organizations/components/OrganizationPicker';
import { emptyPerson, type PersonValues } from '../utils/people';

type PeopleForm = Pick<UseFormReturnType<Record<string, unknown>>, 'getInputProps'> & {
  setFieldValue(path: string, value: unknown): void;
  insertListItem(path: string, item: unknown): void;
  removeListItem(path: string, index: number): void;
};

export interface PeopleEditorProps {
  form: PeopleForm;
  /** `attendees` (meetings) or `members` (committees): the form path and the wording. */
  path: 'attendees' | 'members';
  people: readonly PersonValues[];
}

/** Rows of people: name, organisation (searched), title, and a link to the signed-in user's own account. */
export function PeopleEditor({ form, path, people }: PeopleEditorProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const members = path === 'members';

  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }} data-testid={`${path}-editor`}>
      <Title order={2} size="h4" component="legend" mb="xs">
        {members ? t('meetings.attendees.membersTitle') : t('meetings.attendees.title')}
      </Title>
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {members ? t('meetings.attendees.noMembers') : t('meetings.attendees.none')}
        </Text>
      ) : null}
      {people.map((person, index) => {
        const position = index + 1;
        const rowLabel = members ? t('meetings.attendees.memberRow', { position }) : t('meetings.attendees.row', { position });
        return (
          <Card key={person.key} withBorder padding="sm" role="group" aria-label={rowLabel} data-testid="person-row">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {rowLabel}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={members ? t('meetings.attendees.removeMember', { position }) : t('meetings.attendees.remove', { position })}
                  onClick={() => form.removeListItem(path, index)}
                  data-testid="person-remove"
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('meetings.attendees.name')}
                  withAsterisk
                  maxLength={LIMITS.nameMaxLength}
                  data-testid="person-name"
                  {...form.getInputProps(`${path}.${index}.name`)}
                />
                <OrganizationPicker
                  label={t('meetings.attendees.organization')}
                  value={person.organizationId}
                  initialOption={person.organizationId ? { value: person.organizationId, label: person.organizationLabel } : undefined}
                  onChange={(id) => form.setFieldValue(`${path}.${index}.organizationId`, id)}
                  data-testid="person-organization"
                />
                <TextInput
                  label={t('meetings.attendees.personTitle')}
                  maxLength={LIMITS.nameMaxLength}
                  data-testid="person-title"
                  {...form.getInputProps(`${path}.${index}.title`)}
                />
              </SimpleGrid>
              {person.userId && person.userId !== user.id ? (
                <Group gap="xs">
                  <IconUserCheck size={16} aria-hidden />
                  <Text size="sm">{t('meetings.attendees.linkedTo', { name: person.userLabel })}</Text>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      form.setFieldValue(`${path}.${index}.userId`, null);
                      form.setFieldValue(`${path}.${index}.userLabel`, '');
                    }}
                  >
                    {t('meetings.attendees.unlink')}
                  </Anchor>
                </Group>
              ) : (
                <Checkbox
                  label={t('meetings.attendees.linkMe')}
                  checked={person.userId === user.id}
                  onChange={(event) => {
                    const linked = event.currentTarget.checked;
                    form.setFieldValue(`${path}.${index}.userId`, linked ? user.id : null);
                    form.setFieldValue(`${path}.${index}.userLabel`, linked ? user.displayName : '');
                    if (linked && !person.name.trim()) form.setFieldValue(`${path}.${index}.name`, user.displayName);
                  }}
                  data-testid="person-link-me"
                />
              )}
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem(path, emptyPerson())}
          disabled={people.length >= LIMITS.listMaxItems}
          data-testid="person-add"
        >
          {members ? t('meetings.attendees.addMember') : t('meetings.attendees.add')}
        </Button>
      </Group>
    </Stack>
  );
}
