import type { GraphQLResolveInfo } from 'graphql';
import { fieldsAt, subfields } from '../../common/graphql/selection';

/**
 * Which columns a referrals page reads, from what the request selects of `edges { node { … } }`. Each
 * GraphQL type on the path has an explicit map: field → the entity properties its mapper (toReferralType,
 * toServiceType, toOrganizationType, toApplicantType, toReferralEventType) or field resolver reads. What
 * every request needs whatever it selects (ids, foreign keys, the keyset's key, what the applicant
 * resolver's owner check reads) is ALWAYS read. A selected field the map does not know (a field added
 * later, a resolver not looked at) reads every column of its entity: safe by construction.
 */

/** Every column a page may read of each object (the columns the GraphQL types show), in a fixed order. */
export const ALL_PAGE_COLUMNS = {
  referral: ['id', 'createdAt', 'updatedAt', 'applicantId', 'serviceId', 'organizationId', 'referredById', 'status', 'version', 'note', 'declineReason', 'decidedAt',
    'amountDisbursed', 'disbursedCurrency', 'jobsCreated', 'trainingCompleted'],
  service: ['id', 'organizationId', 'nameAr', 'nameEn', 'descriptionAr', 'descriptionEn', 'kind', 'categories', 'governorates', 'projectSizes', 'gender', 'minAge', 'maxAge',
    'minAmount', 'maxAmount', 'currency', 'guaranteeRequired', 'capacity', 'capacityUsed', 'decisionDays'],
  organization: ['id', 'nameAr', 'nameEn', 'kind', 'governorates'],
  applicant: ['id', 'fullName', 'nationalIdLastDigits', 'category', 'gender', 'birthDate', 'governorate', 'district', 'phone', 'projectSize', 'sector', 'requestedAmount',
    'requestedCurrency', 'needs', 'guaranteeOffered', 'consentGivenAt', 'consentWithdrawnAt', 'consentWithdrawalReason', 'version', 'consortiumId', 'registeredById', 'createdAt'],
  /** Of each history event, in the order of the page statement's json array (see HISTORY_OF_PAGE_ROW). */
  history: ['id', 'fromStatus', 'toStatus', 'at', 'byId', 'declineReason', 'reason'],
} as const;

export type PageObject = keyof typeof ALL_PAGE_COLUMNS;
export type PageColumns = { [K in PageObject]: ReadonlyArray<(typeof ALL_PAGE_COLUMNS)[K][number]> } & {
  /** Whether the history is selected at all (else the statement does not read it). */
  withHistory: boolean;
};

/** Read whatever is selected: ids and foreign keys (field resolvers load by them), the keyset's key, the owner check's registeredById. */
const ALWAYS: { [K in PageObject]: ReadonlyArray<(typeof ALL_PAGE_COLUMNS)[K][number]> } = {
  referral: ['id', 'createdAt', 'applicantId', 'serviceId', 'organizationId', 'referredById'],
  service: ['id', 'organizationId'],
  organization: ['id'],
  // ReferralsResolver.applicant: ApplicantsService.isOwner(user, applicant) reads registeredById, the read's record its id.
  applicant: ['id', 'registeredById'],
  // at: the history's own order, and a real Date on every event object (no partial event escapes the page).
  history: ['id', 'at'],
};

/** Field → properties, per GraphQL type. `[]`: a field resolved from the ids above (or __typename). */
const FIELD_COLUMNS: { [K in PageObject]: Readonly<Record<string, ReadonlyArray<(typeof ALL_PAGE_COLUMNS)[K][number]>>> } = {
  // Referral (toReferralType); applicant, service, organization, history are resolved from the page's other objects, referredBy by referredById.
  referral: {
    __typename: [], id: [], organizationId: [], status: ['status'], version: ['version'], note: ['note'], createdAt: [], updatedAt: ['updatedAt'], decidedAt: ['decidedAt'],
    declineReason: ['declineReason'], amountDisbursed: ['amountDisbursed', 'disbursedCurrency'], jobsCreated: ['jobsCreated'], trainingCompleted: ['trainingCompleted'],
    applicant: [], service: [], organization: [], history: [], referredBy: [],
  },
  // Service (toServiceType); organization (services.resolver) by organizationId, recommendations (meetings.resolver) by id.
  service: {
    __typename: [], id: [], name: ['nameAr', 'nameEn'], description: ['descriptionAr', 'descriptionEn'], kind: ['kind'], categories: ['categories'], governorates: ['governorates'],
    projectSizes: ['projectSizes'], gender: ['gender'], minAge: ['minAge'], maxAge: ['maxAge'], minAmount: ['minAmount', 'currency'], maxAmount: ['maxAmount', 'currency'],
    guaranteeRequired: ['guaranteeRequired'], capacity: ['capacity'], capacityUsed: ['capacityUsed'], decisionDays: ['decisionDays'], organization: [], recommendations: [],
  },
  // Organization (toOrganizationType); branches, services, consortia (organizations.resolver) by id.
  organization: { __typename: [], id: [], name: ['nameAr', 'nameEn'], kind: ['kind'], governorates: ['governorates'], branches: [], services: [], consortia: [] },
  // Applicant (toApplicantType; nationalIdLastDigits and consentWithdrawalReason also by the owner check, always read); referrals, openReferrals (applicants.resolver) by id.
  applicant: {
    __typename: [], id: [], fullName: ['fullName'], nationalIdLastDigits: ['nationalIdLastDigits'], category: ['category'], gender: ['gender'], birthDate: ['birthDate'],
    governorate: ['governorate'], district: ['district'], phone: ['phone'], projectSize: ['projectSize'], sector: ['sector'], requestedAmount: ['requestedAmount', 'requestedCurrency'],
    needs: ['needs'], guaranteeOffered: ['guaranteeOffered'], consentGivenAt: ['consentGivenAt'], consentWithdrawnAt: ['consentWithdrawnAt'],
    consentWithdrawalReason: ['consentWithdrawalReason'], version: ['version'], consortiumId: ['consortiumId'], createdAt: ['createdAt'], referrals: [], openReferrals: [],
  },
  // ReferralEvent (toReferralEventType); by (ReferralEventResolver) by byId.
  history: { __typename: [], from: ['fromStatus'], to: ['toStatus'], at: ['at'], by: ['byId'], reason: ['reason'], declineReason: ['declineReason'] },
};

/** The field names selected of each object of a page's nodes (null: the object is not selected). */
export interface PageSelection {
  node: ReadonlySet<string>;
  service: ReadonlySet<string> | null;
  organization: ReadonlySet<string> | null;
  applicant: ReadonlySet<string> | null;
  history: ReadonlySet<string> | null;
}

const NODE = ['edges', 'node'];

/** What the `referrals` field being resolved selects of its nodes (aliases, fragments, @skip/@include as graphql-js executes them). */
export function pageSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): PageSelection {
  const node = subfields(info, fieldsAt(info, NODE));
  const below = (name: string) => {
    const fields = node.get(name);
    return fields ? new Set(subfields(info, fields).keys()) : null;
  };
  return { node: new Set(node.keys()), service: below('service'), organization: below('organization'), applicant: below('applicant'), history: below('history') };
}

function columnsOf(object: PageObject, selected: ReadonlySet<string> | null): readonly string[] {
  const all: readonly string[] = ALL_PAGE_COLUMNS[object];
  const map: Readonly<Record<string, readonly string[]>> = FIELD_COLUMNS[object];
  const wanted = new Set<string>(ALWAYS[object]);
  for (const field of selected ?? []) {
    const columns = Object.hasOwn(map, field) ? map[field] : undefined;
    if (!columns) return all;
    for (const column of columns) wanted.add(column);
  }
  return all.filter((column) => wanted.has(column));
}

/** The columns a page reads for this selection (each list in ALL_PAGE_COLUMNS's order, so equal selections give equal lists). */
export function pageColumns(selection: PageSelection): PageColumns {
  return {
    referral: columnsOf('referral', selection.node) as PageColumns['referral'],
    service: columnsOf('service', selection.service) as PageColumns['service'],
    organization: columnsOf('organization', selection.organization) as PageColumns['organization'],
    applicant: columnsOf('applicant', selection.applicant) as PageColumns['applicant'],
    history: columnsOf('history', selection.history) as PageColumns['history'],
    withHistory: selection.history !== null,
  };
}

/** Every column (what a page read before it followed the selection, and what a caller without one gets). */
export const EVERY_PAGE_COLUMN: PageColumns = { ...ALL_PAGE_COLUMNS, withHistory: true };
