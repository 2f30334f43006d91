import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useFileDownload } from '../hooks/use-file-download';
import type { FileDownloadLike } from '../utils/files';

export interface DownloadChoice {
  label: string;
  testId: string;
  load: () => Promise<FileDownloadLike | undefined>;
}

/** A button opening a menu of files to download (e.g. CSV or XLSX of the same table). */
export function DownloadMenuButton({ label, testId, choices, compact = false }: { label: string; testId: string; choices: DownloadChoice[]; compact?: boolean }) {
  const { busy, download } = useFileDownload();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size={compact ? 'compact-sm' : 'sm'}
          loading={busy}
          leftSection={<IconDownload size={compact ? 14 : 16} aria-hidden />}
          rightSection={<IconChevronDown size={compact ? 12 : 14} aria-hidden />}
          data-testid={testId}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {choices.map((choice) => (
          <Menu.Item key={choice.testId} onClick={() => void download(choice.load)} data-testid={choice.testId}>
            {choice.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
