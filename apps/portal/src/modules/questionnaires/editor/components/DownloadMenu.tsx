import { useApolloClient } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import type { Locale } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { useFileDownload } from '../../../../shared/hooks/use-file-download';
import { QUESTIONNAIRE_RESPONSES_EXPORT, QUESTIONNAIRE_XLSFORM } from '../graphql/xlsform.graphql';

/** XLSForm of this version, and (published versions) the responses as CSV or XLSX with labels in either language. */
export function DownloadMenu({ questionnaireId, responses }: { questionnaireId: string; responses: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { busy, download } = useFileDownload();

  const xlsForm = () =>
    download(async () => {
      const result = await client.query({ query: QUESTIONNAIRE_XLSFORM, variables: { id: questionnaireId }, fetchPolicy: 'no-cache' });
      return result.data?.questionnaireXlsForm;
    });
  const responsesFile = (format: 'CSV' | 'XLSX', language: Locale) =>
    download(async () => {
      const result = await client.query({
        query: QUESTIONNAIRE_RESPONSES_EXPORT,
        variables: { questionnaireId, format, language },
        fetchPolicy: 'no-cache',
      });
      return result.data?.questionnaireResponsesExport;
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid="download-menu"
        >
          {t('questionnaires.editor.xlsform.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void xlsForm()} data-testid="download-xlsform">
          {t('questionnaires.editor.xlsform.download')}
        </Menu.Item>
        {responses ? (
          <>
            <Menu.Divider />
            <Menu.Label>{t('questionnaires.editor.export.title')}</Menu.Label>
            {(['CSV', 'XLSX'] as const).flatMap((format) =>
              (['ar', 'en'] as const).map((language) => (
                <Menu.Item key={`${format}-${language}`} onClick={() => void responsesFile(format, language)} data-testid={`export-${format}-${language}`}>
                  {`${t(format === 'CSV' ? 'questionnaires.editor.export.csv' : 'questionnaires.editor.export.xlsx')} · ${t('questionnaires.editor.export.language')} ${t(`common.localized.${language}`)}`}
                </Menu.Item>
              )),
            )}
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
