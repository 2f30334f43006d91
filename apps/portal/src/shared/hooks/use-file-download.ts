import { useState } from 'react';
import { saveDownload, type FileDownloadLike } from '../utils/files';
import { useNotify } from './use-notify';

/**
 * A file the API makes on request (`FileDownload`, asked for with fetchPolicy no-cache): `busy` while it is
 * made, saved by the browser when it comes, the failure shown as a notice otherwise.
 */
export function useFileDownload(): { busy: boolean; download: (load: () => Promise<FileDownloadLike | undefined>) => Promise<void> } {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async (load: () => Promise<FileDownloadLike | undefined>) => {
    setBusy(true);
    try {
      const file = await load();
      if (file) saveDownload(file);
    } catch (error) {
      notify.failure(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
