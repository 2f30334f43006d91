import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ApplicantCategory,
  Gender,
  GuaranteeType,
  MeetingKind,
  MemberRole,
  OrganizationKind,
  RecommendationStatus,
  ReferralStatus,
  Role,
  ServiceKind,
} from '@shuraka/domain';
import { ApplicantEntity } from '../../src/modules/applicants/applicant.entity';
import { ReferralEntity } from '../../src/modules/referrals/referral.entity';
import { ReferralEventEntity } from '../../src/modules/referrals/referral-event.entity';
import { hashPassword } from '../../src/modules/auth/passwords';
import { ConsortiumMemberEntity } from '../../src/modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../../src/modules/consortia/consortium.entity';
import { OrganizationEntity } from '../../src/modules/organizations/organization.entity';
import { searchText } from '../../src/modules/organizations/organizations.service';
import { ServiceEntity } from '../../src/modules/services/service.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import type { FormDefinition } from '@shuraka/xlsform';
import { QuestionnaireAssignmentEntity } from '../../src/modules/questionnaires/questionnaire-assignment.entity';
import { QuestionnaireEntity } from '../../src/modules/questionnaires/questionnaire.entity';
import { MeetingEntity } from '../../src/modules/meetings/meeting.entity';
import { RecommendationEntity } from '../../src/modules/meetings/recommendation.entity';

/** A short unique tag, so tests sharing one database never see each other's rows by accident. */
export const uniqueTag = () => randomUUID().slice(0, 8);

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export async function createOrganization(
  dataSource: DataSource,
  overrides: Partial<Pick<OrganizationEntity, 'nameAr' | 'nameEn' | 'kind' | 'governorates'>> = {},
): Promise<OrganizationEntity> {
  const tag = uniqueTag();
  const nameAr = overrides.nameAr === undefined ? `منظمة اختبار ${tag}` : overrides.nameAr;
  const nameEn = overrides.nameEn === undefined ? `Test organisation ${tag}` : overrides.nameEn;
  return dataSource.getRepository(OrganizationEntity).save({
    nameAr,
    nameEn,
    kind: overrides.kind ?? OrganizationKind.NGO,
    governorates: overrides.governorates ?? ['YE-HD'],
    searchText: searchText(nameAr, nameEn),
  });
}

export async function createUser(
  dataSource: DataSource,
  role: Role,
  organizationId: string | null = null,
): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return dataSource.getRepository(UserEntity).save({
    email: `${role.toLowerCase()}-${uniqueTag()}@test.shuraka.org`,
    displayName: `Test ${role}`,
    passwordHash: await passwordHash,
    role,
    organizationId,
  });
}

export async function createService(
  dataSource: DataSource,
  organizationId: string,
  overrides: Partial<ServiceEntity> = {},
): Promise<ServiceEntity> {
  return dataSource.getRepository(ServiceEntity).save({
    organizationId,
    nameAr: `خدمة ${uniqueTag()}`,
    nameEn: `Service ${uniqueTag()}`,
    kind: ServiceKind.MICRO_LOAN,
    categories: [],
    governorates: ['YE-HD'],
    projectSizes: [],
    guaranteeRequired: GuaranteeType.NONE,
    capacity: 10,
    ...overrides,
  });
}

export async function createConsortium(
  dataSource: DataSource,
  leadOrganizationId: string,
  members: Array<{ organizationId: string; role: MemberRole }> = [],
): Promise<ConsortiumEntity> {
  const tag = uniqueTag();
  const consortium = await dataSource.getRepository(ConsortiumEntity).save({
    nameAr: `اتحاد ${tag}`,
    nameEn: `Consortium ${tag}`,
    country: 'YE',
    defaultCallingCode: '967',
  });
  await dataSource.getRepository(ConsortiumMemberEntity).insert([
    { consortiumId: consortium.id, organizationId: leadOrganizationId, role: MemberRole.LEAD },
    ...members.map((member) => ({ consortiumId: consortium.id, ...member })),
  ]);
  return consortium;
}

/** A user with a minted token. */
export async function signedIn(
  testApp: { dataSource: DataSource; tokenFor(id: string): string },
  role: Role,
  organizationId: string | null = null,
): Promise<{ user: UserEntity; token: string }> {
  const user = await createUser(testApp.dataSource, role, organizationId);
  return { user, token: testApp.tokenFor(user.id) };
}

export async function createApplicant(
  dataSource: DataSource,
  registeredById: string,
  overrides: Partial<ApplicantEntity> = {},
): Promise<ApplicantEntity> {
  const fullName = overrides.fullName ?? `متقدم ${uniqueTag()}`;
  return dataSource.getRepository(ApplicantEntity).save({
    fullName,
    category: ApplicantCategory.UNIVERSITY_GRADUATE,
    gender: Gender.FEMALE,
    birthDate: '2000-05-01',
    governorate: 'YE-HD',
    district: 'المكلا',
    needs: [ServiceKind.MICRO_LOAN],
    guaranteeOffered: GuaranteeType.GROUP,
    consentGivenAt: new Date(),
    registeredById,
    consortiumId: null,
    searchText: fullName,
    ...overrides,
  });
}

/** A referral as createReferral leaves it (SENT, with its first event). */
export async function createReferral(
  dataSource: DataSource,
  applicant: ApplicantEntity,
  service: ServiceEntity,
  overrides: Partial<ReferralEntity> = {},
): Promise<ReferralEntity> {
  const referral = await dataSource.getRepository(ReferralEntity).save({
    applicantId: applicant.id,
    serviceId: service.id,
    organizationId: service.organizationId,
    referredById: applicant.registeredById,
    status: ReferralStatus.SENT,
    version: 1,
    ...overrides,
  });
  await dataSource.getRepository(ReferralEventEntity).insert({
    referralId: referral.id,
    fromStatus: null,
    toStatus: ReferralStatus.SENT,
    byId: applicant.registeredById,
  });
  return referral;
}

/** A questionnaire version (published unless told otherwise) with a few flat questions. */
export async function createQuestionnaire(
  dataSource: DataSource,
  consortiumId: string,
  createdById: string,
  overrides: { definition?: FormDefinition; published?: boolean; familyId?: string; version?: number } = {},
): Promise<QuestionnaireEntity> {
  const id = randomUUID();
  const definition: FormDefinition = overrides.definition ?? {
    title: { ar: `استبيان ${uniqueTag()}`, en: 'Lending partners questionnaire' },
    questions: [
      { name: 'staff', type: 'INTEGER', label: { ar: 'عدد الموظفين', en: 'Staff' }, required: true, constraint: '. >= 0' },
      { name: 'lends', type: 'BOOLEAN', label: { ar: 'هل تقدمون قروضاً؟', en: 'Do you lend?' }, required: true },
      { name: 'max_amount', type: 'DECIMAL', label: { ar: 'أعلى مبلغ', en: 'Highest amount' }, relevant: "${lends} = 'true'" },
    ],
  };
  return dataSource.getRepository(QuestionnaireEntity).save({
    id,
    familyId: overrides.familyId ?? id,
    version: overrides.version ?? 1,
    consortiumId,
    titleAr: definition.title.ar ?? null,
    titleEn: definition.title.en ?? null,
    definition,
    publishedAt: overrides.published === false ? null : new Date(),
    createdById,
  });
}

export async function createAssignment(
  dataSource: DataSource,
  questionnaireId: string,
  organizationId: string,
  overrides: Partial<QuestionnaireAssignmentEntity> = {},
): Promise<QuestionnaireAssignmentEntity> {
  return dataSource.getRepository(QuestionnaireAssignmentEntity).save({
    questionnaireId,
    organizationId,
    dueOn: '2099-12-31',
    answers: {},
    revision: 0,
    ...overrides,
  });
}

/** A meeting as createMeeting leaves it (no attendees, no times). */
export async function createMeeting(
  dataSource: DataSource,
  consortiumId: string,
  createdById: string,
  overrides: Partial<MeetingEntity> = {},
): Promise<MeetingEntity> {
  return dataSource.getRepository(MeetingEntity).save({
    consortiumId,
    kind: MeetingKind.PARTNERS_MEETING,
    titleAr: `اجتماع ${uniqueTag()}`,
    titleEn: null,
    heldOn: '2026-01-15',
    createdById,
    version: 1,
    ...overrides,
  });
}

/** A recommendation of a meeting, numbered after its last one; closed (closedAt set) when DONE or DROPPED. */
export async function createRecommendation(
  dataSource: DataSource,
  meeting: MeetingEntity,
  overrides: Partial<RecommendationEntity> = {},
): Promise<RecommendationEntity> {
  const [{ last }] = await dataSource.query('SELECT coalesce(max(number), 0)::int AS last FROM recommendation WHERE meeting_id = $1', [meeting.id]);
  const status = overrides.status ?? RecommendationStatus.OPEN;
  return dataSource.getRepository(RecommendationEntity).save({
    meetingId: meeting.id,
    consortiumId: meeting.consortiumId,
    number: last + 1,
    textAr: `توصية ${uniqueTag()}`,
    textEn: null,
    dueOn: null,
    status,
    closedAt: [RecommendationStatus.DONE, RecommendationStatus.DROPPED].includes(status) ? new Date() : null,
    createdById: meeting.createdById,
    version: 1,
    ...overrides,
  });
}
