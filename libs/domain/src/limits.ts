/** Limits of the public contract (see docs/api/guide.md). */
export const LIMITS = {
  nameMaxLength: 300,
  noteMaxLength: 10_000,
  shortTextMaxLength: 120,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  listMaxItems: 100,
} as const;
