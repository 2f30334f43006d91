import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { pickLocalized, type LocalizedText } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../shared/components/DateField';
import { FormErrorAlert } from '../../../../shared/components/FormErrorAlert';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { useNotify } from '../../../../shared/hooks/use-notify';
import { toApiError, type ApiError } from '../../../../shared/utils/api-errors';
import { ASSIGN_QUESTIONNAIRE } from '../graphql/editor.graphql';

export interface AssignableMember {
  role: string;
  organization: { id: string; name: LocalizedText };
}

/** Assign to some or all members with a due date; assigning again only moves the due date. */
export function AssignDialog({
  opened,
  onClose,
  questionnaireId,
  members,
}: {
  opened: boolean;
  onClose: () => void;
  questionnaireId: string;
  members: AssignableMember[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [allMembers, setAllMembers] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(ASSIGN_QUESTIONNAIRE, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'questionnaireAssignments' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'questionnaireCompletion' });
      cache.gc();
    },
  });
  const offered = members;

  const submit = async () => {
    setError(null);
    setProblem(null);
    if (!allMembers && selected.length === 0) return setProblem(t('questionnaires.editor.assign.chooseSome'));
    if (!dueOn) return setProblem(t('validation.isNotEmpty'));
    try {
      const result = await assign({
        variables: {
          input: { questionnaireId, organizationIds: allMembers ? [] : selected, dueOn, ...(allMembers ? { allMembers: true } : {}) },
        },
      });
      notify.success(t('questionnaires.editor.assign.done', { count: result.data?.assignQuestionnaire.length ?? 0 }));
      onClose();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('questionnaires.editor.assign.title')} size="lg">
      <Stack gap="sm">
        <Checkbox
          label={t('questionnaires.editor.assign.allMembers')}
          checked={allMembers}
          onChange={(event) => setAllMembers(event.currentTarget.checked)}
          data-testid="assign-all"
        />
        <Text size="sm" fw={600}>
          {t('questionnaires.editor.assign.members')}
        </Text>
        <ScrollArea.Autosize mah={280}>
          <Checkbox.Group value={allMembers ? offered.map((m) => m.organization.id) : selected} onChange={setSelected}>
            <Stack gap={6}>
              {offered.map((member) => (
                <Checkbox
                  key={member.organization.id}
                  value={member.organization.id}
                  disabled={allMembers}
                  label={pickLocalized(member.organization.name, locale)}
                  data-testid="assign-member"
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
        <DateField label={t('questionnaires.editor.assign.dueOn')} value={dueOn} onChange={setDueOn} withAsterisk data-testid="assign-due" />
        {problem ? (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        ) : null}
        <FormErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} data-testid="assign-submit">
            {t('questionnaires.editor.assign.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
