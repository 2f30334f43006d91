import {
  APPLICANT_CATEGORY_LABELS,
  GUARANTEE_TYPE_LABELS,
  SERVICE_KIND_LABELS,
  pickLocalized,
  type Labels,
  type Locale,
  type LocalizedText,
} from '@shuraka/domain';
import { formatList, formatMoney, formatNumber } from '../../../../shared/utils/format';
import { governorateName } from '../../../../shared/utils/options';

/** The service fields a capability difference can change, in the order the review shows them. */
export const CAPABILITY_FIELDS = [
  'name',
  'kind',
  'categories',
  'governorates',
  'minAmount',
  'maxAmount',
  'guaranteeRequired',
  'capacity',
  'decisionDays',
] as const;
export type CapabilityField = (typeof CAPABILITY_FIELDS)[number];

export interface ReviewRow {
  field: string;
  current: unknown;
  proposed: unknown;
  changed: boolean;
}

interface ChangeLike {
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  service?: Partial<Record<CapabilityField, unknown>> | null;
  fields: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }>;
}

/**
 * Both columns of one service, field by field: the current value (from the service itself, so unchanged fields
 * are shown too) and the proposed one (the change's `after` where it has one). A new service has no current column.
 */
export function reviewRows(change: ChangeLike): ReviewRow[] {
  const changes = new Map(change.fields.map((f) => [f.field, f]));
  const known = new Set<string>(CAPABILITY_FIELDS);
  const fields = [...CAPABILITY_FIELDS, ...change.fields.map((f) => f.field).filter((f) => !known.has(f))];
  return fields.flatMap((field): ReviewRow[] => {
    const fieldChange = changes.get(field);
    if (change.action === 'CREATE') {
      return fieldChange ? [{ field, current: null, proposed: fieldChange.after ?? null, changed: true }] : [];
    }
    const current = fieldChange ? (fieldChange.before ?? null) : (change.service?.[field as CapabilityField] ?? null);
    const proposed = fieldChange ? (fieldChange.after ?? null) : current;
    return [{ field, current, proposed, changed: !!fieldChange }];
  });
}

function labelled<E extends string>(labels: Labels<E>, value: unknown, locale: Locale): string {
  return typeof value === 'string' ? (labels[value as E]?.[locale] ?? value) : String(value);
}

function isMoney(value: unknown): value is { amount: string; currency: string } {
  return !!value && typeof value === 'object' && 'amount' in value && 'currency' in value;
}

/** A field's value in words; null when there is none. */
export function formatFieldValue(field: string, value: unknown, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    const items = value.map((item) =>
      field === 'categories' ? labelled(APPLICANT_CATEGORY_LABELS, item, locale) : field === 'governorates' ? governorateName(String(item), locale) : String(item),
    );
    return formatList(items, locale);
  }
  if (isMoney(value)) return formatMoney({ amount: String(value.amount), currency: String(value.currency) }, locale);
  if (field === 'name' && typeof value === 'object') return pickLocalized(value as LocalizedText, locale) || null;
  if (field === 'kind') return labelled(SERVICE_KIND_LABELS, value, locale);
  if (field === 'guaranteeRequired') return labelled(GUARANTEE_TYPE_LABELS, value, locale);
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
