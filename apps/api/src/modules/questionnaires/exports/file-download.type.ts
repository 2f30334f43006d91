import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('FileDownload', { description: 'A generated file, base64-encoded, for the browser to save' })
export class FileDownloadType {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field()
  base64: string;
}

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'CSV: the main table only (UTF-8 with BOM); XLSX: the main table and one sheet per repeat',
});

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function fileDownload(fileName: string, contentType: string, content: Buffer): FileDownloadType {
  return { fileName, contentType, base64: content.toString('base64') };
}

/** A file name safe in a Content-Disposition header and on every file system: letters, digits, `-`, `_`, `.`. */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${cleaned || 'questionnaire'}.${extension}`;
}
