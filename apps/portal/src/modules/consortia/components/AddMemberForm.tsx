import { Button, Card, Group, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { MEMBER_ROLE_LABELS, MemberRole } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole as MemberRoleValue } from '../../../gql/graphql';
import { OrganizationPicker } from '../../organizations/components/OrganizationPicker';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { enumOptions } from '../../../shared/utils/options';
import { useAddConsortiumMember } from '../hooks/use-consortium-mutations';

/** Field names match AddConsortiumMemberInput so the API's field errors land under them. */
interface AddMemberValues {
  organizationId: string | null;
  role: string | null;
}

export function AddMemberForm({ consortiumId, memberIds }: { consortiumId: string; memberIds: readonly string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [addMember] = useAddConsortiumMember();
  // Remounts the picker after a success so its search text is cleared too.
  const [pickerKey, setPickerKey] = useState(0);
  const { form, submit, generalError, formRef } = useApiForm<AddMemberValues>({
    initialValues: { organizationId: null, role: MemberRole.MEMBER },
    validate: (values) => ({
      ...(values.organizationId ? {} : { organizationId: 'isNotEmpty' }),
      ...(values.role ? {} : { role: 'isNotEmpty' }),
    }),
    onSubmit: async (values, current) => {
      await addMember({
        variables: {
          input: { consortiumId, organizationId: values.organizationId ?? '', role: values.role as MemberRoleValue },
        },
      });
      notify.success(t('consortia.page.added'));
      current.reset();
      setPickerKey((key) => key + 1);
    },
  });
  const roles = enumOptions(MEMBER_ROLE_LABELS, locale);

  return (
    <Card withBorder padding="md" component="section" data-testid="add-member">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('consortia.page.addMember')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrganizationPicker
              key={pickerKey}
              value={form.getValues().organizationId}
              onChange={(id) => form.setFieldValue('organizationId', id)}
              error={form.errors.organizationId}
              exclude={memberIds}
              withAsterisk
              data-testid="member-organization"
            />
            <Select
              label={t('consortia.memberForm.role')}
              data={roles}
              withAsterisk
              allowDeselect={false}
              data-testid="member-role"
              {...form.getInputProps('role')}
            />
          </SimpleGrid>
          <FormErrorAlert error={generalError} />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} data-testid="member-submit">
              {t('consortia.memberForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
