import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, FileInput, Group, Modal, ScrollArea, Stack, Table, Text, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../shared/components/FormErrorAlert';
import { useNotify } from '../../../../shared/hooks/use-notify';
import { toApiError, type ApiError } from '../../../../shared/utils/api-errors';
import { IMPORT_XLSFORM } from '../graphql/xlsform.graphql';
import { fileToBase64, MAX_XLSFORM_BYTES } from '../../../../shared/utils/files';
import { readXlsFormIssues, type XlsFormIssueRow } from '../utils/xlsform-issues';

export interface XlsFormImportDialogProps {
  opened: boolean;
  onClose: () => void;
  consortiumId: string;
  /** Import as the next version of this questionnaire. */
  questionnaireId?: string;
  onImported: (questionnaireId: string) => void;
}

/** Upload → the API imports or refuses with a row-by-row report; unsupported rows can be left out on request. */
export function XlsFormImportDialog({ opened, onClose, consortiumId, questionnaireId, onImported }: XlsFormImportDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [issues, setIssues] = useState<XlsFormIssueRow[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [importXlsForm, { loading }] = useMutation(IMPORT_XLSFORM, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'questionnaires' });
      cache.gc();
    },
  });
  const hasUnsupported = issues.some((issue) => issue.code === 'UNSUPPORTED');
  const phone = useMediaQuery(`(max-width: ${em(575.98)})`, false, { getInitialValueInEffect: false });

  const run = async (skipUnsupported: boolean) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_XLSFORM_BYTES) {
      setError({ code: 'BAD_USER_INPUT', message: t('questionnaires.editor.xlsform.tooLarge', { size: MAX_XLSFORM_BYTES / 1024 }), fieldErrors: [] });
      return;
    }
    try {
      const fileBase64 = await fileToBase64(file);
      const result = await importXlsForm({
        variables: {
          input: { consortiumId, fileBase64, fileName: file.name, skipUnsupported, ...(questionnaireId ? { questionnaireId } : {}) },
        },
      });
      const imported = result.data?.importXlsForm;
      if (!imported) return;
      setIssues([]);
      notify.success(
        imported.skipped.length > 0
          ? t('questionnaires.editor.xlsform.importedSkipping', { count: imported.skipped.length })
          : t('questionnaires.editor.xlsform.imported'),
      );
      onImported(imported.questionnaire.id);
      onClose();
    } catch (caught) {
      const rows = readXlsFormIssues(caught);
      setIssues(rows);
      if (rows.length === 0) setError(toApiError(caught));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={questionnaireId ? t('questionnaires.editor.xlsform.uploadNewVersion') : t('questionnaires.editor.xlsform.title')}
      size="xl"
      fullScreen={phone}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('questionnaires.editor.xlsform.help')}
        </Text>
        <FileInput
          label={t('questionnaires.editor.xlsform.file')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          value={file}
          onChange={(next) => {
            setFile(next);
            setIssues([]);
            setError(null);
          }}
          clearable
          data-testid="xlsform-file"
        />
        {issues.length > 0 ? (
          <Alert color="red" variant="light" role="alert" data-testid="xlsform-issues" styles={{ body: { minInlineSize: 0 } }}>
            <Stack gap="xs">
              <Text fw={700} size="sm" c="red.9">
                {t('questionnaires.editor.xlsform.refused')}
              </Text>
              <XlsFormIssueTable issues={issues} compact={phone} />
            </Stack>
          </Alert>
        ) : null}
        <FormErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          {hasUnsupported ? (
            <Button variant="light" onClick={() => void run(true)} loading={loading} disabled={!file} data-testid="xlsform-skip-unsupported">
              {t('questionnaires.editor.xlsform.skipUnsupported')}
            </Button>
          ) : null}
          <Button onClick={() => void run(false)} loading={loading} disabled={!file} data-testid="xlsform-submit">
            {t('questionnaires.editor.xlsform.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function XlsFormIssueTable({ issues, compact = false }: { issues: XlsFormIssueRow[]; compact?: boolean }) {
  const { t } = useTranslation();
  const codeLabel = (issue: XlsFormIssueRow) => t(`questionnaires.editor.xlsform.code_${issue.code}`, { defaultValue: issue.code });
  if (compact) {
    // A phone has no room for six columns: one card per row of the file.
    return (
      <Stack gap={6} data-testid="xlsform-issue-table">
        {issues.map((issue, index) => (
          <Card key={index} padding="xs" withBorder data-testid="xlsform-issue">
            <Text size="xs" fw={700}>
              {`${t('questionnaires.editor.xlsform.sheet')} ${issue.sheet}`}
              {issue.row > 0 ? ` · ${t('questionnaires.editor.xlsform.row')} ${issue.row}` : ''}
              {issue.column ? ` · ${t('questionnaires.editor.xlsform.column')} ${issue.column}` : ''}
              {` · ${codeLabel(issue)}`}
            </Text>
            {issue.question ? (
              <Text size="xs" ff="monospace" dir="ltr">
                {issue.question}
              </Text>
            ) : null}
            <Text size="xs">{issue.message}</Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table striped withTableBorder fz="xs" data-testid="xlsform-issue-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('questionnaires.editor.xlsform.sheet')}</Table.Th>
            <Table.Th>{t('questionnaires.editor.xlsform.row')}</Table.Th>
            <Table.Th>{t('questionnaires.editor.xlsform.column')}</Table.Th>
            <Table.Th>{t('questionnaires.editor.xlsform.code')}</Table.Th>
            <Table.Th>{t('questionnaires.editor.xlsform.question')}</Table.Th>
            <Table.Th>{t('questionnaires.editor.xlsform.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            <Table.Tr key={index} data-testid="xlsform-issue">
              <Table.Td dir="ltr">{issue.sheet}</Table.Td>
              <Table.Td>{issue.row > 0 ? issue.row : '—'}</Table.Td>
              <Table.Td dir="ltr">{issue.column ?? ''}</Table.Td>
              <Table.Td>{codeLabel(issue)}</Table.Td>
              <Table.Td dir="ltr" ff="monospace">
                {issue.question ?? ''}
              </Table.Td>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
