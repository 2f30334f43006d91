/** The API takes and returns files as base64 inside GraphQL (small spreadsheets; no multipart endpoint to secure). */

/** The API's limit for an XLSForm (decoded); checked here too so a phone does not upload a file that will be refused. */
export const MAX_XLSFORM_BYTES = 700 * 1024;

/** Through FileReader (a data: URL), which every browser the portal supports has, jsdom included. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function base64ToBlob(base64: string, contentType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: contentType });
}

/** The API's `FileDownload`. */
export interface FileDownloadLike {
  fileName: string;
  contentType: string;
  base64: string;
}

/** Hands a FileDownload from the API to the browser as a file save. */
export function saveDownload(download: FileDownloadLike): void {
  const url = URL.createObjectURL(base64ToBlob(download.base64, download.contentType));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
