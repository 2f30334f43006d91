import { AppError } from '../errors/app-error';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * An uploaded file sent as base64 in a GraphQL input, decoded; BAD_USER_INPUT on `field` when it is not base64 or
 * holds more than `maxBytes` (checked on the text's length first, so a huge upload is not decoded at all).
 */
export function decodeBase64File(base64: string, maxBytes: number, field = 'fileBase64'): Buffer {
  const tooLarge = () =>
    AppError.badInput([
      {
        field,
        message: `the file is larger than ${maxBytes / 1024} KB`,
        constraint: 'maxSize',
        localized: { ar: `الملف أكبر من ${maxBytes / 1024} ك.ب.`, en: `The file is larger than ${maxBytes / 1024} KB.` },
      },
    ]);
  const compact = base64.replace(/\s+/g, '');
  if (compact.length > Math.ceil(maxBytes / 3) * 4) throw tooLarge();
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw AppError.badInput([
      { field, message: 'is not base64', constraint: 'isBase64', localized: { ar: 'الملف غير مقروء (ليس base64).', en: 'The file could not be read (not base64).' } },
    ]);
  }
  const file = Buffer.from(compact, 'base64');
  if (file.length > maxBytes) throw tooLarge();
  return file;
}
