import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, List, Modal, Stack, Text, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { toApiError, type ApiError } from '../../../shared/utils/api-errors';
import { formatNumber } from '../../../shared/utils/format';
import { fileToBase64 } from '../../../shared/utils/files';
import { DownloadMenuButton } from '../../../shared/components/DownloadMenuButton';
import { MEETING_PROGRESS_TEMPLATE } from '../graphql/recommendations.graphql';
import { useImportRecommendationUpdates } from '../hooks/use-recommendation-mutations';
import { readUploadRowErrors, type UploadRowError } from '../utils/upload-errors';

/** The API's limit for a progress sheet; checked here too so a phone does not upload a file that will be refused. */
export const MAX_PROGRESS_SHEET_BYTES = 700 * 1024;

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The meeting's recommendations as a sheet to fill in (number, status, note, percent). */
export function ProgressTemplateMenu({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const template = (format: 'CSV' | 'XLSX') => async () =>
    (await client.query({ query: MEETING_PROGRESS_TEMPLATE, variables: { id: meetingId, format }, fetchPolicy: 'no-cache' })).data?.meeting
      .progressTemplate;
  return (
    <DownloadMenuButton
      label={t('recommendations.upload.template')}
      testId="progress-template"
      choices={[
        { label: t('recommendations.upload.templateCsv'), testId: 'progress-template-CSV', load: template('CSV') },
        { label: t('recommendations.upload.templateXlsx'), testId: 'progress-template-XLSX', load: template('XLSX') },
      ]}
    />
  );
}

/** Upload a filled sheet: all rows apply, or (any bad row) none does and every bad row is listed with its reason. */
export function ProgressUploadDialog({ meetingId, opened, onClose }: { meetingId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const phone = useMediaQuery(`(max-width: ${em(575.98)})`, false, { getInitialValueInEffect: false });
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<UploadRowError[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [importUpdates, { loading }] = useImportRecommendationUpdates();

  const reset = (next: File | null) => {
    setFile(next);
    setRows([]);
    setError(null);
  };
  const close = () => {
    reset(null);
    onClose();
  };
  const run = async () => {
    if (!file) return;
    setRows([]);
    setError(null);
    if (file.size > MAX_PROGRESS_SHEET_BYTES) {
      setError({ code: 'BAD_USER_INPUT', message: '', fieldErrors: [{ field: 'file', message: t('recommendations.upload.tooLarge', { size: MAX_PROGRESS_SHEET_BYTES / 1024 }) }] });
      return;
    }
    try {
      const fileBase64 = await fileToBase64(file);
      const result = await importUpdates({ variables: { input: { meetingId, fileName: file.name, fileBase64 } } });
      if (!result.data) return;
      notify.success(t('recommendations.upload.done', { count: result.data.importRecommendationUpdates.updated }));
      close();
    } catch (caught) {
      const refused = readUploadRowErrors(caught, locale);
      setRows(refused);
      if (refused.length === 0) setError(toApiError(caught));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('recommendations.upload.title')} size="lg" fullScreen={phone}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('recommendations.upload.help')}
        </Text>
        <FileInput
          label={t('recommendations.upload.file')}
          accept={ACCEPT}
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          value={file}
          onChange={reset}
          clearable
          data-testid="progress-file"
        />
        {rows.length > 0 ? <UploadRowErrors rows={rows} /> : null}
        <FormErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.actions.cancel')}
          </Button>
          <Button onClick={() => void run()} loading={loading} disabled={!file} data-testid="progress-submit">
            {t('recommendations.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The refused rows, each with its spreadsheet row number and column; nothing of the file was applied. */
export function UploadRowErrors({ rows }: { rows: readonly UploadRowError[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert color="red" variant="light" role="alert" data-testid="progress-errors" title={t('recommendations.upload.refused', { count: rows.length })}>
      <List size="sm" spacing={4}>
        {rows.map((row, index) => (
          <List.Item key={index} data-testid="progress-error" data-row={row.row ?? undefined}>
            {row.row !== null ? (
              <Text component="span" fw={700} size="sm">
                {row.column
                  ? t('recommendations.upload.rowColumn', { row: formatNumber(row.row, locale), column: row.column })
                  : t('recommendations.upload.row', { row: formatNumber(row.row, locale) })}
                {': '}
              </Text>
            ) : null}
            {row.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
