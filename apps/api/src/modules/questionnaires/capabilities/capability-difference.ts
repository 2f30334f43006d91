import { createHash } from 'node:crypto';
import {
  ApplicantCategory,
  compareAmounts,
  GuaranteeType,
  hasArabicScript,
  isGovernorateCode,
  isKnownCurrency,
  isValidAmount,
  normalizeSearchText,
  SERVICE_KIND_LABELS,
  ServiceKind,
  toAsciiDigits,
  type LocalizedText,
  type Money,
} from '@shuraka/domain';
import type { AnswerSet, AnswerValue, Capability, FormDefinition, FormQuestion } from '@shuraka/xlsform';
import { trimAmount } from '../../../common/amount';
import { toMoney } from '../../../common/graphql/common.types';
import { enclosingRepeat } from '../form-questions';

/**
 * What a submitted questionnaire says about a partner's services, compared with what the partner has.
 *
 * The rule is meant to be explained in one paragraph (docs/questionnaires.md):
 * - each entry of the repeat marked SERVICES is one offered service. It is matched to an existing service of the
 *   partner of the same kind; when the partner has several of that kind, to the one with the same name (Arabic or
 *   English, spelling variants folded); without a name, to the oldest not yet matched. An entry matching nothing
 *   is a new service (CREATE);
 * - capability questions outside the repeat describe the organisation: they fill what an entry leaves blank.
 *   When the form has no SERVICES repeat, they describe every existing service (or, when they name a kind, one
 *   service, matched like an entry);
 * - only fields an answer gives can change; existing services no entry mentions are listed as UNCHANGED.
 * Values the service model cannot hold (an unknown category, a negative amount…) are left out and reported in
 * `warnings`, never guessed.
 */

export const MAX_SERVICE_CAPACITY = 1_000_000;
const MAX_NAME_LENGTH = 300;

export type ServiceField =
  | 'name'
  | 'kind'
  | 'categories'
  | 'governorates'
  | 'minAmount'
  | 'maxAmount'
  | 'guaranteeRequired'
  | 'capacity'
  | 'decisionDays';

/** The fields of a service this comparison reads (a ServiceEntity fits). */
export interface CurrentService {
  id: string;
  nameAr: string | null;
  nameEn: string | null;
  kind: ServiceKind;
  categories: string[];
  governorates: string[];
  minAmount: string | null;
  maxAmount: string | null;
  currency: string | null;
  guaranteeRequired: GuaranteeType;
  capacity: number;
  decisionDays: number | null;
}

export type FieldValue = LocalizedText | string | string[] | number | Money | null;

export interface FieldChange {
  field: ServiceField;
  before: FieldValue;
  after: FieldValue;
}

export type ServiceChangeAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface ServiceChange {
  action: ServiceChangeAction;
  /** The existing service (UPDATE, UNCHANGED); null for CREATE. */
  serviceId: string | null;
  /** 0-based index of the SERVICES repeat entry; null for a service no entry mentions or a form without the repeat. */
  entry: number | null;
  /** The service's name after the change. */
  name: LocalizedText;
  /** CREATE: every field of the new service (before null); UPDATE: the fields that change; UNCHANGED: none. */
  fields: FieldChange[];
}

export interface CapabilityDifference {
  changes: ServiceChange[];
  warnings: LocalizedText[];
}

export interface DifferenceContext {
  /** Where a new service is offered when the answers name no governorate: the organisation's governorates. */
  organizationGovernorates: string[];
  /** Currency of amounts given without one (the consortium's country currency), or null. */
  defaultCurrency: string | null;
}

/** One service as the answers describe it; absent members were not answered. */
interface Described {
  kind?: ServiceKind;
  name?: string;
  categories?: string[];
  governorates?: string[];
  minAmount?: string;
  maxAmount?: string;
  currency?: string;
  guaranteeRequired?: GuaranteeType;
  capacity?: number;
  decisionDays?: number;
}

export function capabilityDifference(
  form: FormDefinition,
  answers: AnswerSet,
  services: readonly CurrentService[],
  context: DifferenceContext,
): CapabilityDifference {
  const warnings: LocalizedText[] = [];
  const byName = new Map(form.questions.map((question) => [question.name, question]));
  const servicesRepeat = form.questions.find((question) => question.type === 'REPEAT' && question.capability === 'SERVICES');
  const organizationQuestions: FormQuestion[] = [];
  const entryQuestions: FormQuestion[] = [];
  for (const question of form.questions) {
    if (!question.capability || question.capability === 'SERVICES' || question.type === 'REPEAT' || question.type === 'GROUP') continue;
    const repeat = enclosingRepeat(question, byName);
    if (!repeat) organizationQuestions.push(question);
    else if (repeat === servicesRepeat) entryQuestions.push(question);
  }
  const organization = describe(organizationQuestions, answers, null, warnings);

  const entries: Array<{ entry: number | null; described: Described }> = [];
  if (servicesRepeat) {
    const list = answers[servicesRepeat.name];
    if (Array.isArray(list)) {
      list.forEach((set, index) => {
        if (set && typeof set === 'object' && !Array.isArray(set)) {
          entries.push({ entry: index, described: { ...organization, ...describe(entryQuestions, set as AnswerSet, index, warnings) } });
        }
      });
    }
  } else if (organization.kind) {
    entries.push({ entry: null, described: organization });
  } else if (Object.keys(organization).length > 0) {
    // A form without the repeat: the organisation's answers describe every service it has.
    return { changes: services.map((service) => update(service, null, organization, context)), warnings };
  }

  const changes: ServiceChange[] = [];
  const matched = new Set<string>();
  for (const { entry, described } of entries) {
    if (!described.kind) {
      warnings.push(entryWarning(entry, 'لم يُحدَّد نوع الخدمة فلم تُطبَّق هذه الخدمة', 'no service kind was given, so this service is left out'));
      continue;
    }
    const service = matchService(described, services, matched);
    if (service) {
      matched.add(service.id);
      changes.push(update(service, entry, described, context));
    } else {
      changes.push(create(entry, described, context));
    }
  }
  for (const service of services) {
    if (!matched.has(service.id)) changes.push({ action: 'UNCHANGED', serviceId: service.id, entry: null, name: nameOf(service), fields: [] });
  }
  return { changes, warnings };
}

/** A stable hash of the changes: applying checks that what is applied is what was reviewed. */
export function fingerprintOf(changes: readonly ServiceChange[]): string {
  return createHash('sha256').update(canonicalJson(changes)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function matchService(described: Described, services: readonly CurrentService[], matched: Set<string>): CurrentService | undefined {
  const sameKind = services.filter((service) => service.kind === described.kind);
  const free = sameKind.filter((service) => !matched.has(service.id));
  if (described.name) {
    const wanted = normalizeSearchText(described.name);
    const named = free.find((service) => [service.nameAr, service.nameEn].some((name) => name && normalizeSearchText(name) === wanted));
    if (named) return named;
    return sameKind.length === 1 ? free[0] : undefined;
  }
  return free[0];
}

function update(service: CurrentService, entry: number | null, described: Described, context: DifferenceContext): ServiceChange {
  const fields: FieldChange[] = [];
  const name = nameOf(service);
  if (described.name && ![service.nameAr, service.nameEn].some((known) => known && normalizeSearchText(known) === normalizeSearchText(described.name!))) {
    const after = hasArabicScript(described.name) ? { ar: described.name, en: service.nameEn } : { ar: service.nameAr, en: described.name };
    fields.push({ field: 'name', before: name, after });
  }
  if (described.kind && described.kind !== service.kind) fields.push({ field: 'kind', before: service.kind, after: described.kind });
  for (const field of ['categories', 'governorates'] as const) {
    const after = described[field];
    if (after && !sameSet(after, service[field])) fields.push({ field, before: [...service[field]], after });
  }
  const before = { min: toMoney(service.minAmount, service.currency), max: toMoney(service.maxAmount, service.currency) };
  const amounts = amountsAfter(described, before, context);
  if (amounts) {
    if (!sameMoney(before.min, amounts.min)) fields.push({ field: 'minAmount', before: before.min, after: amounts.min });
    if (!sameMoney(before.max, amounts.max)) fields.push({ field: 'maxAmount', before: before.max, after: amounts.max });
  }
  if (described.guaranteeRequired && described.guaranteeRequired !== service.guaranteeRequired) {
    fields.push({ field: 'guaranteeRequired', before: service.guaranteeRequired, after: described.guaranteeRequired });
  }
  if (described.capacity !== undefined && described.capacity !== service.capacity) {
    fields.push({ field: 'capacity', before: service.capacity, after: described.capacity });
  }
  if (described.decisionDays !== undefined && described.decisionDays !== service.decisionDays) {
    fields.push({ field: 'decisionDays', before: service.decisionDays, after: described.decisionDays });
  }
  const renamed = fields.find((change) => change.field === 'name');
  return {
    action: fields.length > 0 ? 'UPDATE' : 'UNCHANGED',
    serviceId: service.id,
    entry,
    name: (renamed?.after as LocalizedText | undefined) ?? name,
    fields,
  };
}

function create(entry: number | null, described: Described, context: DifferenceContext): ServiceChange {
  const kind = described.kind!;
  const name: LocalizedText = described.name
    ? hasArabicScript(described.name)
      ? { ar: described.name, en: null }
      : { ar: null, en: described.name }
    : { ...SERVICE_KIND_LABELS[kind] };
  const amounts = amountsAfter(described, { min: null, max: null }, context) ?? { min: null, max: null };
  const fields: FieldChange[] = [
    { field: 'name', before: null, after: name },
    { field: 'kind', before: null, after: kind },
    { field: 'categories', before: null, after: described.categories ?? [] },
    { field: 'governorates', before: null, after: described.governorates ?? [...context.organizationGovernorates] },
    { field: 'minAmount', before: null, after: amounts.min },
    { field: 'maxAmount', before: null, after: amounts.max },
    { field: 'guaranteeRequired', before: null, after: described.guaranteeRequired ?? GuaranteeType.NONE },
    { field: 'capacity', before: null, after: described.capacity ?? 0 },
    { field: 'decisionDays', before: null, after: described.decisionDays ?? null },
  ];
  return { action: 'CREATE', serviceId: null, entry, name, fields };
}

/**
 * The amounts after the change, or null when the answers give none. A bound the answers leave out keeps its value
 * when the currency stays; when the answers change the currency, the other bound is cleared (an amount in one
 * currency is not an amount in another).
 */
function amountsAfter(
  described: Described,
  before: { min: Money | null; max: Money | null },
  context: DifferenceContext,
): { min: Money | null; max: Money | null } | null {
  if (described.minAmount === undefined && described.maxAmount === undefined) return null;
  const existingCurrency = before.min?.currency ?? before.max?.currency ?? null;
  const currency = described.currency ?? existingCurrency ?? context.defaultCurrency;
  if (!currency) return null;
  const keep = (money: Money | null) => (money && money.currency === currency ? money : null);
  return {
    min: described.minAmount !== undefined ? { amount: described.minAmount, currency } : keep(before.min),
    max: described.maxAmount !== undefined ? { amount: described.maxAmount, currency } : keep(before.max),
  };
}

/** Reads the capability answers of one answer set (an entry, or the top level). */
function describe(questions: FormQuestion[], answers: AnswerSet, entry: number | null, warnings: LocalizedText[]): Described {
  const described: Described = {};
  for (const question of questions) {
    const value = answers[question.name];
    if (isBlank(value)) continue;
    const refused = (ar: string, en: string) =>
      warnings.push(entryWarning(entry, `«${question.name}»: ${ar}`, `"${question.name}": ${en}`));
    read(question.capability!, value as Exclude<AnswerValue, null>, described, refused);
  }
  if (described.minAmount !== undefined && described.maxAmount !== undefined && compareAmounts(described.minAmount, described.maxAmount) > 0) {
    warnings.push(entryWarning(entry, 'الحد الأدنى للمبلغ أكبر من الحد الأعلى فتُرك المبلغان', 'the minimum amount is above the maximum, so both are left out'));
    delete described.minAmount;
    delete described.maxAmount;
  }
  return described;
}

function read(
  capability: Capability,
  value: Exclude<AnswerValue, null>,
  described: Described,
  refused: (ar: string, en: string) => void,
): void {
  switch (capability) {
    case 'SERVICE_KIND': {
      const kind = text(value);
      if (kind && (Object.values(ServiceKind) as string[]).includes(kind)) described.kind = kind as ServiceKind;
      else refused(`«${String(value)}» ليس نوع خدمة معروفاً`, `"${String(value)}" is not a known service kind`);
      return;
    }
    case 'SERVICE_NAME': {
      const name = text(value)?.trim().replace(/\s+/g, ' ');
      if (name && name.length <= MAX_NAME_LENGTH) described.name = name;
      else if (name) refused(`الاسم أطول من ${MAX_NAME_LENGTH} حرف`, `the name is longer than ${MAX_NAME_LENGTH} characters`);
      return;
    }
    case 'CATEGORIES':
      described.categories = known(list(value), (item) => (Object.values(ApplicantCategory) as string[]).includes(item), refused, 'فئة', 'category');
      return;
    case 'GOVERNORATES':
      described.governorates = known(list(value), isGovernorateCode, refused, 'محافظة', 'governorate');
      return;
    case 'MIN_AMOUNT':
    case 'MAX_AMOUNT': {
      const amount = amountOf(value);
      if (amount === null) refused(`«${String(value)}» ليس مبلغاً صالحاً`, `"${String(value)}" is not a valid amount`);
      else if (capability === 'MIN_AMOUNT') described.minAmount = amount;
      else described.maxAmount = amount;
      return;
    }
    case 'CURRENCY': {
      const currency = text(value)?.trim().toUpperCase();
      if (currency && isKnownCurrency(currency)) described.currency = currency;
      else refused(`«${String(value)}» ليست عملة معروفة`, `"${String(value)}" is not a known currency`);
      return;
    }
    case 'GUARANTEE': {
      const guarantee = text(value);
      if (guarantee && (Object.values(GuaranteeType) as string[]).includes(guarantee)) described.guaranteeRequired = guarantee as GuaranteeType;
      else refused(`«${String(value)}» ليس نوع ضمان معروفاً`, `"${String(value)}" is not a known guarantee type`);
      return;
    }
    case 'CAPACITY': {
      const capacity = integerOf(value);
      if (capacity !== null && capacity >= 0 && capacity <= MAX_SERVICE_CAPACITY) described.capacity = capacity;
      else refused(`الطاقة الاستيعابية يجب أن تكون عدداً صحيحاً بين 0 و${MAX_SERVICE_CAPACITY}`, `the capacity must be a whole number from 0 to ${MAX_SERVICE_CAPACITY}`);
      return;
    }
    case 'DECISION_DAYS': {
      const days = integerOf(value);
      if (days !== null && days >= 1 && days <= 365) described.decisionDays = days;
      else refused('أيام البت يجب أن تكون عدداً صحيحاً بين 1 و365', 'the decision days must be a whole number from 1 to 365');
      return;
    }
    case 'SERVICES':
      return;
  }
}

function known(
  items: string[],
  isKnown: (item: string) => boolean,
  refused: (ar: string, en: string) => void,
  whatAr: string,
  whatEn: string,
): string[] {
  const kept: string[] = [];
  for (const item of items) {
    if (!isKnown(item)) refused(`«${item}» ليست ${whatAr} معروفة`, `"${item}" is not a known ${whatEn}`);
    else if (!kept.includes(item)) kept.push(item);
  }
  return kept;
}

function isBlank(value: AnswerValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function text(value: Exclude<AnswerValue, null>): string | null {
  return typeof value === 'string' ? value : null;
}

function list(value: Exclude<AnswerValue, null>): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function amountOf(value: Exclude<AnswerValue, null>): string | null {
  let amount: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || Math.abs(value) >= 1e15) return null;
    amount = String(Math.round(value * 1000) / 1000);
  } else if (typeof value === 'string') {
    amount = toAsciiDigits(value.trim()).replace(/,/g, '');
  } else {
    return null;
  }
  amount = trimAmount(amount);
  return isValidAmount(amount) ? amount : null;
}

function integerOf(value: Exclude<AnswerValue, null>): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(toAsciiDigits(value.trim())) : NaN;
  return Number.isInteger(number) ? number : null;
}

function sameMoney(a: Money | null, b: Money | null): boolean {
  if (!a || !b) return a === b;
  return a.currency === b.currency && compareAmounts(a.amount, b.amount) === 0;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

function nameOf(service: CurrentService): LocalizedText {
  return { ar: service.nameAr, en: service.nameEn };
}

function entryWarning(entry: number | null, ar: string, en: string): LocalizedText {
  if (entry === null) return { ar, en };
  return { ar: `الخدمة رقم ${entry + 1}: ${ar}`, en: `Service ${entry + 1}: ${en}` };
}
