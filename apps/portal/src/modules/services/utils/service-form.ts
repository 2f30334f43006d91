import { LIMITS, isGovernorateCode } from '@shuraka/domain';
import type {
  ApplicantCategory,
  CreateServiceInput,
  Gender,
  GuaranteeType,
  ProjectSize,
  ServiceFieldsFragment,
  ServiceKind,
  UpdateServiceInput,
} from '../../../gql/graphql';
import { parseOptionalInt } from '../../../shared/utils/digits';
import {
  emptyLocalized,
  localizedToInput,
  localizedToValues,
  moneyToInput,
  moneyToValues,
  optionalLocalizedToInput,
  validateLocalizedName,
  validateMoney,
  validateMoneyRange,
  type LocalizedTextValues,
  type MoneyValues,
  type ValidationErrors,
} from '../../../shared/utils/form-values';

/** Mirrors CreateServiceInput (numbers kept as typed text) so API field paths match form paths. */
export interface ServiceFormValues {
  name: LocalizedTextValues;
  description: LocalizedTextValues;
  kind: string | null;
  categories: string[];
  governorates: string[];
  projectSizes: string[];
  gender: string | null;
  minAge: string;
  maxAge: string;
  minAmount: MoneyValues;
  maxAmount: MoneyValues;
  guaranteeRequired: string | null;
  capacity: string;
  decisionDays: string;
}

/** An empty service; `currency` (the provider's country's) prefills the one currency of the amount range. */
export function emptyServiceValues(currency: string | null = null): ServiceFormValues {
  return {
    name: emptyLocalized(),
    description: emptyLocalized(),
    kind: null,
    categories: [],
    governorates: [],
    projectSizes: [],
    gender: null,
    minAge: '',
    maxAge: '',
    minAmount: { amount: '', currency },
    maxAmount: { amount: '', currency },
    guaranteeRequired: 'NONE',
    capacity: '',
    decisionDays: '',
  };
}

export function serviceToValues(service: ServiceFieldsFragment): ServiceFormValues {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    name: localizedToValues(service.name),
    description: localizedToValues(service.description),
    kind: service.kind,
    categories: [...service.categories],
    governorates: [...service.governorates],
    projectSizes: [...service.projectSizes],
    gender: service.gender,
    minAge: text(service.minAge),
    maxAge: text(service.maxAge),
    minAmount: moneyToValues(service.minAmount),
    maxAmount: moneyToValues(service.maxAmount),
    guaranteeRequired: service.guaranteeRequired,
    capacity: String(service.capacity),
    decisionDays: text(service.decisionDays),
  };
}

const WHOLE_NUMBER = /^\d+$/;

export function validateServiceValues(values: ServiceFormValues): ValidationErrors {
  const errors: ValidationErrors = {};
  validateLocalizedName(values.name, 'name', errors);
  validateLocalizedName(values.description, 'description', errors, { required: false, maxLength: LIMITS.noteMaxLength });
  if (!values.kind) errors.kind = 'isNotEmpty';
  if (!values.guaranteeRequired) errors.guaranteeRequired = 'isNotEmpty';
  if (values.governorates.some((code) => !isGovernorateCode(code))) errors.governorates = 'isGovernorate';

  for (const field of ['minAge', 'maxAge', 'decisionDays'] as const) {
    if (values[field] && !WHOLE_NUMBER.test(values[field])) errors[field] = 'isInt';
  }
  if (!values.capacity) errors.capacity = 'isNotEmpty';
  else if (!WHOLE_NUMBER.test(values.capacity)) errors.capacity = 'isInt';

  const minAge = parseOptionalInt(values.minAge);
  const maxAge = parseOptionalInt(values.maxAge);
  if (minAge !== null && maxAge !== null && minAge > maxAge && !errors.maxAge) errors.maxAge = 'rangeOrder';

  // The range shares one (prefilled) currency: a currency without amounts is no mistake, it is just not sent.
  if (values.minAmount.amount.trim()) validateMoney(values.minAmount, 'minAmount', errors);
  if (values.maxAmount.amount.trim()) validateMoney(values.maxAmount, 'maxAmount', errors);
  if (!errors['minAmount.amount'] && !errors['maxAmount.amount']) {
    validateMoneyRange(values.minAmount, values.maxAmount, 'maxAmount', errors);
  }
  return errors;
}

/** Every optional field is sent, null when empty, so an edit can clear a value. */
export function serviceValuesToUpdateInput(values: ServiceFormValues): UpdateServiceInput {
  return {
    name: localizedToInput(values.name),
    description: optionalLocalizedToInput(values.description),
    kind: values.kind as ServiceKind,
    categories: values.categories as ApplicantCategory[],
    governorates: values.governorates,
    projectSizes: values.projectSizes as ProjectSize[],
    gender: (values.gender as Gender | null) ?? null,
    minAge: parseOptionalInt(values.minAge),
    maxAge: parseOptionalInt(values.maxAge),
    minAmount: moneyToInput(values.minAmount),
    maxAmount: moneyToInput(values.maxAmount),
    guaranteeRequired: values.guaranteeRequired as GuaranteeType,
    capacity: parseOptionalInt(values.capacity) ?? 0,
    decisionDays: parseOptionalInt(values.decisionDays),
  };
}

/** On create, empty optional fields are simply left out. */
export function serviceValuesToCreateInput(organizationId: string, values: ServiceFormValues): CreateServiceInput {
  const update = serviceValuesToUpdateInput(values);
  const input: CreateServiceInput = {
    organizationId,
    name: update.name ?? { ar: null, en: null },
    kind: values.kind as ServiceKind,
    categories: values.categories as ApplicantCategory[],
    governorates: values.governorates,
    projectSizes: values.projectSizes as ProjectSize[],
    guaranteeRequired: values.guaranteeRequired as GuaranteeType,
    capacity: update.capacity ?? 0,
  };
  if (update.description) input.description = update.description;
  if (update.gender) input.gender = update.gender;
  if (update.minAge !== null && update.minAge !== undefined) input.minAge = update.minAge;
  if (update.maxAge !== null && update.maxAge !== undefined) input.maxAge = update.maxAge;
  if (update.minAmount) input.minAmount = update.minAmount;
  if (update.maxAmount) input.maxAmount = update.maxAmount;
  if (update.decisionDays !== null && update.decisionDays !== undefined) input.decisionDays = update.decisionDays;
  return input;
}
