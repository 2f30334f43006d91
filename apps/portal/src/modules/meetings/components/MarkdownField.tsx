import { Tabs, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from './Markdown';

export interface MarkdownFieldProps extends Omit<TextareaProps, 'value'> {
  label: string;
  value?: string;
  testId: string;
}

/** A Markdown text with a "Write / Preview" switch; the preview renders exactly as the meeting page will. */
export function MarkdownField({ label, value = '', testId, ...props }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('write');
  return (
    <Tabs value={tab} onChange={setTab} variant="outline" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write">{t('meetings.form.write')}</Tabs.Tab>
        <Tabs.Tab value="preview" data-testid={`${testId}-preview-tab`}>
          {t('meetings.form.preview')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea label={label} autosize minRows={4} maxRows={16} value={value} data-testid={testId} {...props} />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <Text size="sm" fw={500} mb={4}>
          {label}
        </Text>
        {value.trim() ? (
          <Markdown source={value} testId={`${testId}-preview`} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('meetings.form.previewEmpty')}
          </Text>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
